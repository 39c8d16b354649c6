import { randomUUID } from 'node:crypto';
import { runDueOperations } from '../src/modules/payments/operations';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const KEYS = { secretKey: 'sk_test_saved_card', publishableKey: 'pk_test_saved_card', webhookSecret: 'whsec_saved_card' };
const SET_POLICY = 'mutation($input: SetPaymentPolicyInput!) { setPaymentPolicy(input: $input) { errors { code field } } }';
const START = `mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { id status purpose amountHalalas transactionUrl } errors { code field } } }`;
const BOOKING = `query($id: ID!) { booking(id: $id) { status nextPayment { purpose amountHalalas savesCard } paymentTerms { guarantee savesCard savesCardBeyondDays } fee { kind amountHalalas status chargedToSavedCard } } }`;
const NO_SHOW = 'mutation($input: MarkNoShowInput!) { markNoShow(input: $input) { booking { status } errors { code } } }';
const COMPLETE = 'mutation($input: CompleteBookingInput!) { completeBooking(input: $input) { booking { status } errors { code } } }';
const REFUND_FEE = 'mutation($input: RefundBookingFeeInput!) { refundBookingFee(input: $input) { fee { kind amountHalalas status } errors { code } } }';

/**
 * Fees for bookings further ahead than a card authorisation lasts (ADR 0026): the guarantee only verifies the card
 * and Moyasar saves it; a no-show charges the saved card once (two server instances racing), a decline is recorded
 * without blocking the no-show, a manager refunds the fee, and the token is forgotten once the booking is settled.
 * Real server, PostgreSQL and the Moyasar simulator over HTTP.
 */
describe('no-show fees charged to a saved card', () => {
  const START_AT = new Date('2026-12-01T06:00:00Z');
  const clock = testClock(START_AT);
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  let day = 20;
  const manager = () => signInAs(a, '+966500000001');
  const staff = () => signInAs(a, '+966500000003');

  beforeAll(async () => {
    sim = await startMoyasarSimulator({ ...KEYS, webhookRetryDelaysMs: [] });
    const env = { MOYASAR_SECRET_KEY: KEYS.secretKey, MOYASAR_PUBLISHABLE_KEY: KEYS.publishableKey, MOYASAR_WEBHOOK_SECRET: KEYS.webhookSecret, MOYASAR_BASE_URL: sim.url };
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now }, env });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now }, env });
    s = await stage(a, 'Rose Touch Salon');
    const res = await a.gql(SET_POLICY, { input: { salonId: s.salonId, prepayment: 'NONE', noShowFee: { halalas: 4000 }, noShowGraceMinutes: 15 } }, { token: await manager() });
    expect(res.data.setPaymentPolicy.errors).toEqual([]);
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
    await sim.stop();
  });
  beforeEach(() => clock.set(START_AT));

  async function cardToken(number = '4201320111111010') {
    const res = await fetch(`${sim.url}/v1/tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publishable_api_key: KEYS.publishableKey, save_only: true, name: 'Sara Alharbi', number, month: 12, year: 2030, cvc: '123' }),
    });
    return ((await res.json()) as { id: string }).id;
  }
  async function payByCard(token: string, bookingId: string) {
    const res = await a.gql(START, { input: { bookingId, source: { type: 'TOKEN', token: await cardToken() }, idempotencyKey: randomUUID() } }, { token });
    expect(res.data.startPayment.errors).toEqual([]);
    const redirect = await fetch(res.data.startPayment.payment.transactionUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', redirect: 'manual' });
    const callback = new URL(redirect.headers.get('location')!);
    await fetch(`${a.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
  }
  /** A booking `daysAhead` days from the clock's start, its guarantee paid by card. */
  async function bookAndSecure(startsAt = `2026-12-${day++}T07:00:00.000Z`) {
    const customer = await newCustomer(a);
    const created = await book(a, customer.token, s, { startsAt, acceptTerms: true });
    expect(created.errors).toEqual([]);
    const view = await bookingView(customer.token, created.booking.id);
    await payByCard(customer.token, created.booking.id);
    await settleOperations();
    return { customer, bookingId: created.booking.id as string, startsAt, before: view };
  }
  const bookingView = async (token: string, id: string) => (await a.gql(BOOKING, { id }, { token })).data.booking;
  const atMoyasar = (bookingId: string) => [...sim.control.payments.values()].filter((p) => p.metadata.booking_id === bookingId);
  const savedCard = async (bookingId: string) => (await sql(a, 'select token, forgotten_at from booking_saved_cards where booking_id = $1', [bookingId]))[0];
  const settleOperations = async () => {
    while ((await runDueOperations(a.app)) > 0);
  };
  const afterGrace = (startsAt: string) => clock.set(new Date(new Date(startsAt).getTime() + 20 * 60_000));

  it('a booking further ahead than an authorisation lasts saves the card (the verification is released); a nearer one keeps the authorisation', async () => {
    const near = await bookAndSecure('2026-12-05T07:00:00.000Z');
    expect(near.before).toMatchObject({ nextPayment: { purpose: 'GUARANTEE', amountHalalas: 4000, savesCard: false }, paymentTerms: { guarantee: true, savesCard: false, savesCardBeyondDays: 7 } });
    expect(atMoyasar(near.bookingId).map((p) => p.status)).toEqual(['authorized']);
    expect(await savedCard(near.bookingId)).toBeUndefined();

    const customer = await newCustomer(a);
    const created = await book(a, customer.token, s, { startsAt: `2026-12-${day++}T07:00:00.000Z`, acceptTerms: true });
    expect((await bookingView(customer.token, created.booking.id)).nextPayment).toEqual({ purpose: 'GUARANTEE', amountHalalas: 4000, savesCard: true });
    // Apple Pay cannot be charged later without the payer: a card it is.
    const applePay = await a.gql(START, { input: { bookingId: created.booking.id, source: { type: 'APPLE_PAY', token: 'simulated-apple-pay' }, idempotencyKey: randomUUID() } }, { token: customer.token });
    expect(applePay.data.startPayment.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'source', 'type'] }]);
    await payByCard(customer.token, created.booking.id);
    await settleOperations();

    const view = await bookingView(customer.token, created.booking.id);
    expect(view.status).toBe('CONFIRMED');
    expect(view.paymentTerms.savesCard).toBe(true);
    expect(view.nextPayment?.purpose).not.toBe('GUARANTEE');
    const [verification] = atMoyasar(created.booking.id);
    expect(verification).toMatchObject({ status: 'voided', amount: 4000 });
    const card = await savedCard(created.booking.id);
    expect(card).toEqual({ token: verification.source.token, forgotten_at: null });
    expect(card.token).toMatch(/^token_/);
    // The secret lives in booking_saved_cards only: no stored report or event keeps it.
    const [{ leaks }] = await sql(a, `select (select count(*) from payments where provider_payload::text like '%' || $1 || '%')
      + (select count(*) from payment_events where payload::text like '%' || $1 || '%') as leaks`, [card.token]);
    expect(Number(leaks)).toBe(0);

    // Completed: nothing is charged and the card is forgotten.
    clock.set(new Date(new Date(`2026-12-${day - 1}T08:00:00.000Z`).getTime()));
    expect((await a.gql(COMPLETE, { input: { bookingId: created.booking.id } }, { token: await staff() })).data.completeBooking.errors).toEqual([]);
    await settleOperations();
    expect(await savedCard(created.booking.id)).toMatchObject({ token: null, forgotten_at: expect.any(Date) });
    expect(atMoyasar(created.booking.id)).toHaveLength(1);
  });

  it('no-shows racing on two instances charge the saved card once; the fee is invoiced, refunded once by a manager with a credit note, and the card forgotten', async () => {
    const { customer, bookingId, startsAt } = await bookAndSecure();
    afterGrace(startsAt);
    const staffToken = await staff();
    const raced = await Promise.all([a, b, a, b].map((srv) => srv.gql(NO_SHOW, { input: { bookingId } }, { token: staffToken })));
    expect(raced.filter((r) => r.data.markNoShow.errors.length === 0)).toHaveLength(1);
    await Promise.all([runDueOperations(a.app), runDueOperations(b.app)]);
    await settleOperations();

    const charges = atMoyasar(bookingId).filter((p) => p.status !== 'voided');
    expect(charges.map((p) => [p.status, p.amount, p.source.type])).toEqual([['paid', 4000, 'creditcard']]);
    const payments = await sql(a, "select id, status, purpose, amount_halalas from payments where booking_id = $1 and purpose = 'FEE'", [bookingId]);
    expect(payments).toEqual([{ id: expect.any(String), status: 'PAID', purpose: 'FEE', amount_halalas: 4000 }]);
    expect(await sql(a, 'select kind, amount_halalas, status, payment_id from booking_fees where booking_id = $1', [bookingId])).toEqual([{ kind: 'NO_SHOW', amount_halalas: 4000, status: 'CHARGED', payment_id: payments[0].id }]);
    expect(await sql(a, 'select kind, total_halalas from invoices where payment_id = $1', [payments[0].id])).toEqual([{ kind: 'INVOICE', total_halalas: 4000 }]);
    expect(await savedCard(bookingId)).toMatchObject({ token: null });

    const managerToken = await manager();
    const refunds = await Promise.all([a, b].map((srv) => srv.gql(REFUND_FEE, { input: { bookingId } }, { token: managerToken })));
    expect(refunds.map((r) => r.data.refundBookingFee.errors.map((e: { code: string }) => e.code)).sort()).toEqual([[], ['FEE_ALREADY_REFUNDED']]);
    await settleOperations();
    expect(charges[0]).toMatchObject({ status: 'refunded', refunded: 4000 });
    expect(await sql(a, "select total_halalas from invoices where payment_id = $1 and kind = 'CREDIT_NOTE'", [payments[0].id])).toEqual([{ total_halalas: 4000 }]);
    expect(await sql(a, "select count(*)::int as n from audit_log where action = 'REFUND' and target_id = $1", [payments[0].id])).toEqual([{ n: 1 }]);
    expect((await bookingView(await signInAs(a, customer.phone), bookingId)).fee).toEqual({ kind: 'NO_SHOW', amountHalalas: 4000, status: 'REFUNDED', chargedToSavedCard: true });
  });

  it('a declined charge is recorded (fee DECLINED, the payment FAILED with the reason), the no-show stands and the card is forgotten', async () => {
    const { customer, bookingId, startsAt } = await bookAndSecure();
    // Months later the card has no funds: Moyasar's insufficient-funds test card stands for it.
    await sql(a, 'update booking_saved_cards set token = $2 where booking_id = $1', [bookingId, await cardToken('4201320000311101')]);
    afterGrace(startsAt);
    const marked = await a.gql(NO_SHOW, { input: { bookingId } }, { token: await staff() });
    expect(marked.data.markNoShow).toEqual({ booking: { status: 'NO_SHOW' }, errors: [] });
    await settleOperations();
    expect(await sql(a, "select status, failure_message from payments where booking_id = $1 and purpose = 'FEE'", [bookingId])).toEqual([{ status: 'FAILED', failure_message: 'Insufficient Funds' }]);
    expect((await bookingView(await signInAs(a, customer.phone), bookingId))).toMatchObject({ status: 'NO_SHOW', fee: { kind: 'NO_SHOW', amountHalalas: 4000, status: 'DECLINED', chargedToSavedCard: true } });
    expect(await savedCard(bookingId)).toMatchObject({ token: null });
    expect((await a.gql(REFUND_FEE, { input: { bookingId } }, { token: await manager() })).data.refundBookingFee.errors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('the simulator only lets the secret key charge without 3-D Secure', async () => {
    const res = await fetch(`${sim.url}/v1/payments`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publishable_api_key: KEYS.publishableKey, amount: 1000, callback_url: 'https://example.test/cb', source: { type: 'token', token: await cardToken(), '3ds': false } }),
    });
    expect(res.status).toBe(403);
  });
});
