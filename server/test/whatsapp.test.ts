import { createHmac } from 'node:crypto';
import { runJobsOnce } from '../src/jobs';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { startHttpFake, testClock } from './fakes/http-fake';
import { startWhatsAppFake } from './fakes/whatsapp-cloud';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { paidBooking, SIM_KEYS, simEnv } from './payment-fixtures';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const START = new Date('2026-12-01T06:00:00Z');
const KEYS = { WHATSAPP_ACCESS_TOKEN: 'test-token', WHATSAPP_PHONE_NUMBER_ID: '123456789012345', WHATSAPP_APP_SECRET: 'test-app-secret', WHATSAPP_VERIFY_TOKEN: 'test-verify' };
const PROFILE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { preferredChannel } errors { code } } }';
const HISTORY = 'query($id: ID!) { booking(id: $id) { notifications { event recipient channel status deliveryStatus isFallback } } }';
const MANAGER = '+966500000001';
const OTHER_SALON_OWNER = '+966500000101';

/** Booking messages over the WhatsApp Cloud API, its status webhook, and SMS standing in when WhatsApp falls short. */
describe('WhatsApp booking messages', () => {
  let t: TestServer;
  let sms: Awaited<ReturnType<typeof startHttpFake>>;
  let wa: Awaited<ReturnType<typeof startWhatsAppFake>>;
  let s: Stage;
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  const clock = testClock(START);
  const run = async () => {
    while ((await runJobsOnce(t.app)).notifications > 0);
  };
  const smsTo = (phone: string) => sms.requests.filter((r) => r.body.phone === phone);
  const waTo = (phone: string) => wa.control.messages.filter((m) => m.to === phone.slice(1));
  // A booking's messages are written in one transaction at one clock reading, so created_at ties: the booking's own
  // message first, then by event, so [0] is always the message sent at once.
  const rows = (bookingId: string, recipientId: string) =>
    sql(t, "select id, event, channel, status, attempts, delivery_status, provider_message_id, fallback_for_id, fell_back_at from notifications where booking_id = $1 and recipient_id = $2 order by created_at, event <> 'BOOKING_CREATED', event, channel desc", [bookingId, recipientId]);
  /** A customer who chose WhatsApp in their profile, and their booking (auto-confirmed: created + two reminders). */
  const whatsAppBooking = async () => {
    const customer = await newCustomer(t);
    const chosen = await t.gql(PROFILE, { input: { preferredChannel: 'WHATSAPP' } }, { token: customer.token });
    expect(chosen.data.updateProfile).toEqual({ user: { preferredChannel: 'WHATSAPP' }, errors: [] });
    const { booking } = await book(t, customer.token, s);
    return { customer, booking };
  };
  const webhook = (body: string, signature?: string) =>
    fetch(`${t.url}/webhooks/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) }, body });
  const sign = (body: string, secret = KEYS.WHATSAPP_APP_SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

  beforeAll(async () => {
    sms = await startHttpFake((req) => (req.path === '/api/v2/send-sms' ? { status: 200, body: { success: true, data: { id: `sms-${sms.requests.length}` } } } : { status: 404 }));
    sim = await startMoyasarSimulator(SIM_KEYS);
    wa = await startWhatsAppFake({ accessToken: KEYS.WHATSAPP_ACCESS_TOKEN, phoneNumberId: KEYS.WHATSAPP_PHONE_NUMBER_ID, appSecret: KEYS.WHATSAPP_APP_SECRET, webhookUrl: null, autoStatuses: [] });
    t = await startTestServer({
      seedDemo: true,
      overrides: { now: clock.now },
      env: {
        NOTIFICATION_PROVIDER: 'authentica', AUTHENTICA_BASE_URL: sms.url, AUTHENTICA_API_KEY: 'key', AUTHENTICA_SENDER_NAME: 'Salon',
        ...simEnv(sim), WHATSAPP_ENABLED: 'true', WHATSAPP_BASE_URL: wa.url, ...KEYS, NOTIFICATION_MAX_ATTEMPTS: '3', WHATSAPP_FALLBACK_AFTER_MINUTES: '10',
      },
    });
    wa.setWebhookUrl(`${t.url}/webhooks/whatsapp`);
    s = await stage(t, 'Rose Touch Salon');
  });
  afterAll(async () => {
    await t.stop();
    await wa.stop();
    await sms.stop();
    await sim.stop();
  });
  beforeEach(async () => {
    clock.set(START);
    sms.requests.length = 0;
    wa.control.reset();
    await sql(t, 'delete from notifications; delete from booking_events; delete from bookings');
  });

  it('sends a WhatsApp-preferring customer a template in their language, the stylist an SMS, and keeps the statuses forward only', async () => {
    const { customer, booking } = await whatsAppBooking();
    await run();
    const [message] = waTo(customer.phone);
    expect(waTo(customer.phone)).toHaveLength(1);
    expect(message).toMatchObject({ template: 'booking_created', language: 'ar', reference: expect.any(String) });
    expect(message.parameters).toHaveLength(5);
    const [{ name_ar: salonAr }] = await sql(t, 'select name_ar from salons where id = $1', [s.salonId]);
    expect(message.parameters).toContain(salonAr);
    expect(message.parameters.join(' ')).toMatch(/مؤكد/);
    expect(smsTo(customer.phone)).toHaveLength(0);
    expect(smsTo('+966500000003')).toHaveLength(1);
    const [created] = await rows(booking.id, customer.id);
    expect(created).toMatchObject({ event: 'BOOKING_CREATED', channel: 'WHATSAPP', status: 'SENT', provider_message_id: message.id, delivery_status: null });

    expect(await wa.control.status(message, 'delivered')).toBe(200);
    expect(await wa.control.status(message, 'read')).toBe(200);
    // Late and repeated statuses do not move it back.
    expect(await wa.control.status(message, 'sent')).toBe(200);
    expect(await wa.control.status(message, 'delivered')).toBe(200);
    expect(await wa.control.status(message, 'failed')).toBe(200);
    expect((await rows(booking.id, customer.id))[0]).toMatchObject({ delivery_status: 'READ', fell_back_at: null });

    // The salon sees it; the customer and another salon do not.
    const seen = await t.gql(HISTORY, { id: booking.id }, { token: await signInAs(t, MANAGER) });
    expect(seen.data.booking.notifications).toEqual(expect.arrayContaining([
      { event: 'BOOKING_CREATED', recipient: 'CUSTOMER', channel: 'WHATSAPP', status: 'SENT', deliveryStatus: 'READ', isFallback: false },
      { event: 'BOOKING_CREATED', recipient: 'STYLIST', channel: 'SMS', status: 'SENT', deliveryStatus: null, isFallback: false },
    ]));
    const asCustomer = await t.gql(HISTORY, { id: booking.id }, { token: customer.token });
    expect(asCustomer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asOtherSalon = await t.gql(HISTORY, { id: booking.id }, { token: await signInAs(t, OTHER_SALON_OWNER) });
    expect(asOtherSalon.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sends the reminders over WhatsApp too, with their own templates', async () => {
    const { customer } = await whatsAppBooking();
    await run();
    clock.set(new Date(new Date(s.startsAt).getTime() - 24 * 3_600_000));
    await run();
    clock.set(new Date(new Date(s.startsAt).getTime() - 2 * 3_600_000));
    await run();
    expect(waTo(customer.phone).map((m) => m.template)).toEqual(['booking_created', 'booking_reminder_24h', 'booking_reminder_2h']);
  });

  it('goes by SMS at once when WhatsApp refuses for good (not on WhatsApp, template not approved), exactly once', async () => {
    for (const code of [131026, 132001]) {
      sms.requests.length = 0;
      const { customer, booking } = await whatsAppBooking();
      if (code === 131026) wa.control.failFor(customer.phone, code);
      else wa.control.failNext(code);
      await run();
      const [failed, fallback] = (await rows(booking.id, customer.id)).filter((r) => r.event === 'BOOKING_CREATED');
      expect(failed).toMatchObject({ channel: 'WHATSAPP', status: 'FAILED', attempts: 1 });
      expect(fallback).toMatchObject({ channel: 'SMS', status: 'SENT', fallback_for_id: failed.id });
      expect(smsTo(customer.phone)).toHaveLength(1);
      expect(smsTo(customer.phone)[0].body.message).toMatch(/صالون/);
      // WhatsApp's own failure report arriving afterwards changes nothing more.
      await run();
      expect(smsTo(customer.phone)).toHaveLength(1);
      await sql(t, 'delete from bookings where id = $1', [booking.id]);
    }
  });

  it('retries a rate limit with backoff and sends one WhatsApp message in the end', async () => {
    const { customer, booking } = await whatsAppBooking();
    wa.control.failNext(130429);
    await run();
    let [row] = await rows(booking.id, customer.id);
    expect(row).toMatchObject({ channel: 'WHATSAPP', status: 'PENDING', attempts: 1 });
    clock.advance(30_000);
    await run();
    [row] = await rows(booking.id, customer.id);
    expect(row).toMatchObject({ channel: 'WHATSAPP', status: 'SENT', attempts: 2 });
    expect(waTo(customer.phone)).toHaveLength(1);
    expect(smsTo(customer.phone)).toHaveLength(0);
  });

  it('goes by SMS when WhatsApp reports the message failed, or has not reported it delivered in time', async () => {
    const { customer, booking } = await whatsAppBooking();
    await run();
    const [message] = waTo(customer.phone);
    await wa.control.status(message, 'sent');
    await wa.control.status(message, 'failed');
    await wa.control.status(message, 'failed');
    await run();
    expect(smsTo(customer.phone)).toHaveLength(1);
    const created = (await rows(booking.id, customer.id)).filter((r) => r.event === 'BOOKING_CREATED');
    expect(created.map((r) => [r.channel, r.status, r.delivery_status])).toEqual([['WHATSAPP', 'SENT', 'FAILED'], ['SMS', 'SENT', null]]);

    // A second booking: sent, never delivered. Nine minutes is not too late; ten is.
    await sql(t, 'delete from bookings');
    const other = await whatsAppBooking();
    await run();
    clock.advance(9 * 60_000);
    expect((await runJobsOnce(t.app)).whatsappFallbacks).toBe(0);
    clock.advance(60_000);
    expect((await runJobsOnce(t.app)).whatsappFallbacks).toBe(1);
    await run();
    expect((await runJobsOnce(t.app)).whatsappFallbacks).toBe(0);
    expect(smsTo(other.customer.phone)).toHaveLength(1);
    // Delivered in time: no SMS.
    await sql(t, 'delete from bookings');
    const third = await whatsAppBooking();
    await run();
    await wa.control.status(waTo(third.customer.phone)[0], 'delivered');
    clock.advance(60 * 60_000);
    await run();
    expect(smsTo(third.customer.phone)).toHaveLength(0);
  });

  it('finds the message by our id echoed back when Meta\'s id was never stored', async () => {
    const { customer, booking } = await whatsAppBooking();
    await run();
    await sql(t, 'update notifications set provider_message_id = null where booking_id = $1 and recipient_id = $2', [booking.id, customer.id]);
    await wa.control.status(waTo(customer.phone)[0], 'delivered');
    expect((await rows(booking.id, customer.id))[0]).toMatchObject({ delivery_status: 'DELIVERED', provider_message_id: waTo(customer.phone)[0].id });
  });

  it('writes one message per occurrence whatever the channel, and marketing opt-out does not stop booking messages', async () => {
    const { customer, booking } = await whatsAppBooking();
    const consent = await t.gql('mutation { setMarketingConsent(input: { granted: false }) { errors { code } } }', {}, { token: customer.token });
    expect(consent.data.setMarketingConsent.errors).toEqual([]);
    await t.gql(PROFILE, { input: { preferredChannel: 'SMS' } }, { token: customer.token });
    await t.gql('mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { errors { code } } }', { input: { bookingId: booking.id, startsAt: '2026-12-10T09:00:00.000Z' } }, { token: customer.token });
    await run();
    const sent = (await rows(booking.id, customer.id)).filter((r) => r.status === 'SENT');
    expect(sent.map((r) => [r.event, r.channel])).toEqual([['BOOKING_CREATED', 'WHATSAPP'], ['RESCHEDULED', 'SMS']]);
  });

  it('checks the signature of every status and answers the verify-token handshake', async () => {
    const { customer, booking } = await whatsAppBooking();
    await run();
    const [message] = waTo(customer.phone);
    const body = JSON.stringify(wa.control.statusPayload(message, 'delivered'));
    expect((await webhook(body)).status).toBe(401);
    expect((await webhook(body, sign(body, 'wrong-secret'))).status).toBe(401);
    expect((await webhook(body, sign(`${body} `))).status).toBe(401);
    expect((await rows(booking.id, customer.id))[0].delivery_status).toBeNull();
    expect((await webhook('{"object":1}', sign('{"object":1}'))).status).toBe(400);
    expect((await webhook(body, sign(body))).status).toBe(200);
    expect((await rows(booking.id, customer.id))[0].delivery_status).toBe('DELIVERED');

    const handshake = (token: string) => fetch(`${t.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`);
    const ok = await handshake(KEYS.WHATSAPP_VERIFY_TOKEN);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    expect((await handshake('wrong')).status).toBe(403);
  });

  // Last: a paid booking leaves payments and invoices behind, which no test may delete (append-only).
  it('tells the customer a payment was taken, with the link to its invoice', async () => {
    await sql(t, 'update salons set requires_prepayment = true where id = $1', [s.salonId]);
    try {
      const customer = await newCustomer(t);
      await t.gql(PROFILE, { input: { preferredChannel: 'WHATSAPP' } }, { token: customer.token });
      const { paymentId } = await paidBooking(t, sim, s, customer.token, s.startsAt);
      await run();
      const paid = waTo(customer.phone).filter((m) => m.template === 'booking_paid');
      expect(paid).toHaveLength(1);
      const [invoice] = await sql(t, "select id from invoices where payment_id = $1 and kind = 'INVOICE'", [paymentId]);
      expect(paid[0].parameters.at(-1)).toBe(new URL(invoice ? `/invoices/${invoice.id}` : '/bookings', t.app.config.PUBLIC_URL).toString());
      // A report replayed for the same payment announces nothing more.
      await run();
      expect(waTo(customer.phone).filter((m) => m.template === 'booking_paid')).toHaveLength(1);
    } finally {
      await sql(t, 'update salons set requires_prepayment = false where id = $1', [s.salonId]);
    }
  });
});
