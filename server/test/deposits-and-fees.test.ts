import { randomUUID } from 'node:crypto';
import { runDueOperations } from '../src/modules/payments/operations';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const KEYS = { secretKey: 'sk_test_deposits', publishableKey: 'pk_test_deposits', webhookSecret: 'whsec_deposits' };
const SET_POLICY = `mutation($input: SetPaymentPolicyInput!) { setPaymentPolicy(input: $input) {
  policy { serviceId prepayment deposit { percent halalas } noShowFee { percent halalas } lateCancelFee { percent halalas } } errors { code field } } }`;
const TERMS = `query($id: ID!) { service(id: $id) { priceHalalas paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas lateCancelFeeHalalas lateCancelWindowHours } } }`;
const START = `mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { id status purpose amountHalalas transactionUrl } errors { code field } } }`;
const BOOKING = `query($id: ID!) { booking(id: $id) { status nextPayment { purpose amountHalalas } paymentTerms { onlineDueHalalas termsAcceptedAt } fee { kind amountHalalas status } } }`;
const NO_SHOW = 'mutation($input: MarkNoShowInput!) { markNoShow(input: $input) { booking { status } errors { code message } } }';
const CANCEL = 'mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { status } errors { code } } }';
const COMPLETE = 'mutation($input: CompleteBookingInput!) { completeBooking(input: $input) { booking { status } errors { code } } }';
const REMOVE_POLICY = 'mutation($input: RemoveServicePaymentPolicyInput!) { removeServicePaymentPolicy(input: $input) { service { id paymentPolicyOverride { prepayment } } errors { code } } }';
const REFUND_FEE = 'mutation($input: RefundBookingFeeInput!) { refundBookingFee(input: $input) { fee { kind amountHalalas status } errors { code } } }';

/**
 * Deposits, balances and fees end to end: the manager's policy, the terms the customer sees and accepts, the
 * deposit and balance as two payments through the one state machine, and fees kept once (two server instances on
 * one database racing) against the Moyasar simulator over HTTP.
 */
describe('deposits, balances and no-show / late-cancellation fees', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  let day = 10;
  // Access tokens are short-lived on the moved clock: sign in at the moment of acting.
  const manager = () => signInAs(a, '+966500000001');
  const staff = () => signInAs(a, '+966500000003');

  beforeAll(async () => {
    sim = await startMoyasarSimulator({ ...KEYS, webhookRetryDelaysMs: [] });
    // Bookings here start up to three weeks ahead and keep their guarantee authorisations (saved cards: saved-card-fees.test.ts).
    const env = { MOYASAR_SECRET_KEY: KEYS.secretKey, MOYASAR_PUBLISHABLE_KEY: KEYS.publishableKey, MOYASAR_WEBHOOK_SECRET: KEYS.webhookSecret, MOYASAR_BASE_URL: sim.url, FEE_AUTHORISATION_VALID_DAYS: '30' };
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now }, env });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now }, env });
    s = await stage(a, 'Rose Touch Salon');
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
    await sim.stop();
  });
  beforeEach(() => clock.set(new Date('2026-12-01T06:00:00Z')));

  const setPolicy = async (policy: Record<string, unknown>) => {
    const res = await a.gql(SET_POLICY, { input: { salonId: s.salonId, ...policy } }, { token: await manager() });
    expect(res.data.setPaymentPolicy.errors).toEqual([]);
    return res.data.setPaymentPolicy.policy;
  };
  const price = async () => (await a.gql(TERMS, { id: s.serviceId })).data.service.priceHalalas as number;

  async function cardToken() {
    const res = await fetch(`${sim.url}/v1/tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publishable_api_key: KEYS.publishableKey, name: 'Sara Alharbi', number: '4201320111111010', month: 12, year: 2030, cvc: '123' }),
    });
    return ((await res.json()) as { id: string }).id;
  }

  /** Pays what is due next by card, through the simulator's 3-D Secure page and back to our callback. */
  async function payNext(token: string, bookingId: string) {
    const res = await a.gql(START, { input: { bookingId, source: { type: 'TOKEN', token: await cardToken() }, idempotencyKey: randomUUID() } }, { token });
    const { payment, errors } = res.data.startPayment;
    expect(errors).toEqual([]);
    const redirect = await fetch(payment.transactionUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', redirect: 'manual' });
    const callback = new URL(redirect.headers.get('location')!);
    await fetch(`${a.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
    return payment as { id: string; purpose: string; amountHalalas: number };
  }

  async function bookWithTerms(acceptTerms = true) {
    const customer = await newCustomer(a);
    const startsAt = `2026-12-${day++}T07:00:00.000Z`;
    const created = await book(a, customer.token, s, { startsAt, acceptTerms });
    return { customer, booking: created.booking, errors: created.errors, startsAt };
  }
  const bookingView = async (token: string, id: string) => (await a.gql(BOOKING, { id }, { token })).data.booking;
  const atMoyasar = (bookingId: string) => [...sim.control.payments.values()].filter((p) => p.metadata.booking_id === bookingId);
  const settleOperations = async () => {
    while ((await runDueOperations(a.app)) > 0);
  };

  it('a percentage deposit: the customer sees it, accepts the fees, pays the deposit, then the balance online', async () => {
    const policy = await setPolicy({ prepayment: 'DEPOSIT', deposit: { percent: 25 }, noShowFee: { percent: 20 }, lateCancelFee: { halalas: 1000 }, lateCancelWindowHours: 24 });
    expect(policy).toMatchObject({ serviceId: null, prepayment: 'DEPOSIT', deposit: { percent: 25, halalas: null } });
    const total = await price();
    const deposit = Math.round(total * 0.25);
    expect((await a.gql(TERMS, { id: s.serviceId })).data.service.paymentTerms).toEqual({
      prepayment: 'DEPOSIT', onlineDueHalalas: deposit, guarantee: false, balanceHalalas: total - deposit,
      noShowFeeHalalas: Math.min(Math.round(total * 0.2), deposit), lateCancelFeeHalalas: Math.min(1000, deposit), lateCancelWindowHours: 24,
    });

    const refused = await bookWithTerms(false);
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'FEES_NOT_ACCEPTED', field: ['input', 'acceptTerms'] })]);

    const { customer, booking } = await bookWithTerms();
    expect(booking.status).toBe('PENDING');
    expect(await bookingView(customer.token, booking.id)).toMatchObject({ nextPayment: { purpose: 'PREPAYMENT', amountHalalas: deposit }, paymentTerms: { onlineDueHalalas: deposit, termsAcceptedAt: '2026-12-01T06:00:00.000Z' } });
    const first = await payNext(customer.token, booking.id);
    expect(first).toMatchObject({ purpose: 'PREPAYMENT', amountHalalas: deposit });
    expect(await bookingView(customer.token, booking.id)).toMatchObject({ status: 'CONFIRMED', nextPayment: { purpose: 'BALANCE', amountHalalas: total - deposit } });

    const second = await payNext(customer.token, booking.id);
    expect(second).toMatchObject({ purpose: 'BALANCE', amountHalalas: total - deposit });
    expect((await bookingView(customer.token, booking.id)).nextPayment).toBeNull();
    expect(atMoyasar(booking.id).map((p) => [p.status, p.amount]).sort()).toEqual([['paid', deposit], ['paid', total - deposit]].sort());
    const again = await a.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token: await cardToken() }, idempotencyKey: randomUUID() } }, { token: customer.token });
    expect(again.data.startPayment.errors).toEqual([expect.objectContaining({ code: 'PAYMENT_NOT_ALLOWED' })]);
  });

  it('a no-show on two instances at once: the fee is kept once from the deposit, the rest refunded once; a manager refunds the fee once', async () => {
    await setPolicy({ prepayment: 'DEPOSIT', deposit: { halalas: 5000 }, noShowFee: { halalas: 3000 }, noShowGraceMinutes: 15 });
    const { customer, booking, startsAt } = await bookWithTerms();
    await payNext(customer.token, booking.id);
    clock.set(new Date(new Date(startsAt).getTime() + 5 * 60_000));
    const early = await a.gql(NO_SHOW, { input: { bookingId: booking.id } }, { token: await staff() });
    expect(early.data.markNoShow.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION', message: 'يمكن تسجيل عدم الحضور بعد ١٥ دقيقة من موعد البدء. حاول مرة أخرى حينها.' })]);

    clock.set(new Date(new Date(startsAt).getTime() + 20 * 60_000));
    const staffToken = await staff();
    const raced = await Promise.all([a, b, a, b].map((srv) => srv.gql(NO_SHOW, { input: { bookingId: booking.id } }, { token: staffToken })));
    expect(raced.filter((r) => r.data.markNoShow.errors.length === 0)).toHaveLength(1);
    expect(raced.flatMap((r) => r.data.markNoShow.errors.map((e: { code: string }) => e.code)).sort()).toEqual(['INVALID_TRANSITION', 'INVALID_TRANSITION', 'INVALID_TRANSITION']);
    await settleOperations();
    expect(await sql(a, 'select kind, amount_halalas, status from booking_fees where booking_id = $1', [booking.id])).toEqual([{ kind: 'NO_SHOW', amount_halalas: 3000, status: 'CHARGED' }]);
    expect(atMoyasar(booking.id).map((p) => [p.amount, p.refunded])).toEqual([[5000, 2000]]);
    expect((await bookingView(await signInAs(a, customer.phone), booking.id)).fee).toEqual({ kind: 'NO_SHOW', amountHalalas: 3000, status: 'CHARGED' });

    const managerToken = await manager();
    const refunds = await Promise.all([a, b].map((srv) => srv.gql(REFUND_FEE, { input: { bookingId: booking.id } }, { token: managerToken })));
    expect(refunds.map((r) => r.data.refundBookingFee.errors.map((e: { code: string }) => e.code)).sort()).toEqual([[], ['FEE_ALREADY_REFUNDED']]);
    await settleOperations();
    expect(atMoyasar(booking.id).map((p) => [p.status, p.refunded])).toEqual([['refunded', 5000]]);
    expect((await a.gql(REFUND_FEE, { input: { bookingId: booking.id } }, { token: await staff() })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('no prepayment but fees: the card is authorised as a guarantee, a late cancellation captures the fee, on time it is released', async () => {
    await setPolicy({ prepayment: 'NONE', noShowFee: { halalas: 4000 }, lateCancelFee: { percent: 10 }, lateCancelWindowHours: 48 });
    const total = await price();
    const late = await bookWithTerms();
    expect(await bookingView(late.customer.token, late.booking.id)).toMatchObject({ status: 'PENDING', nextPayment: { purpose: 'GUARANTEE', amountHalalas: Math.min(total, Math.max(4000, Math.round(total * 0.1))) } });
    const guarantee = await payNext(late.customer.token, late.booking.id);
    expect(atMoyasar(late.booking.id)[0].status).toBe('authorized');
    expect((await bookingView(late.customer.token, late.booking.id)).status).toBe('CONFIRMED');
    // Cancelling 30 hours before: inside the 48-hour window, so late.
    clock.set(new Date(new Date(late.startsAt).getTime() - 30 * 3_600_000));
    const cancelled = await a.gql(CANCEL, { input: { bookingId: late.booking.id } }, { token: await signInAs(a, late.customer.phone) });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data.cancelBooking.errors).toEqual([]);
    await settleOperations();
    expect(atMoyasar(late.booking.id).map((p) => [p.status, p.captured])).toEqual([['captured', Math.min(Math.round(total * 0.1), guarantee.amountHalalas)]]);
    expect((await bookingView(await signInAs(a, late.customer.phone), late.booking.id)).fee).toMatchObject({ kind: 'LATE_CANCEL', status: 'CHARGED' });

    clock.set(new Date('2026-12-01T06:00:00Z'));
    const onTime = await bookWithTerms();
    await payNext(onTime.customer.token, onTime.booking.id);
    expect((await a.gql(CANCEL, { input: { bookingId: onTime.booking.id } }, { token: onTime.customer.token })).data.cancelBooking.errors).toEqual([]);
    await settleOperations();
    expect(atMoyasar(onTime.booking.id).map((p) => p.status)).toEqual(['voided']);
    expect((await bookingView(await signInAs(a, onTime.customer.phone), onTime.booking.id)).fee).toBeNull();

    const came = await bookWithTerms();
    await payNext(came.customer.token, came.booking.id);
    clock.set(new Date(new Date(came.startsAt).getTime() + 60 * 60_000));
    expect((await a.gql(COMPLETE, { input: { bookingId: came.booking.id } }, { token: await staff() })).data.completeBooking.errors).toEqual([]);
    await settleOperations();
    expect(atMoyasar(came.booking.id).map((p) => p.status)).toEqual(['voided']);
  });

  it('a service overrides the salon and is cleared back to it; a policy that makes no sense is refused; staff and other salons cannot set one', async () => {
    await setPolicy({ prepayment: 'NONE' });
    await setPolicy({ serviceId: s.serviceId, prepayment: 'FULL', noShowFee: { percent: 50 } });
    const total = await price();
    expect((await a.gql(TERMS, { id: s.serviceId })).data.service.paymentTerms).toMatchObject({ prepayment: 'FULL', onlineDueHalalas: total, noShowFeeHalalas: Math.round(total / 2), balanceHalalas: 0 });
    const [{ n }] = await sql(a, 'select count(*)::int as n from payment_policies where salon_id = $1', [s.salonId]);
    expect(n).toBe(2);
    const bad = await a.gql(SET_POLICY, { input: { salonId: s.salonId, prepayment: 'DEPOSIT', deposit: { percent: 10, halalas: 100 } } }, { token: await manager() });
    expect(bad.data.setPaymentPolicy.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'deposit'] }]);
    const noDeposit = await a.gql(SET_POLICY, { input: { salonId: s.salonId, prepayment: 'DEPOSIT' } }, { token: await manager() });
    expect(noDeposit.data.setPaymentPolicy.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'deposit'] }]);
    const other = await a.gql(SET_POLICY, { input: { salonId: s.salonId, prepayment: 'NONE' } }, { token: await staff() });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Another salon's manager can neither override this salon's service (named under their own salon) nor clear it.
    const outsider = await signInAs(a, '+966500000101');
    const [{ id: theirSalon }] = await sql(a, "select s.id from salons s join salon_memberships m on m.salon_id = s.id join users u on u.id = m.user_id where u.phone_number = '+966500000101' limit 1");
    const spoof = await a.gql(SET_POLICY, { input: { salonId: theirSalon, serviceId: s.serviceId, prepayment: 'NONE' } }, { token: outsider });
    expect(spoof.data.setPaymentPolicy.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'serviceId'] }]);
    const clearTheirs = await a.gql(REMOVE_POLICY, { input: { serviceId: s.serviceId } }, { token: outsider });
    expect(clearTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await a.gql(TERMS, { id: s.serviceId })).data.service.paymentTerms).toMatchObject({ prepayment: 'FULL' });

    // Cleared by this salon's manager, the service follows the salon again: nothing online, no fees.
    const cleared = await a.gql(REMOVE_POLICY, { input: { serviceId: s.serviceId } }, { token: await manager() });
    expect(cleared.data.removeServicePaymentPolicy).toEqual({ service: { id: s.serviceId, paymentPolicyOverride: null }, errors: [] });
    expect((await a.gql(TERMS, { id: s.serviceId })).data.service.paymentTerms).toMatchObject({ prepayment: 'NONE', onlineDueHalalas: 0, noShowFeeHalalas: 0 });
    await sql(a, 'delete from payment_policies where salon_id = $1', [s.salonId]);
  });
});
