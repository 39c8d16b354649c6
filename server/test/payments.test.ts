import { randomUUID } from 'node:crypto';
import { runJobsOnce } from '../src/jobs';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { startHttpFake, testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const START = `mutation($input: StartPaymentInput!) { startPayment(input: $input) {
  payment { id status amountHalalas transactionUrl cardLast4 } errors { code message field } } }`;
const REFUND = 'mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { payment { status refundedHalalas } errors { code message field } } }';

describe('paying for bookings through Moyasar (against the local simulator over HTTP)', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  const simOptions = { secretKey: 'sk_test_abc', publishableKey: 'pk_test_abc', webhookSecret: 'whsec_test', webhookRetryDelaysMs: [50, 50, 50, 50, 50] };
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let t: TestServer;
  let s: Stage;
  let manager: string;
  let staff: string;

  beforeAll(async () => {
    sim = await startMoyasarSimulator(simOptions);
    t = await startTestServer({
      seedDemo: true,
      overrides: { now: clock.now },
      env: { MOYASAR_SECRET_KEY: 'sk_test_abc', MOYASAR_PUBLISHABLE_KEY: 'pk_test_abc', MOYASAR_WEBHOOK_SECRET: 'whsec_test', MOYASAR_BASE_URL: sim.url, MOYASAR_TIMEOUT_SECONDS: '1' },
    });
    sim.control.webhookUrl = `${t.url}/webhooks/moyasar`;
    s = await stage(t, 'Elite Barbers');
  });
  afterAll(async () => {
    await t.stop();
    await sim.stop();
  });
  beforeEach(async () => {
    clock.set(new Date('2026-12-01T06:00:00Z'));
    sim.control.delayMs = 0;
    sim.control.dropWebhooks = true;
    manager = await signInAs(t, '+966500000101');
    staff = await signInAs(t, (await sql(t, 'select u.phone_number from staff_members sm join users u on u.id = sm.user_id where sm.id = $1', [s.staffId]))[0].phone_number);
  });

  async function tokenFor(number: string) {
    const res = await fetch(`${sim.url}/v1/tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publishable_api_key: 'pk_test_abc', name: 'Sara Alharbi', number, month: 12, year: 2030, cvc: '123' }),
    });
    return ((await res.json()) as { id: string }).id;
  }

  async function heldBooking(startsAt = s.startsAt) {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s, { startsAt });
    return { customer, booking };
  }

  async function pay(token: string, bookingId: string, card = '4111111111111111', key = randomUUID()) {
    const res = await t.gql(START, { input: { bookingId, source: { type: 'TOKEN', token: await tokenFor(card) }, idempotencyKey: key } }, { token });
    return res.data.startPayment;
  }

  /** The payer's browser on the simulator's 3-D Secure page, then back at our callback. */
  async function threeDs(transactionUrl: string, decision: 'approve' | 'decline') {
    const redirect = await fetch(transactionUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `decision=${decision}`, redirect: 'manual' });
    const callback = new URL(redirect.headers.get('location')!);
    const back = await fetch(`${t.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
    return { status: back.status, location: back.headers.get('location')! };
  }

  const paymentRow = async (id: string) => (await sql(t, 'select status, refunded_halalas from payments where id = $1', [id]))[0];
  const bookingRow = async (id: string) => (await sql(t, 'select status, hold_expires_at from bookings where id = $1', [id]))[0];

  it('pays with a test card through 3-D Secure: the booking is confirmed and the customer notified', async () => {
    const { customer, booking } = await heldBooking();
    expect(booking.status).toBe('PENDING');
    const started = await pay(customer.token, booking.id);
    expect(started.errors).toEqual([]);
    expect(started.payment).toMatchObject({ status: 'INITIATED', amountHalalas: booking.priceHalalas, cardLast4: '1111' });
    expect(started.payment.transactionUrl).toContain('/3ds/');
    const back = await threeDs(started.payment.transactionUrl, 'approve');
    expect(back.status).toBe(303);
    expect(back.location).toBe(`/bookings?booking=${booking.id}&payment=PAID`);
    expect(await paymentRow(started.payment.id)).toEqual({ status: 'PAID', refunded_halalas: 0 });
    expect(await bookingRow(booking.id)).toEqual({ status: 'CONFIRMED', hold_expires_at: null });
    const [{ n }] = await sql(t, "select count(*)::int as n from notifications where booking_id = $1 and recipient_id = $2", [booking.id, customer.id]);
    expect(n).toBeGreaterThan(0);
  });

  it('reports a declined card and keeps the hold so the customer can retry', async () => {
    const { customer, booking } = await heldBooking('2026-12-10T09:00:00.000Z');
    const started = await pay(customer.token, booking.id, '4123120001090000');
    await threeDs(started.payment.transactionUrl, 'approve');
    expect((await paymentRow(started.payment.id)).status).toBe('FAILED');
    expect((await bookingRow(booking.id)).status).toBe('PENDING');
    const retry = await pay(customer.token, booking.id);
    expect(retry.errors).toEqual([]);
    await threeDs(retry.payment.transactionUrl, 'decline');
    expect((await paymentRow(retry.payment.id)).status).toBe('FAILED');
    const third = await pay(customer.token, booking.id, '4201320111111010');
    await threeDs(third.payment.transactionUrl, 'approve');
    expect((await bookingRow(booking.id)).status).toBe('CONFIRMED');
  });

  it('ignores a forged callback query string and asks Moyasar', async () => {
    const { customer, booking } = await heldBooking('2026-12-10T11:00:00.000Z');
    const started = await pay(customer.token, booking.id);
    const sim3ds = sim.control.payments.get((await sql(t, 'select external_id from payments where id = $1', [started.payment.id]))[0].external_id)!;
    const forged = await fetch(`${t.url}/payments/moyasar/callback?id=${sim3ds.id}&status=paid&message=APPROVED`, { redirect: 'manual' });
    expect(forged.headers.get('location')).toContain('payment=INITIATED');
    expect((await paymentRow(started.payment.id)).status).toBe('INITIATED');
    expect((await bookingRow(booking.id)).status).toBe('PENDING');
  });

  it('takes a webhook replayed 10 times once, refuses a forged secret, and survives events out of order', async () => {
    const { customer, booking } = await heldBooking('2026-12-11T07:00:00.000Z');
    const started = await pay(customer.token, booking.id);
    const [{ external_id: externalId }] = await sql(t, 'select external_id from payments where id = $1', [started.payment.id]);
    const envelope = (type: string, id = randomUUID(), secret = 'whsec_test') => ({ id, type, created_at: new Date().toISOString(), secret_token: secret, account_name: 'x', live: false, data: { id: externalId } });

    const forged = await fetch(`${t.url}/webhooks/moyasar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope('payment_paid', randomUUID(), 'guess')) });
    expect(forged.status).toBe(401);
    expect(t.logs.some((l) => l.event === 'security.webhook_rejected')).toBe(true);
    expect((await sql(t, 'select count(*)::int as n from payment_events where external_event_id is not null'))[0].n).toBe(0);
    const malformed = await fetch(`${t.url}/webhooks/moyasar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id": ' });
    expect(malformed.status).toBe(400);

    await threeDs(started.payment.transactionUrl, 'approve');
    const paidEvent = envelope('payment_paid');
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${t.url}/webhooks/moyasar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(paidEvent) });
      expect(res.status).toBe(200);
    }
    expect((await sql(t, 'select count(*)::int as n from payment_events where external_event_id = $1', [paidEvent.id]))[0].n).toBe(1);

    // Refunded at Moyasar, then the refund event arrives before a late `paid` event: nothing goes backwards.
    const [{ id: paymentId }] = await sql(t, 'select id from payments where external_id = $1', [externalId]);
    await t.gql(REFUND, { input: { paymentId } }, { token: manager });
    await fetch(`${t.url}/webhooks/moyasar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope('payment_refunded')) });
    await fetch(`${t.url}/webhooks/moyasar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope('payment_paid')) });
    await new Promise((r) => setTimeout(r, 200));
    expect(await paymentRow(paymentId)).toEqual({ status: 'REFUNDED', refunded_halalas: booking.priceHalalas });
    const unknown = await fetch(`${t.url}/webhooks/moyasar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope('balance_transferred')) });
    expect(unknown.status).toBe(200);
  });

  it('settles a payment from Moyasar\'s webhook alone when the payer never returns', async () => {
    sim.control.dropWebhooks = false;
    const { customer, booking } = await heldBooking('2026-12-11T09:00:00.000Z');
    const started = await pay(customer.token, booking.id);
    const fired = sim.control.webhookDeliveries.length;
    // The payer never comes back to the callback: the webhook alone settles the payment.
    await fetch(started.payment.transactionUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', redirect: 'manual' });
    for (let i = 0; i < 50 && (await paymentRow(started.payment.id)).status !== 'PAID'; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await paymentRow(started.payment.id)).status).toBe('PAID');
    expect(sim.control.webhookDeliveries.slice(fired).some((d) => d.type === 'payment_paid' && d.status === 200)).toBe(true);
  });

  it('reconciles a payment whose creation timed out, without creating it twice', async () => {
    const { customer, booking } = await heldBooking('2026-12-12T07:00:00.000Z');
    sim.control.delayMs = 1500;
    const timedOut = await pay(customer.token, booking.id, '4201320111111010');
    expect(timedOut.errors[0].code).toBe('PAYMENT_PROVIDER_UNAVAILABLE');
    sim.control.delayMs = 0;
    await new Promise((r) => setTimeout(r, 1600));
    const [row] = await sql(t, "select id, external_id, status from payments where booking_id = $1", [booking.id]);
    expect(row.status).toBe('INITIATED');
    expect([...sim.control.payments.keys()].filter((k) => k === row.external_id)).toHaveLength(1);
    clock.advance(16 * 60_000);
    await runJobsOnce(t.app);
    // It waits for 3-D Secure at Moyasar; after approval, reconciliation settles it.
    await fetch(`${sim.url}/3ds/${row.external_id}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', redirect: 'manual' });
    await runJobsOnce(t.app);
    expect((await paymentRow(row.id)).status).toBe('PAID');
  });

  it('refunds part, then the rest, and refuses more than is left', async () => {
    const { customer, booking } = await heldBooking('2026-12-12T09:00:00.000Z');
    const started = await pay(customer.token, booking.id);
    await threeDs(started.payment.transactionUrl, 'approve');
    const part = await t.gql(REFUND, { input: { paymentId: started.payment.id, amountHalalas: 1000 } }, { token: manager });
    expect(part.data.refundPayment).toEqual({ payment: { status: 'PARTIALLY_REFUNDED', refundedHalalas: 1000 }, errors: [] });
    const tooMuch = await t.gql(REFUND, { input: { paymentId: started.payment.id, amountHalalas: booking.priceHalalas } }, { token: manager, headers: { 'accept-language': 'en' } });
    expect(tooMuch.data.refundPayment.errors[0]).toMatchObject({ code: 'REFUND_EXCEEDS_BALANCE', field: ['input', 'amountHalalas'] });
    const rest = await t.gql(REFUND, { input: { paymentId: started.payment.id } }, { token: manager });
    expect(rest.data.refundPayment.payment).toEqual({ status: 'REFUNDED', refundedHalalas: booking.priceHalalas });
    expect((await t.gql(REFUND, { input: { paymentId: started.payment.id, amountHalalas: 1 } }, { token: manager })).data.refundPayment.errors[0].code).toBe('REFUND_EXCEEDS_BALANCE');
  });

  it('refunds automatically when the salon cancels a paid booking', async () => {
    const { customer, booking } = await heldBooking('2026-12-13T07:00:00.000Z');
    const started = await pay(customer.token, booking.id);
    await threeDs(started.payment.transactionUrl, 'approve');
    const cancelled = await t.gql('mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { status } errors { code } } }', { input: { bookingId: booking.id, reason: 'Closed for a family event' } }, { token: manager });
    expect(cancelled.data.cancelBooking.booking.status).toBe('CANCELLED');
    await runJobsOnce(t.app);
    expect(await paymentRow(started.payment.id)).toEqual({ status: 'REFUNDED', refunded_halalas: booking.priceHalalas });
  });

  it('authorises with manual capture; completing captures, and a manager can void', async () => {
    await sql(t, "update salons set payment_capture = 'MANUAL' where id = $1", [s.salonId]);
    const first = await heldBooking('2026-12-14T07:00:00.000Z');
    const p1 = await pay(first.customer.token, first.booking.id);
    await threeDs(p1.payment.transactionUrl, 'approve');
    expect((await paymentRow(p1.payment.id)).status).toBe('AUTHORIZED');
    expect((await bookingRow(first.booking.id)).status).toBe('CONFIRMED');
    clock.set(new Date('2026-12-14T07:30:00.000Z'));
    staff = await signInAs(t, (await sql(t, 'select u.phone_number from staff_members sm join users u on u.id = sm.user_id where sm.id = $1', [s.staffId]))[0].phone_number);
    await t.gql('mutation($input: CompleteBookingInput!) { completeBooking(input: $input) { booking { status } } }', { input: { bookingId: first.booking.id } }, { token: staff });
    await runJobsOnce(t.app);
    expect((await paymentRow(p1.payment.id)).status).toBe('CAPTURED');

    clock.set(new Date('2026-12-01T06:00:00Z'));
    manager = await signInAs(t, '+966500000101');
    const second = await heldBooking('2026-12-15T07:00:00.000Z');
    const p2 = await pay(second.customer.token, second.booking.id);
    await threeDs(p2.payment.transactionUrl, 'approve');
    const voided = await t.gql('mutation($input: VoidPaymentInput!) { voidPayment(input: $input) { payment { status } errors { code } } }', { input: { paymentId: p2.payment.id } }, { token: manager });
    expect(voided.data.voidPayment.payment.status).toBe('VOIDED');
    await sql(t, "update salons set payment_capture = 'AUTOMATIC' where id = $1", [s.salonId]);
  });

  it('keeps payments to the people they concern', async () => {
    const { customer, booking } = await heldBooking('2026-12-16T07:00:00.000Z');
    const stranger = await newCustomer(t);
    expect((await t.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token: 'token_x' }, idempotencyKey: randomUUID() } }, { token: stranger.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const started = await pay(customer.token, booking.id);
    await threeDs(started.payment.transactionUrl, 'approve');
    expect((await t.gql(REFUND, { input: { paymentId: started.payment.id } }, { token: staff })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(REFUND, { input: { paymentId: started.payment.id } }, { token: customer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const q = 'query($id: ID!) { booking(id: $id) { payment { status cardLast4 } } }';
    const asStaff = await t.gql(q, { id: booking.id }, { token: staff });
    expect(asStaff.errors?.[0].path).toEqual(['booking', 'payment', 'cardLast4']);
    expect((await t.gql('query($id: ID!) { booking(id: $id) { payment { status } } }', { id: booking.id }, { token: staff })).data.booking.payment.status).toBe('PAID');
    expect((await t.gql(q, { id: booking.id }, { token: customer.token })).data.booking.payment).toEqual({ status: 'PAID', cardLast4: '1111' });
    expect((await t.gql(q, { id: booking.id }, { token: manager })).data.booking.payment.cardLast4).toBe('1111');
    const again = await pay(customer.token, booking.id);
    expect(again.errors[0].code).toBe('PAYMENT_NOT_ALLOWED');
  });
});

describe('the Moyasar simulator', () => {
  it('retries a webhook until it is acknowledged, with a stable event id', async () => {
    let calls = 0;
    const receiver = await startHttpFake(() => ({ status: ++calls < 3 ? 500 : 200, body: {} }));
    const sim = await startMoyasarSimulator({ secretKey: 'sk', publishableKey: 'pk', webhookSecret: 'w', webhookUrl: receiver.url, webhookRetryDelaysMs: [20, 20, 20, 20, 20] });
    try {
      const auth = `Basic ${Buffer.from('sk:').toString('base64')}`;
      const res = await fetch(`${sim.url}/v1/payments`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify({ amount: 1000, currency: 'SAR', source: { type: 'stcpay', mobile: '0500000000' } }) });
      const payment = (await res.json()) as { id: string; status: string; source: { transaction_url: string } };
      expect(res.status).toBe(201);
      // STC Pay: the code sent to the mobile, POSTed to the transaction URL as Moyasar documents it.
      await fetch(payment.source.transaction_url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ otp_value: '123456' }) });
      for (let i = 0; i < 50 && receiver.requests.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
      expect(receiver.requests.map((r) => r.body.type)).toEqual(['payment_paid', 'payment_paid', 'payment_paid']);
      expect(new Set(receiver.requests.map((r) => r.body.id)).size).toBe(1);
      expect(receiver.requests[0].body.secret_token).toBe('w');
      const unauth = await fetch(`${sim.url}/v1/payments/${payment.id}`, { headers: { authorization: `Basic ${Buffer.from('pk:').toString('base64')}` } });
      expect(unauth.status).toBe(403);
      const reused = await fetch(`${sim.url}/v1/payments`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify({ given_id: payment.id, amount: 1000, source: { type: 'stcpay', mobile: '0500000000' } }) });
      expect(reused.status).toBe(400);
      const small = await fetch(`${sim.url}/v1/payments`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify({ amount: 50, source: { type: 'stcpay', mobile: '0500000000' } }) });
      expect(((await small.json()) as { type: string }).type).toBe('invalid_request_error');
    } finally {
      await sim.stop();
      await receiver.stop();
    }
  });
});
