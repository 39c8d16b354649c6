import { randomUUID } from 'node:crypto';
import { runJobsOnce } from '../src/jobs';
import { signInAs } from './auth';
import { book, CREATE, insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const action = (name: string, fields = 'booking { id status } errors { code message field }') =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${fields} } }`;

describe('booking lifecycle', () => {
  let t: TestServer;
  let s: Stage;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  // Tokens are signed at the test clock, so they are fetched again whenever a test moves it.
  let manager: string;
  let staff: string;
  const customer = { id: '', token: '' };
  const other = { id: '', token: '' };
  const signInAll = async () => {
    manager = await signInAs(t, '+966500000001');
    staff = await signInAs(t, '+966500000003');
    customer.token = await signInAs(t, '+966511111111');
    other.token = await signInAs(t, '+966512222222');
  };
  const moveClock = async (to: Date) => {
    clock.set(to);
    await signInAll();
  };
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    customer.id = (await newCustomer(t, '+966511111111')).id;
    other.id = (await newCustomer(t, '+966512222222')).id;
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    await moveClock(new Date('2026-12-01T06:00:00Z'));
    await sql(t, 'delete from notifications; delete from booking_events; delete from reviews where booking_id is not null; delete from bookings');
    await sql(t, 'update salons set auto_confirm = true, requires_prepayment = false, cancellation_cutoff_hours = 2 where id = $1', [s.salonId]);
  });

  it('books with a price snapshot and confirms at once when the salon auto-confirms', async () => {
    const { booking, errors } = await book(t, customer.token, s);
    expect(errors).toEqual([]);
    expect(booking).toMatchObject({ status: 'CONFIRMED', startsAt: s.startsAt, holdExpiresAt: null, staff: { id: s.staffId } });
    const [service] = await sql(t, 'select price_halalas, duration_minutes, buffer_after_minutes from services where id = $1', [s.serviceId]);
    expect(booking.priceHalalas).toBe(service.price_halalas);
    expect(new Date(booking.blockedUntil).getTime() - new Date(booking.endsAt).getTime()).toBe(service.buffer_after_minutes * 60_000);
    await sql(t, 'update services set price_halalas = price_halalas + 1000 where id = $1', [s.serviceId]);
    const read = await t.gql('query($id: ID!) { booking(id: $id) { priceHalalas events { fromStatus toStatus } } }', { id: booking.id }, { token: customer.token });
    expect(read.data.booking).toEqual({ priceHalalas: service.price_halalas, events: [{ fromStatus: null, toStatus: 'CONFIRMED' }] });
    await sql(t, 'update services set price_halalas = price_halalas - 1000 where id = $1', [s.serviceId]);
  });

  it('runs the demo flow: book, staff confirm, both notified on the console, customer cancels inside the window', async () => {
    await sql(t, 'update salons set auto_confirm = false where id = $1', [s.salonId]);
    const { booking } = await book(t, customer.token, s);
    expect(booking.status).toBe('PENDING');
    const confirmed = await t.gql(action('confirmBooking'), { input: { bookingId: booking.id } }, { token: staff });
    expect(confirmed.data.confirmBooking).toEqual({ booking: { id: booking.id, status: 'CONFIRMED' }, errors: [] });
    await runJobsOnce(t.app);
    const sent = t.logs.filter((l) => l.event === 'notification.console');
    const customerLines = sent.filter((l) => l.phoneNumber === '+966511111111');
    const staffLines = sent.filter((l) => l.phoneNumber === '+966500000003');
    expect(customerLines.map((l) => l.text)).toEqual(expect.arrayContaining([expect.stringContaining('تم تأكيد حجزك')]));
    expect(staffLines.length).toBeGreaterThanOrEqual(2);
    const cancelled = await t.gql(action('cancelBooking'), { input: { bookingId: booking.id } }, { token: customer.token });
    expect(cancelled.data.cancelBooking.booking.status).toBe('CANCELLED');
    await runJobsOnce(t.app);
    expect(t.logs.some((l) => l.event === 'notification.console' && l.phoneNumber === '+966511111111' && l.text.includes('إلغاء'))).toBe(true);
    const [row] = await sql(t, 'select cancelled_at, cancelled_by_id from bookings where id = $1', [booking.id]);
    expect(row.cancelled_by_id).toBe(customer.id);
  });

  it('replays the same idempotency key to the same booking, and refuses the key with different input', async () => {
    const key = randomUUID();
    const first = await book(t, customer.token, s, { idempotencyKey: key });
    const again = await book(t, customer.token, s, { idempotencyKey: key });
    expect(again.booking.id).toBe(first.booking.id);
    const changed = await book(t, customer.token, s, { idempotencyKey: key, notes: 'different' });
    expect(changed.errors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await sql(t, 'select count(*)::int as n from bookings'))[0].n).toBe(1);
  });

  it('refuses a taken time, a time off the grid, an overlapping second booking of the same customer, and staff who do not offer the service', async () => {
    await book(t, customer.token, s);
    const taken = await book(t, other.token, s);
    expect(taken.errors).toEqual([{ code: 'SLOT_UNAVAILABLE', message: 'عذرًا، تم حجز هذا الوقت للتو. يرجى اختيار وقت آخر.', field: ['input', 'startsAt'] }]);
    expect((await book(t, other.token, s, { startsAt: '2026-12-10T07:07:00.000Z' })).errors[0].code).toBe('SLOT_UNAVAILABLE');
    expect((await book(t, customer.token, s, { staffId: s.otherStaffId })).errors[0].code).toBe('CUSTOMER_OVERLAP');
    const [{ id: strangerStaff }] = await sql(t, "select id from staff_members where salon_id <> $1 limit 1", [s.salonId]);
    expect((await book(t, other.token, s, { staffId: strangerStaff })).errors[0].code).toBe('STAFF_UNAVAILABLE');
    await sql(t, "update users set is_phone_verified = false where id = $1", [other.id]);
    expect((await book(t, other.token, s, { startsAt: '2026-12-10T09:00:00.000Z' })).errors[0].code).toBe('PHONE_NOT_VERIFIED');
    await sql(t, "update users set is_phone_verified = true where id = $1", [other.id]);
  });

  it('lets customers cancel and reschedule only until the cut-off; the salon any time, with a reason', async () => {
    const { booking } = await book(t, customer.token, s);
    await moveClock(new Date(new Date(s.startsAt).getTime() - 90 * 60_000));
    const late = await t.gql(action('cancelBooking'), { input: { bookingId: booking.id } }, { token: customer.token, headers: { 'accept-language': 'en' } });
    expect(late.data.cancelBooking.errors[0].code).toBe('CANCELLATION_WINDOW_PASSED');
    expect((await t.gql(action('rescheduleBooking'), { input: { bookingId: booking.id, startsAt: '2026-12-10T12:00:00.000Z' } }, { token: customer.token })).data.rescheduleBooking.errors[0].code).toBe('CANCELLATION_WINDOW_PASSED');
    const noReason = await t.gql(action('cancelBooking'), { input: { bookingId: booking.id } }, { token: manager });
    expect(noReason.data.cancelBooking.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'reason'] });
    const bySalon = await t.gql(action('cancelBooking'), { input: { bookingId: booking.id, reason: 'Stylist is ill' } }, { token: manager });
    expect(bySalon.data.cancelBooking.booking.status).toBe('CANCELLED');
    const twice = await t.gql(action('cancelBooking'), { input: { bookingId: booking.id, reason: 'again' } }, { token: manager });
    expect(twice.data.cancelBooking.errors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('ملغى') });
  });

  it('completes or marks no-show only after the start, from CONFIRMED, by the salon', async () => {
    const { booking } = await book(t, customer.token, s);
    const early = await t.gql(action('completeBooking'), { input: { bookingId: booking.id } }, { token: staff });
    expect(early.data.completeBooking.errors[0].code).toBe('INVALID_TRANSITION');
    await moveClock(new Date(new Date(s.startsAt).getTime() + 10 * 60_000));
    expect((await t.gql(action('completeBooking'), { input: { bookingId: booking.id } }, { token: customer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const done = await t.gql(action('completeBooking'), { input: { bookingId: booking.id } }, { token: staff });
    expect(done.data.completeBooking.booking.status).toBe('COMPLETED');
    expect((await t.gql(action('markNoShow'), { input: { bookingId: booking.id } }, { token: staff })).data.markNoShow.errors[0].code).toBe('INVALID_TRANSITION');
    const second = await book(t, customer.token, s, { startsAt: '2026-12-10T09:00:00.000Z' });
    await moveClock(new Date('2026-12-10T09:05:00.000Z'));
    expect((await t.gql(action('markNoShow'), { input: { bookingId: second.booking.id } }, { token: manager })).data.markNoShow.booking.status).toBe('NO_SHOW');
  });

  it('takes one review per completed booking and updates the salon rating in the same transaction', async () => {
    const { booking } = await book(t, customer.token, s);
    const REVIEW = action('createReview', 'review { rating comment customer { firstName } } errors { code field }');
    expect((await t.gql(REVIEW, { input: { bookingId: booking.id, rating: 5 } }, { token: customer.token })).data.createReview.errors[0].code).toBe('INVALID_TRANSITION');
    await moveClock(new Date(new Date(s.startsAt).getTime() + 60 * 60_000));
    await t.gql(action('completeBooking'), { input: { bookingId: booking.id } }, { token: staff });
    const before = (await sql(t, 'select review_count from salons where id = $1', [s.salonId]))[0].review_count;
    expect((await t.gql(REVIEW, { input: { bookingId: booking.id, rating: 6 } }, { token: customer.token })).data.createReview.errors[0].field).toEqual(['input', 'rating']);
    const ok = await t.gql(REVIEW, { input: { bookingId: booking.id, rating: 4, comment: 'ممتاز' } }, { token: customer.token });
    expect(ok.data.createReview).toEqual({ review: { rating: 4, comment: 'ممتاز', customer: { firstName: 'Test' } }, errors: [] });
    expect((await t.gql(REVIEW, { input: { bookingId: booking.id, rating: 4 } }, { token: customer.token })).data.createReview.errors[0].code).toBe('ALREADY_REVIEWED');
    expect((await t.gql(REVIEW, { input: { bookingId: booking.id, rating: 1 } }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [salon] = await sql(t, 'select review_count, rating_average from salons where id = $1', [s.salonId]);
    expect(salon.review_count).toBe(before + 1);
    const [{ avg }] = await sql(t, 'select round(avg(rating), 2) as avg from reviews where salon_id = $1', [s.salonId]);
    expect(salon.rating_average).toBe(avg);
    // The review says what it was about: the booking's service and stylist, in the salon's list too.
    const listed = await t.gql('query($id: ID!) { salon(id: $id) { reviews(first: 1) { edges { node { comment service { id } staff { id } } } } } }', { id: s.salonId });
    expect(listed.data.salon.reviews.edges[0].node).toEqual({ comment: 'ممتاز', service: { id: s.serviceId }, staff: { id: s.staffId } });
  });

  it('reschedules atomically: a taken time changes nothing; a free one moves the booking and frees the old time', async () => {
    const mine = await book(t, customer.token, s);
    const theirs = await book(t, other.token, s, { startsAt: '2026-12-10T09:00:00.000Z' });
    const RESCHEDULE = action('rescheduleBooking', 'booking { id startsAt staff { id } } errors { code }');
    const clash = await t.gql(RESCHEDULE, { input: { bookingId: mine.booking.id, startsAt: '2026-12-10T09:00:00.000Z' } }, { token: customer.token });
    expect(clash.data.rescheduleBooking.errors[0].code).toBe('SLOT_UNAVAILABLE');
    expect((await sql(t, 'select starts_at from bookings where id = $1', [mine.booking.id]))[0].starts_at.toISOString()).toBe(s.startsAt);
    const moved = await t.gql(RESCHEDULE, { input: { bookingId: mine.booking.id, startsAt: '2026-12-10T11:00:00.000Z', staffId: s.otherStaffId } }, { token: customer.token });
    expect(moved.data.rescheduleBooking.booking).toEqual({ id: mine.booking.id, startsAt: '2026-12-10T11:00:00.000Z', staff: { id: s.otherStaffId } });
    // The old time is free for someone else now.
    expect((await book(t, other.token, s, { startsAt: s.startsAt, staffId: s.staffId })).errors).toEqual([]);
    expect(theirs.errors).toEqual([]);
    // It changed hands: the customer hears the new time, the new stylist of a new booking, the previous one that it left.
    const told = await sql(t, "select event, count(*)::int as n from notifications where booking_id = $1 and event in ('RESCHEDULED', 'REASSIGNED') group by event order by event", [mine.booking.id]);
    expect(told).toEqual([{ event: 'REASSIGNED', n: 1 }, { event: 'RESCHEDULED', n: 1 }]);
  });

  it('guards reads: the customer and the salon only', async () => {
    const { booking } = await book(t, customer.token, s);
    const READ = 'query($id: ID!) { booking(id: $id) { id customerPhoneNumber } }';
    expect((await t.gql(READ, { id: booking.id }, { token: customer.token })).data.booking.customerPhoneNumber).toBe('+966511111111');
    expect((await t.gql(READ, { id: booking.id }, { token: staff })).data.booking.id).toBe(booking.id);
    expect((await t.gql(READ, { id: booking.id }, { token: manager })).data.booking.id).toBe(booking.id);
    const stranger = await t.gql(READ, { id: booking.id }, { token: other.token });
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(stranger.data.booking).toBeNull();
    const otherManager = await signInAs(t, '+966500000101');
    expect((await t.gql(READ, { id: booking.id }, { token: otherManager })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(READ, { id: booking.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(action('confirmBooking'), { input: { bookingId: booking.id } }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(action('cancelBooking'), { input: { bookingId: booking.id } }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lists my bookings and the salon calendar', async () => {
    await book(t, customer.token, s);
    await book(t, customer.token, s, { startsAt: '2026-12-11T07:00:00.000Z' });
    const mine = await t.gql('{ myBookings(filter: { upcoming: true }, first: 1) { edges { node { startsAt } } pageInfo { hasNextPage endCursor } } }', {}, { token: customer.token });
    expect(mine.data.myBookings.edges[0].node.startsAt).toBe(s.startsAt);
    const next = await t.gql('query($a: String) { myBookings(filter: { upcoming: true }, first: 5, after: $a) { edges { node { startsAt } } } }', { a: mine.data.myBookings.pageInfo.endCursor }, { token: customer.token });
    expect(next.data.myBookings.edges.map((e: any) => e.node.startsAt)).toEqual(['2026-12-11T07:00:00.000Z']);
    const CAL = 'query($s: ID!, $f: DateTime!, $t: DateTime!) { salonBookings(salonId: $s, from: $f, to: $t) { startsAt customer { firstName } service { name } } }';
    const cal = await t.gql(CAL, { s: s.salonId, f: '2026-12-10T00:00:00Z', t: '2026-12-12T00:00:00Z' }, { token: staff });
    expect(cal.data.salonBookings).toHaveLength(2);
    expect((await t.gql(CAL, { s: s.salonId, f: '2026-12-10T00:00:00Z', t: '2026-12-12T00:00:00Z' }, { token: customer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reading bookings in batches', () => {
  let t: TestServer;
  let s: Stage;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: testClock(new Date('2026-12-01T06:00:00Z')).now } });
    s = await stage(t, 'Rose Touch Salon');
  });
  afterAll(() => t.stop());

  it('runs the same number of SQL statements for 3 and 12 bookings with everything nested', async () => {
    const customer = await newCustomer(t);
    for (let day = 0; day < 12; day++) {
      await insertBooking(t, s, customer.id, 'CONFIRMED', `2026-12-${String(10 + day).padStart(2, '0')}T07:00:00.000Z`, day % 2 ? s.otherStaffId : s.staffId);
    }
    const query = `query($n: Int) { myBookings(first: $n) { edges { node { id cancellableUntil customerPhoneNumber
      salon { name } service { name } staff { displayName } customer { firstName } events { toStatus } } } } }`;
    const counts: number[] = [];
    for (const n of [3, 12]) {
      const res = await t.gql(query, { n }, { token: customer.token });
      expect(res.errors).toBeUndefined();
      expect(res.data.myBookings.edges).toHaveLength(n);
      counts.push(Number(res.headers.get('x-sql-statements')));
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(10);
  });
});

describe('holds while a prepayment is awaited', () => {
  let t: TestServer;
  let s: Stage;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Elite Barbers');
  });
  afterAll(() => t.stop());

  it('holds the slot for 10 minutes; once the hold lapses the slot is free and the sweeper expires it', async () => {
    const a = await newCustomer(t);
    const b = await newCustomer(t);
    const held = await book(t, a.token, s);
    expect(held.booking.status).toBe('PENDING');
    expect(new Date(held.booking.holdExpiresAt).getTime() - clock.now().getTime()).toBe(10 * 60_000);
    expect((await book(t, b.token, s)).errors[0].code).toBe('SLOT_UNAVAILABLE');
    clock.advance(10 * 60_000 + 1000);
    const slots = await t.gql('query($i: AvailableSlotsInput!) { availableSlots(input: $i) { startsAt } }', { i: { serviceId: s.serviceId, date: '2026-12-10', staffId: s.staffId } });
    expect(slots.data.availableSlots.map((x: any) => x.startsAt)).toContain(s.startsAt);
    const second = await book(t, b.token, s);
    expect(second.errors).toEqual([]);
    const [old] = await sql(t, 'select status from bookings where id = $1', [held.booking.id]);
    expect(old.status).toBe('EXPIRED');
    expect((await sql(t, "select count(*)::int as n from booking_events where booking_id = $1 and to_status = 'EXPIRED'", [held.booking.id]))[0].n).toBe(1);
  });

  it('sweeps lapsed holds in the background job too', async () => {
    const c = await newCustomer(t);
    const held = await book(t, c.token, s, { startsAt: '2026-12-10T12:00:00.000Z' });
    clock.advance(11 * 60_000);
    const run = await runJobsOnce(t.app);
    expect(run.expiredHolds).toBeGreaterThanOrEqual(1);
    expect((await sql(t, 'select status from bookings where id = $1', [held.booking.id]))[0].status).toBe('EXPIRED');
  });
});

describe('the database guarantee', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
  });
  afterAll(() => t.stop());

  it('refuses two overlapping live bookings of one staff member even when written straight to the table', async () => {
    const [svc] = await sql(t, 'select sv.id, sv.salon_id, ss.staff_member_id from services sv join staff_member_services ss on ss.service_id = sv.id limit 1');
    const [u1] = await sql(t, "select id from users where phone_number = '+966500000002'");
    const [u2] = await sql(t, "select id from users where phone_number = '+966500000001'");
    const insert = (customer: string, start: string, end: string, status = 'CONFIRMED') => sql(t, `insert into bookings (id, created_at, updated_at, salon_id, service_id, staff_id, customer_id, starts_at, ends_at, blocked_until, price_halalas, currency, status, idempotency_key, request_fingerprint)
      values (gen_random_uuid(), now(), now(), $1, $2, $3, $4, $5, $6, $6, 100, 'SAR', $7, gen_random_uuid()::text, 'x')`, [svc.salon_id, svc.id, svc.staff_member_id, customer, start, end, status]);
    await insert(u1.id, '2027-01-01T10:00:00Z', '2027-01-01T11:00:00Z');
    await expect(insert(u2.id, '2027-01-01T10:30:00Z', '2027-01-01T11:30:00Z')).rejects.toThrow(/bookings_no_staff_overlap/);
    await insert(u2.id, '2027-01-01T11:00:00Z', '2027-01-01T12:00:00Z');
    await insert(u2.id, '2027-01-01T10:30:00Z', '2027-01-01T10:45:00Z', 'CANCELLED');
  });
});
