import { randomUUID } from 'node:crypto';
import { runJobsOnce } from '../src/jobs';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type GqlResponse, type TestServer } from './harness';
import { sql } from './sql';

const START = `mutation($input: StartPaymentInput!) { startPayment(input: $input) {
  payment { id status transactionUrl } errors { code message field } } }`;
const KEYS = { secretKey: 'sk_test_integrity', publishableKey: 'pk_test_integrity', webhookSecret: 'whsec_integrity' };

/**
 * Money is taken once, and a payment's state only moves forward: two server instances on one database, racing
 * clients, and the Moyasar simulator as a real HTTP server whose payments we count.
 */
describe('payments under races, late money and hostile input (two instances, one database)', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  let day = 10;

  beforeAll(async () => {
    sim = await startMoyasarSimulator({ ...KEYS, webhookRetryDelaysMs: [] });
    const env = { MOYASAR_SECRET_KEY: KEYS.secretKey, MOYASAR_PUBLISHABLE_KEY: KEYS.publishableKey, MOYASAR_WEBHOOK_SECRET: KEYS.webhookSecret, MOYASAR_BASE_URL: sim.url };
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now }, env });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now }, env });
    s = await stage(a, 'Elite Barbers');
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
    await sim.stop();
  });
  beforeEach(() => {
    clock.set(new Date('2026-12-01T06:00:00Z'));
    sim.control.delayMs = 0;
  });

  /** A new customer's booking held for prepayment, each on its own day so they never collide. */
  async function heldBooking() {
    const customer = await newCustomer(a);
    const { booking } = await book(a, customer.token, s, { startsAt: `2026-12-${day++}T07:00:00.000Z` });
    expect(booking.status).toBe('PENDING');
    return { customer, booking };
  }

  async function cardToken(number = '4111111111111111') {
    const res = await fetch(`${sim.url}/v1/tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publishable_api_key: KEYS.publishableKey, name: 'Sara Alharbi', number, month: 12, year: 2030, cvc: '123' }),
    });
    return ((await res.json()) as { id: string }).id;
  }

  const atMoyasar = (bookingId: string) => [...sim.control.payments.values()].filter((p) => p.metadata.booking_id === bookingId);
  const paymentsOf = (bookingId: string) => sql(a, 'select id, external_id, status, surplus, refunded_halalas from payments where booking_id = $1 order by created_at', [bookingId]);
  const noServerErrors = (results: GqlResponse[]) => expect(results.filter((r) => r.status >= 500 || r.errors).map((r) => [r.status, r.errors])).toEqual([]);

  /** The payer approves at the simulator's 3-D Secure page and the browser comes back to one of our instances. */
  async function approve(externalId: string, via: TestServer) {
    const redirect = await fetch(`${sim.url}/3ds/${externalId}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', redirect: 'manual' });
    const callback = new URL(redirect.headers.get('location')!);
    const back = await fetch(`${via.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
    expect(back.status).toBe(303);
    return back.headers.get('location')!;
  }

  /** An attempt row as an earlier request left it (created `ageMs` ago), and optionally its payment at Moyasar. */
  async function earlierAttempt(booking: { id: string; priceHalalas: number }, { ageMs = 0, atMoyasar = true } = {}) {
    const externalId = randomUUID();
    const [{ id }] = await sql(a, `insert into payments (id, created_at, updated_at, booking_id, status, amount_halalas, currency, idempotency_key, external_id, source_type)
      values (gen_random_uuid(), $5, $5, $1, 'INITIATED', $2, 'SAR', $3, $4, 'token') returning id`, [booking.id, booking.priceHalalas, randomUUID(), externalId, new Date(clock.now().getTime() - ageMs)]);
    if (atMoyasar) {
      const created = await fetch(`${sim.url}/v1/payments`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${KEYS.secretKey}:`).toString('base64')}` },
        body: JSON.stringify({ given_id: externalId, amount: booking.priceHalalas, currency: 'SAR', callback_url: `${a.url}/payments/moyasar/callback`, source: { type: 'token', token: await cardToken() }, metadata: { booking_id: booking.id } }),
      });
      expect(created.status).toBe(201);
    }
    return { id, externalId };
  }

  const webhook = (via: TestServer, body: unknown) =>
    fetch(`${via.url}/webhooks/moyasar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('five concurrent startPayment calls with different keys on two instances: one Moyasar payment, the rest PAYMENT_IN_PROGRESS, no 5xx', async () => {
    const { customer, booking } = await heldBooking();
    sim.control.delayMs = 200;
    const tokens = await Promise.all(Array.from({ length: 5 }, () => cardToken()));
    const results = await Promise.all(tokens.map((token, i) =>
      [a, b][i % 2].gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token }, idempotencyKey: randomUUID() } }, { token: customer.token })));
    noServerErrors(results);
    const payloads = results.map((r) => r.data.startPayment);
    const won = payloads.filter((p) => p.errors.length === 0);
    expect(won).toHaveLength(1);
    expect(payloads.filter((p) => p.errors[0]?.code === 'PAYMENT_IN_PROGRESS').map((p) => p.payment?.id)).toEqual(Array(4).fill(won[0].payment.id));
    expect(atMoyasar(booking.id)).toHaveLength(1);
    expect(await paymentsOf(booking.id)).toHaveLength(1);

    // Paid once; a sixth try after that is refused, and the booking is confirmed.
    await approve(atMoyasar(booking.id)[0].id, b);
    const again = await b.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token: await cardToken() }, idempotencyKey: randomUUID() } }, { token: customer.token });
    expect(again.data.startPayment.errors[0].code).toBe('PAYMENT_NOT_ALLOWED');
    expect(atMoyasar(booking.id)).toHaveLength(1);
    expect((await sql(a, 'select status from bookings where id = $1', [booking.id]))[0].status).toBe('CONFIRMED');
  });

  it('ten concurrent startPayment calls with one key on two instances: one payment, every answer replays it, no 5xx', async () => {
    const { customer, booking } = await heldBooking();
    sim.control.delayMs = 100;
    const token = await cardToken();
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      [a, b][i % 2].gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token }, idempotencyKey: key } }, { token: customer.token })));
    noServerErrors(results);
    const payloads = results.map((r) => r.data.startPayment);
    expect(payloads.flatMap((p) => p.errors)).toEqual([]);
    expect(new Set(payloads.map((p) => p.payment.id)).size).toBe(1);
    expect(atMoyasar(booking.id)).toHaveLength(1);
    expect(await paymentsOf(booking.id)).toHaveLength(1);
  });

  it('money arriving for an attempt that lost is recorded, kept off the booking and refunded after runJobsOnce; nothing is stuck', async () => {
    const { customer, booking } = await heldBooking();
    const first = (await a.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token: await cardToken() }, idempotencyKey: randomUUID() } }, { token: customer.token })).data.startPayment;
    expect(first.errors).toEqual([]);
    // A second attempt that reached Moyasar, as the unguarded race left them: its row, and its payment at Moyasar.
    const { externalId: lostExternalId } = await earlierAttempt(booking);

    const firstExternalId = (await paymentsOf(booking.id)).find((p) => p.id === first.payment.id)!.external_id;
    expect(await approve(firstExternalId, a)).toBe(`/bookings?booking=${booking.id}&payment=PAID`);
    // The lost attempt is paid too: its callback, a webhook and a replay of both must all apply, never roll back.
    expect(await approve(lostExternalId, b)).toBe(`/bookings?booking=${booking.id}&payment=PAID`);
    expect((await webhook(a, { id: randomUUID(), type: 'payment_paid', secret_token: KEYS.webhookSecret, data: { id: lostExternalId } })).status).toBe(200);
    const back = await fetch(`${a.url}/payments/moyasar/callback?id=${lostExternalId}`, { redirect: 'manual' });
    expect(back.status).toBe(303);
    for (let i = 0; i < 50 && !(await sql(a, "select 1 from payment_events where type = 'webhook.payment_paid' and payload->>'eventId' is not null")).length; i++) await new Promise((r) => setTimeout(r, 50));

    const rows = (await paymentsOf(booking.id)).sort((x, y) => Number(x.surplus) - Number(y.surplus));
    expect(rows.map((p) => [p.external_id, p.status, p.surplus])).toEqual([[firstExternalId, 'PAID', false], [lostExternalId, 'PAID', true]]);
    const [lost] = rows.filter((p) => p.surplus);
    expect(await sql(a, 'select kind, status from payment_operations where payment_id = $1', [lost.id])).toEqual([{ kind: 'REFUND', status: 'PENDING' }]);
    for (const t of [a, b]) expect(t.logs.filter((l) => ['payments.reconcile_failed', 'payments.callback_failed', 'payments.webhook_settle_failed', 'http.error'].includes(l.event))).toEqual([]);

    await runJobsOnce(b.app);
    expect((await paymentsOf(booking.id)).map((p) => [p.external_id, p.status, p.refunded_halalas]).sort()).toEqual([[firstExternalId, 'PAID', 0], [lostExternalId, 'REFUNDED', booking.priceHalalas]].sort());
    expect(sim.control.payments.get(lostExternalId)!.status).toBe('refunded');
    expect(sim.control.payments.get(firstExternalId)!.status).toBe('paid');
    expect((await sql(a, 'select status from bookings where id = $1', [booking.id]))[0].status).toBe('CONFIRMED');
  });

  it('money arriving after the hold lapsed (not yet swept) is refunded once, and the booking expires', async () => {
    const { customer, booking } = await heldBooking();
    const started = (await a.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token: await cardToken() }, idempotencyKey: randomUUID() } }, { token: customer.token })).data.startPayment;
    const [{ external_id: externalId }] = await paymentsOf(booking.id);
    clock.advance(11 * 60_000);
    expect(await approve(externalId, b)).toBe(`/bookings?booking=${booking.id}&payment=PAID`);
    expect((await paymentsOf(booking.id))[0]).toMatchObject({ status: 'PAID', surplus: true });

    await runJobsOnce(a.app);
    expect((await paymentsOf(booking.id))[0]).toMatchObject({ id: started.payment.id, status: 'REFUNDED', refunded_halalas: booking.priceHalalas });
    expect((await sql(a, 'select status from bookings where id = $1', [booking.id]))[0].status).toBe('EXPIRED');
    expect(await sql(a, 'select kind, status from payment_operations where payment_id = $1', [started.payment.id])).toEqual([{ kind: 'REFUND', status: 'DONE' }]);
  });

  it('an attempt left INITIATED by an earlier request blocks a new one only while Moyasar says it waits', async () => {
    const { customer, booking } = await heldBooking();
    const start = async () => (await b.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token: await cardToken() }, idempotencyKey: randomUUID() } }, { token: customer.token })).data.startPayment;
    // Still waiting at 3-D Secure: refused, with the way back to it.
    const waiting = await earlierAttempt(booking, { ageMs: 60_000 });
    const refused = await start();
    expect(refused.errors[0].code).toBe('PAYMENT_IN_PROGRESS');
    expect(refused.payment).toEqual({ id: waiting.id, status: 'INITIATED', transactionUrl: `${sim.url}/3ds/${waiting.externalId}` });
    // A creation that timed out and never reached Moyasar: asked about, found failed, and a new attempt starts.
    await sql(a, "update payments set status = 'FAILED' where id = $1", [waiting.id]);
    const lost = await earlierAttempt(booking, { ageMs: 30_000, atMoyasar: false });
    const started = await start();
    expect(started.errors).toEqual([]);
    expect((await paymentsOf(booking.id)).map((p) => [p.id, p.status])).toEqual([[waiting.id, 'FAILED'], [lost.id, 'FAILED'], [started.payment.id, 'INITIATED']]);
    expect(atMoyasar(booking.id)).toHaveLength(2);
  });

  it('a PAID payment that Moyasar later reports failed stays PAID and raises an alert for a person', async () => {
    const { customer, booking } = await heldBooking();
    await a.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token: await cardToken() }, idempotencyKey: randomUUID() } }, { token: customer.token });
    const [{ id, external_id: externalId }] = await paymentsOf(booking.id);
    await approve(externalId, a);
    sim.control.payments.get(externalId)!.status = 'failed';

    expect((await webhook(b, { id: randomUUID(), type: 'payment_failed', secret_token: KEYS.webhookSecret, data: { id: externalId } })).status).toBe(200);
    let alerts: { outcome: string }[] = [];
    for (let i = 0; i < 50 && alerts.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      alerts = await sql(a, "select outcome from payment_events where payment_id = $1 and outcome like 'ALERT%'", [id]);
    }
    expect(alerts).toEqual([{ outcome: 'ALERT: reported failed while PAID; not applied, check with Moyasar' }]);
    expect((await paymentsOf(booking.id))[0].status).toBe('PAID');
    expect(b.logs.filter((l) => l.event === 'payments.alert')).toEqual([expect.objectContaining({ level: 50, paymentId: id, status: 'PAID', reported: 'failed' })]);
    expect((await sql(a, 'select status from bookings where id = $1', [booking.id]))[0].status).toBe('CONFIRMED');
  });

  it('refuses a malformed webhook body with 400 and stores nothing; a 5xx would make Moyasar retry for hours', async () => {
    const envelope = (over: Record<string, unknown> = {}) => ({ id: randomUUID(), type: 'payment_paid', created_at: '2026-12-01T06:00:00Z', secret_token: KEYS.webhookSecret, account_name: 'x', live: false, data: { id: randomUUID() }, ...over });
    const deep = (n: number): unknown => (n === 0 ? 'x' : { a: deep(n - 1) });
    const bad: [string, unknown][] = [
      ['an event id over 64 characters', envelope({ id: 'e'.repeat(65) })],
      ['a NUL in the event id', envelope({ id: 'evt\u0000x' })],
      ['a type over 64 characters', envelope({ type: `payment_${'x'.repeat(60)}` })],
      ['a NUL in the type', envelope({ type: 'payment_paid\u0000' })],
      ['a number as the event id', envelope({ id: 42 })],
      ['no data', envelope({ data: undefined })],
      ['a NUL in data.id', envelope({ data: { id: 'a\u0000b' } })],
      ['data.id over 64 characters', envelope({ data: { id: 'd'.repeat(65) } })],
      ['a NUL deep in the payment', envelope({ data: { id: randomUUID(), source: { message: 'ok\u0000' } } })],
      ['a NUL in a key', envelope({ data: { id: randomUUID(), 'k\u0000': 1 } })],
      ['an unpaired surrogate', envelope({ account_name: 'x\ud800y' })],
      ['nesting 40 deep', envelope({ data: { id: randomUUID(), meta: deep(40) } })],
      ['an array', [envelope()]],
    ];
    const before = (await sql(a, 'select count(*)::int as n from payment_events'))[0].n;
    const answers: [string, number][] = [];
    for (const [name, body] of bad) answers.push([name, (await webhook(b, body)).status]);
    // An array has no secret, so it is refused as unauthenticated before its shape is looked at.
    expect(answers).toEqual(bad.map(([name, body]) => [name, Array.isArray(body) ? 401 : 400]));
    expect((await sql(a, 'select count(*)::int as n from payment_events'))[0].n).toBe(before);

    // At the limits, and with fields Moyasar may add one day: taken.
    expect((await webhook(a, envelope({ id: 'e'.repeat(64), type: 'balance_transferred', extra: { any: ['thing', 1, null] } }))).status).toBe(200);
  });

  it('refuses a malformed 3-D Secure return with 400 and stores nothing', async () => {
    const before = (await sql(a, 'select count(*)::int as n from payment_events'))[0].n;
    for (const query of ['', 'id=------------------------------------', 'id=not-a-uuid', `id=${randomUUID()}&id=${randomUUID()}`, `id=${randomUUID()}&message=%00`, `id=${randomUUID()}&status=${'x'.repeat(40)}`]) {
      const res = await fetch(`${b.url}/payments/moyasar/callback?${query}`, { redirect: 'manual' });
      expect([query, res.status]).toEqual([query, 400]);
    }
    expect((await sql(a, 'select count(*)::int as n from payment_events'))[0].n).toBe(before);
  });
});
