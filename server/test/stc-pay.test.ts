import { randomUUID } from 'node:crypto';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const KEYS = { secretKey: 'sk_test_stc', publishableKey: 'pk_test_stc', webhookSecret: 'whsec_stc' };
const START = `mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { id status sourceType transactionUrl failureMessage } errors { code message field } } }`;
const CONFIRM = `mutation($input: ConfirmStcPaymentInput!) { confirmStcPayment(input: $input) { payment { id status failureMessage } errors { code message field } } }`;

/** STC Pay (mobile, `initiated`, then the code sent by STC Pay) and the Apple Pay stand-in, against the simulator over HTTP. */
describe('STC Pay and Apple Pay', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let t: TestServer;
  let s: Stage;
  let day = 10;

  beforeAll(async () => {
    sim = await startMoyasarSimulator({ ...KEYS, webhookRetryDelaysMs: [] });
    t = await startTestServer({
      seedDemo: true, overrides: { now: clock.now },
      env: { MOYASAR_SECRET_KEY: KEYS.secretKey, MOYASAR_PUBLISHABLE_KEY: KEYS.publishableKey, MOYASAR_WEBHOOK_SECRET: KEYS.webhookSecret, MOYASAR_BASE_URL: sim.url },
    });
    s = await stage(t, 'Elite Barbers');
  });
  afterAll(async () => {
    await t.stop();
    await sim.stop();
  });

  async function held() {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s, { startsAt: `2026-12-${day++}T07:00:00.000Z` });
    expect(booking.status).toBe('PENDING');
    return { customer, booking };
  }
  const start = async (token: string, bookingId: string, source: Record<string, unknown>) =>
    (await t.gql(START, { input: { bookingId, source, idempotencyKey: randomUUID() } }, { token })).data.startPayment;
  const confirm = async (token: string, paymentId: string, otp: string) => (await t.gql(CONFIRM, { input: { paymentId, otp } }, { token })).data?.confirmStcPayment;
  const bookingStatus = async (id: string) => (await sql(t, 'select status from bookings where id = $1', [id]))[0].status;

  it('pays with the code STC Pay sends: a wrong one fails the attempt, a new attempt with 123456 pays and confirms', async () => {
    const { customer, booking } = await held();
    const first = await start(customer.token, booking.id, { type: 'STC_PAY', mobile: '0501234567' });
    expect(first.errors).toEqual([]);
    expect(first.payment).toMatchObject({ status: 'INITIATED', sourceType: 'stcpay', transactionUrl: `${sim.url}/v1/stc_pays/${[...sim.control.payments.keys()].at(-1)}/proceed` });
    expect(await confirm(customer.token, first.payment.id, '12')).toMatchObject({ errors: [{ code: 'INVALID_INPUT', field: ['input', 'otp'] }] });
    const wrong = await confirm(customer.token, first.payment.id, '111111');
    expect(wrong.errors).toEqual([expect.objectContaining({ code: 'PAYMENT_DECLINED', field: ['input', 'otp'] })]);
    expect(wrong.errors[0].message).toContain('Insufficient balance');
    expect(await confirm(customer.token, first.payment.id, '123456')).toMatchObject({ errors: [{ code: 'PAYMENT_NOT_ALLOWED' }] });

    // E.164 is accepted and sent to Moyasar in its local format.
    const second = await start(customer.token, booking.id, { type: 'STC_PAY', mobile: '+966501234567' });
    expect([...sim.control.payments.values()].at(-1)!.source.mobile).toBe('0501234567');
    const stranger = await newCustomer(t);
    expect((await t.gql(CONFIRM, { input: { paymentId: second.payment.id, otp: '123456' } }, { token: stranger.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await confirm(customer.token, second.payment.id, '123456')).toEqual({ payment: { id: second.payment.id, status: 'PAID', failureMessage: null }, errors: [] });
    expect(await bookingStatus(booking.id)).toBe('CONFIRMED');
  });

  it.each([
    ['222222', 'Daily limit exceeded'],
    ['333333', 'Maximum amount exceeded'],
    ['444444', 'Timeout'],
    ['999999', 'Invalid OTP'],
  ])('code %s fails with "%s"', async (otp, message) => {
    const { customer, booking } = await held();
    const started = await start(customer.token, booking.id, { type: 'STC_PAY', mobile: '0551234567' });
    const res = await confirm(customer.token, started.payment.id, otp);
    expect(res.payment).toMatchObject({ status: 'FAILED', failureMessage: message });
    expect(await bookingStatus(booking.id)).toBe('PENDING');
  });

  it('refuses the unregistered test mobile at once, and a card payment cannot take an STC Pay code', async () => {
    const { customer, booking } = await held();
    const res = await start(customer.token, booking.id, { type: 'STC_PAY', mobile: '0515555555' });
    expect(res.errors).toEqual([expect.objectContaining({ code: 'PAYMENT_DECLINED' })]);
    expect(res.errors[0].message).toContain('not registered');
    const pay = await start(customer.token, booking.id, { type: 'APPLE_PAY', token: 'simulated-apple-pay' });
    expect(pay).toMatchObject({ payment: { status: 'PAID', sourceType: 'applepay' }, errors: [] });
    expect(await confirm(customer.token, pay.payment.id, '123456')).toMatchObject({ errors: [{ code: 'PAYMENT_NOT_ALLOWED' }] });
    expect(await bookingStatus(booking.id)).toBe('CONFIRMED');
  });
});
