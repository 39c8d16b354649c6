import { createHmac } from 'node:crypto';
import { runJobsOnce } from '../src/jobs';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { startHttpFake, testClock } from './fakes/http-fake';
import { startWhatsAppFake } from './fakes/whatsapp-cloud';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const KEYS = { WHATSAPP_ACCESS_TOKEN: 'test-token', WHATSAPP_PHONE_NUMBER_ID: '123456789012345', WHATSAPP_APP_SECRET: 'test-app-secret', WHATSAPP_VERIFY_TOKEN: 'test-verify' };

/** Two servers on one database: a WhatsApp message that fails is sent by SMS once, whoever notices, however often. */
describe('WhatsApp fallback races', () => {
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  let sms: Awaited<ReturnType<typeof startHttpFake>>;
  let wa: Awaited<ReturnType<typeof startWhatsAppFake>>;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));

  beforeAll(async () => {
    sms = await startHttpFake(() => ({ status: 200, body: { success: true }, delayMs: 20 }));
    wa = await startWhatsAppFake({ accessToken: KEYS.WHATSAPP_ACCESS_TOKEN, phoneNumberId: KEYS.WHATSAPP_PHONE_NUMBER_ID, appSecret: KEYS.WHATSAPP_APP_SECRET, webhookUrl: null, autoStatuses: [] });
    const env = { NOTIFICATION_PROVIDER: 'authentica', AUTHENTICA_BASE_URL: sms.url, AUTHENTICA_API_KEY: 'key', AUTHENTICA_SENDER_NAME: 'Salon', WHATSAPP_ENABLED: 'true', WHATSAPP_BASE_URL: wa.url, ...KEYS };
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now }, env });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now }, env });
    s = await stage(a, 'Rose Touch Salon');
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
    await wa.stop();
    await sms.stop();
  });

  it('sends one SMS when both servers sweep and both receive the failed status at the same moment', async () => {
    const customer = await newCustomer(a);
    await sql(a, "update users set preferred_channel = 'WHATSAPP' where id = $1", [customer.id]);
    await book(a, customer.token, s);
    await runJobsOnce(a.app);
    const [message] = wa.control.messages.filter((m) => m.to === customer.phone.slice(1));
    expect(message).toBeDefined();
    // Past the delivery deadline, with Meta's failure report arriving at both instances while both sweep.
    clock.advance(60 * 60_000);
    const signedFailure = JSON.stringify(wa.control.statusPayload(message, 'failed'));
    const signature = `sha256=${createHmac('sha256', KEYS.WHATSAPP_APP_SECRET).update(signedFailure).digest('hex')}`;
    const post = (t: TestServer) => fetch(`${t.url}/webhooks/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body: signedFailure });
    const answers = await Promise.all([post(a), post(b), runJobsOnce(a.app), runJobsOnce(b.app), post(a)]);
    expect(answers.filter((r): r is Response => r instanceof Response).map((r) => r.status)).toEqual([200, 200, 200]);
    while ((await runJobsOnce(a.app)).notifications + (await runJobsOnce(b.app)).notifications > 0);

    const rows = await sql(a, "select channel, status, fallback_for_id from notifications n join users u on u.id = n.recipient_id where u.id = $1 and event = 'BOOKING_CREATED'", [customer.id]);
    expect(rows.map((r) => r.channel).sort()).toEqual(['SMS', 'WHATSAPP']);
    expect(sms.requests.filter((r) => r.body.phone === customer.phone)).toHaveLength(1);
  });
});
