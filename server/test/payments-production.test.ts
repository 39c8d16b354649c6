import { randomUUID } from 'node:crypto';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { book, CREATE, newCustomer, stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const PRODUCTION = { NODE_ENV: 'production', OTP_PROVIDER: 'authentica', AUTHENTICA_API_KEY: 'key', JWT_SECRET: 'x'.repeat(40) };
const START = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { id } errors { code message field } } }';

/** The simulator and its published secrets are never reachable in production. (Start-up refusals: startup.test.ts.) */
describe('payments in production', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let off: TestServer;
  let live: TestServer;

  beforeAll(async () => {
    sim = await startMoyasarSimulator({ secretKey: 'sk_live_x', publishableKey: 'pk_live_x', webhookSecret: 'whsec_live_x' });
    off = await startTestServer({ seedDemo: true, overrides: { now: clock.now }, env: { ...PRODUCTION, PAYMENTS_ENABLED: 'false' } });
    live = await startTestServer({
      databaseUrl: off.databaseUrl, overrides: { now: clock.now },
      env: { ...PRODUCTION, MOYASAR_SECRET_KEY: 'sk_live_x', MOYASAR_PUBLISHABLE_KEY: 'pk_live_x', MOYASAR_WEBHOOK_SECRET: 'whsec_live_x', MOYASAR_BASE_URL: sim.url },
    });
  });
  afterAll(async () => {
    await live.stop();
    await off.stop();
    await sim.stop();
  });

  const simulatorEvent = () => ({ id: randomUUID(), type: 'payment_paid', secret_token: 'whsec_simulator', data: { id: randomUUID() } });

  it.each([['with payments off', () => off], ['with real keys', () => live]])('%s: no simulator at /moyasar-sim, and its webhook secret is refused', async (_name, server) => {
    const t = server();
    const tokens = await fetch(`${t.url}/moyasar-sim/v1/tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publishable_api_key: 'pk_test_simulator', name: 'Sara Alharbi', number: '4111111111111111', month: 12, year: 2030, cvc: '123' }),
    });
    expect(tokens.status).toBe(404);
    const webhook = await fetch(`${t.url}/webhooks/moyasar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(simulatorEvent()) });
    expect(webhook.status).toBe(401);
  });

  it('with payments off, a salon that requires prepayment takes no booking, with a clear, localised business error', async () => {
    const s = await stage(off, 'Elite Barbers');
    const customer = await newCustomer(off);
    const input = { serviceId: s.serviceId, staffId: s.staffId, startsAt: s.startsAt, idempotencyKey: randomUUID() };
    const ar = await off.gql(CREATE, { input }, { token: customer.token });
    expect(ar.data.createBooking).toEqual({ booking: null, errors: [{ code: 'ONLINE_PAYMENT_UNAVAILABLE', field: ['input', 'serviceId'], message: expect.stringContaining('الدفع الإلكتروني') }] });
    await sql(off, "update users set preferred_language = 'EN' where id = $1", [customer.id]);
    const en = await off.gql(CREATE, { input }, { token: customer.token });
    expect(en.data.createBooking.errors[0].message).toBe('This salon takes bookings only with payment online, which is not available at the moment. Please call the salon to book.');

    // A salon without prepayment still books; paying it online is refused the same way.
    const rose = await stage(off, 'Rose Touch Salon');
    const { booking } = await book(off, customer.token, rose);
    const pay = await off.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token: 'token_x' }, idempotencyKey: randomUUID() } }, { token: customer.token });
    expect(pay.data.startPayment).toEqual({ payment: null, errors: [{ code: 'ONLINE_PAYMENT_UNAVAILABLE', field: null, message: 'Online payment is not available at the moment. Pay at the salon, or try again later.' }] });
  });
});
