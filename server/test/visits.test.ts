import { randomUUID } from 'node:crypto';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';
import { BOOK_VISIT, overlaps, partialVisits, threeServices, VISIT_STARTS } from './visit-fixtures';

const START = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { id status amountHalalas transactionUrl } errors { code message field } } }';
const CANCEL = 'mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { code } } }';
const RESCHEDULE = 'mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id } errors { code message } } }';

describe('visits: several services in one booking (Elite Barbers, prepayment, against the Moyasar simulator)', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let t: TestServer;
  let s: Stage;
  let services: Awaited<ReturnType<typeof threeServices>>;

  beforeAll(async () => {
    sim = await startMoyasarSimulator({ secretKey: 'sk_test_abc', publishableKey: 'pk_test_abc', webhookSecret: 'whsec_test', webhookRetryDelaysMs: [50] });
    t = await startTestServer({
      seedDemo: true,
      overrides: { now: clock.now },
      env: { MOYASAR_SECRET_KEY: 'sk_test_abc', MOYASAR_PUBLISHABLE_KEY: 'pk_test_abc', MOYASAR_WEBHOOK_SECRET: 'whsec_test', MOYASAR_BASE_URL: sim.url, MOYASAR_TIMEOUT_SECONDS: '1' },
    });
    sim.control.webhookUrl = `${t.url}/webhooks/moyasar`;
    sim.control.dropWebhooks = true;
    s = await stage(t, 'Elite Barbers');
    services = await threeServices(t, s);
  });
  afterAll(async () => {
    await t.stop();
    await sim.stop();
  });

  /** Haircut-like first with the stage's stylist, then the other stylist, then anyone. */
  const parts = () => [
    { serviceId: services[0].id, staffId: s.staffId },
    { serviceId: services[1].id, staffId: s.otherStaffId },
    { serviceId: services[2].id },
  ];
  const bookVisit = (token: string, over: Record<string, unknown> = {}) =>
    t.gql(BOOK_VISIT, { input: { parts: parts(), startsAt: s.startsAt, idempotencyKey: randomUUID(), ...over } }, { token });

  async function payThrough(token: string, bookingId: string) {
    const card = await (await fetch(`${sim.url}/v1/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publishable_api_key: 'pk_test_abc', name: 'Sara Alharbi', number: '4111111111111111', month: 12, year: 2030, cvc: '123' }) })).json() as { id: string };
    const started = (await t.gql(START, { input: { bookingId, source: { type: 'TOKEN', token: card.id }, idempotencyKey: randomUUID() } }, { token })).data.startPayment;
    const redirect = await fetch(started.payment.transactionUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', redirect: 'manual' });
    const callback = new URL(redirect.headers.get('location')!);
    await fetch(`${t.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
    return started.payment;
  }

  it('offers the starts where all three services fit one after another, and books them as one visit paid once for the total', async () => {
    const customer = await newCustomer(t);
    const starts = (await t.gql(VISIT_STARTS, { input: { parts: parts(), date: '2026-12-10' } })).data.availableVisitStarts;
    // The stylists work from 09:00 Riyadh (06:00Z); book the stage's 10:00.
    expect(starts[0].startsAt).toBe('2026-12-10T06:00:00.000Z');
    const first = starts.find((v: { startsAt: string }) => v.startsAt === s.startsAt);
    expect(first.parts.map((p: { staff: { id: string } }) => p.staff.id).slice(0, 2)).toEqual([s.staffId, s.otherStaffId]);
    for (let k = 1; k < 3; k++) expect(first.parts[k].startsAt >= first.parts[k - 1].endsAt).toBe(true);

    const days = await t.gql('query($input: AvailableVisitDaysInput!) { availableVisitDays(input: $input) }', { input: { parts: parts(), from: '2026-12-09', to: '2026-12-11' } });
    expect(days.data.availableVisitDays).toEqual(['2026-12-09', '2026-12-10', '2026-12-11']);
    const tooLong = await t.gql('query($input: AvailableVisitDaysInput!) { availableVisitDays(input: $input) }', { input: { parts: parts(), from: '2026-12-09', to: '2027-03-11' } });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const res = await bookVisit(customer.token);
    expect(res.data.bookVisit.errors).toEqual([]);
    const visit = res.data.bookVisit.visit;
    const total = services.reduce((sum, x) => sum + x.price, 0);
    expect(visit.totalHalalas).toBe(total);
    expect(visit.parts).toHaveLength(3);
    expect(visit.parts.map((p: { startsAt: string }) => p.startsAt)).toEqual(first.parts.map((p: { startsAt: string }) => p.startsAt));
    expect(visit.parts.every((p: { status: string; holdExpiresAt: string | null; visit: { id: string } }) => p.status === 'PENDING' && p.holdExpiresAt && p.visit.id === visit.id)).toBe(true);
    // One price and one payment: the first part owes the whole visit, the others nothing of their own.
    expect(visit.parts.map((p: { nextPayment: { amountHalalas: number } | null }) => p.nextPayment?.amountHalalas ?? null)).toEqual([total, null, null]);

    // Paying from any part pays the visit on its first part, and confirms every part.
    const payment = await payThrough(customer.token, visit.parts[2].id);
    expect(payment.amountHalalas).toBe(total);
    const rows = await sql(t, 'select status, hold_expires_at from bookings where visit_id = $1 order by visit_position', [visit.id]);
    expect(rows.map((r) => [r.status, r.hold_expires_at])).toEqual([['CONFIRMED', null], ['CONFIRMED', null], ['CONFIRMED', null]]);
    expect((await sql(t, 'select count(*)::int as n from payments p join bookings b on b.id = p.booking_id where b.visit_id = $1', [visit.id]))[0].n).toBe(1);
    // The customer hears of the visit once; each stylist of their own part.
    const created = await sql(t, "select recipient_id from notifications n join bookings b on b.id = n.booking_id where b.visit_id = $1 and n.event = 'BOOKING_CREATED'", [visit.id]);
    expect(created.filter((r) => r.recipient_id === customer.id)).toHaveLength(1);
    expect(created).toHaveLength(4);
    expect(await overlaps(t)).toEqual({ staff: 0, customer: 0 });
  });

  it('replays the same key to the same visit and refuses the key for anything else', async () => {
    const customer = await newCustomer(t);
    const key = randomUUID();
    const startsAt = '2026-12-11T07:00:00.000Z';
    const once = (await bookVisit(customer.token, { idempotencyKey: key, startsAt })).data.bookVisit;
    const twice = (await bookVisit(customer.token, { idempotencyKey: key, startsAt })).data.bookVisit;
    expect(twice.visit.id).toBe(once.visit.id);
    const other = (await bookVisit(customer.token, { idempotencyKey: key, startsAt: '2026-12-11T09:00:00.000Z' })).data.bookVisit;
    expect(other.errors.map((e: { code: string }) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect((await sql(t, 'select count(*)::int as n from visits where customer_id = $1', [customer.id]))[0].n).toBe(1);
  });

  it('all or nothing: when a later part\'s stylist is taken, nothing of the visit is booked', async () => {
    const other = await newCustomer(t);
    const customer = await newCustomer(t);
    const startsAt = '2026-12-12T07:00:00.000Z';
    // The second part would start when the first ends; someone books the second stylist over that time (on the grid).
    const secondStart = new Date(Math.floor((new Date(startsAt).getTime() + services[0].duration * 60_000) / 900_000) * 900_000).toISOString();
    const single = await book(t, other.token, { ...s, staffId: s.otherStaffId, serviceId: services[0].id }, { startsAt: secondStart });
    expect(single.errors).toEqual([]);
    const res = (await bookVisit(customer.token, { startsAt })).data.bookVisit;
    expect(res.errors.map((e: { code: string; message: string }) => e.code)).toEqual(['SLOT_UNAVAILABLE']);
    expect((await sql(t, 'select count(*)::int as n from bookings where customer_id = $1', [customer.id]))[0].n).toBe(0);
    expect((await sql(t, 'select count(*)::int as n from visits where customer_id = $1', [customer.id]))[0].n).toBe(0);
    // The same start is no longer offered.
    const starts = (await t.gql(VISIT_STARTS, { input: { parts: parts(), date: '2026-12-12' } })).data.availableVisitStarts;
    expect(starts.map((v: { startsAt: string }) => v.startsAt)).not.toContain(startsAt);
  });

  it('cancelling any part cancels the whole visit; a part cannot be moved alone', async () => {
    const customer = await newCustomer(t);
    const visit = (await bookVisit(customer.token, { startsAt: '2026-12-13T07:00:00.000Z' })).data.bookVisit.visit;
    const moved = (await t.gql(RESCHEDULE, { input: { bookingId: visit.parts[0].id, startsAt: '2026-12-13T10:00:00.000Z' } }, { token: customer.token })).data.rescheduleBooking;
    expect(moved.errors.map((e: { code: string }) => e.code)).toEqual(['PART_OF_VISIT']);
    const cancelled = (await t.gql(CANCEL, { input: { bookingId: visit.parts[1].id } }, { token: customer.token })).data.cancelBooking;
    expect(cancelled.errors).toEqual([]);
    const rows = await sql(t, 'select status from bookings where visit_id = $1 order by visit_position', [visit.id]);
    expect(rows.map((r) => r.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect(await partialVisits(t, 3)).toBe(0);
  });

  it('keeps a visit to its customer and its salon, and refuses what cannot be a visit', async () => {
    const customer = await newCustomer(t);
    const stranger = await newCustomer(t);
    const visit = (await bookVisit(customer.token, { startsAt: '2026-12-14T07:00:00.000Z' })).data.bookVisit.visit;
    const seen = await t.gql('query($id: ID!) { booking(id: $id) { id visit { id totalHalalas } } }', { id: visit.parts[1].id }, { token: stranger.token });
    expect(seen.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(BOOK_VISIT, { input: { parts: parts(), startsAt: s.startsAt, idempotencyKey: randomUUID() } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const six = Array.from({ length: 6 }, () => ({ serviceId: services[0].id }));
    expect((await bookVisit(customer.token, { parts: six })).data.bookVisit.errors[0].code).toBe('INVALID_INPUT');
    const [{ id: elsewhere }] = await sql(t, 'select id from services where salon_id <> $1 and is_active limit 1', [s.salonId]);
    const mixed = (await bookVisit(customer.token, { parts: [{ serviceId: services[0].id }, { serviceId: elsewhere }] })).data.bookVisit;
    expect(mixed.errors[0]).toMatchObject({ code: 'SERVICE_UNAVAILABLE', field: ['input', 'parts', '1', 'serviceId'] });
    expect((await t.gql(VISIT_STARTS, { input: { parts: [{ serviceId: services[0].id }, { serviceId: elsewhere }], date: '2026-12-10' } })).data.availableVisitStarts).toEqual([]);
    const arabic = await t.gql(BOOK_VISIT, { input: { parts: six, startsAt: s.startsAt, idempotencyKey: randomUUID() } }, { token: customer.token, headers: { 'accept-language': 'ar-SA' } });
    expect(arabic.data.bookVisit.errors[0].message).toMatch(/[\u0600-\u06FF]/);
  });
});
