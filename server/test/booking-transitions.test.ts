import { signInAs } from './auth';
import { book, insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

// The status is named in the reader's words, never as its enum value.
const STATUS_AR: Record<string, string> = { PENDING: 'بانتظار التأكيد', CONFIRMED: 'مؤكد', COMPLETED: 'مكتمل', CANCELLED: 'ملغى', NO_SHOW: 'لم يحضر العميل', EXPIRED: 'منتهي' };

const STATUSES = ['PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'EXPIRED'] as const;

const mutation = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { booking { id status version } errors { code message field } } }`;

/** Each action by the salon, the statuses it may start from, the status it leads to, and its input. */
const ACTIONS = [
  { name: 'confirmBooking', from: ['PENDING'], to: 'CONFIRMED', input: {} },
  { name: 'cancelBooking', from: ['PENDING', 'CONFIRMED'], to: 'CANCELLED', input: { reason: 'Stylist is ill' } },
  { name: 'completeBooking', from: ['CONFIRMED'], to: 'COMPLETED', input: {} },
  { name: 'markNoShow', from: ['CONFIRMED'], to: 'NO_SHOW', input: {} },
  // A move keeps the status; the new time is the next day, free and offered.
  { name: 'rescheduleBooking', from: ['PENDING', 'CONFIRMED'], to: null, input: { startsAt: '2026-12-11T07:00:00.000Z' } },
];

describe('every status against every action', () => {
  let t: TestServer;
  let s: Stage;
  let manager: string;
  let customerId: string;
  // Ten minutes after the start: late enough to complete, and the salon may act at any time.
  const clock = testClock(new Date('2026-12-10T07:10:00Z'));
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    manager = await signInAs(t, '+966500000001');
    customerId = (await newCustomer(t)).id;
  });
  afterAll(() => t.stop());

  for (const action of ACTIONS) {
    for (const status of STATUSES) {
      const allowed = action.from.includes(status);
      it(`${action.name} from ${status}: ${allowed ? `becomes ${action.to ?? status}` : 'INVALID_TRANSITION naming the status'}`, async () => {
        await sql(t, 'delete from notifications; delete from booking_events; delete from bookings');
        const id = await insertBooking(t, s, customerId, status);
        const res = await t.gql(mutation(action.name), { input: { bookingId: id, ...action.input } }, { token: manager });
        const payload = res.data[action.name];
        const [row] = await sql(t, 'select status, version from bookings where id = $1', [id]);
        const events = await sql(t, 'select from_status, to_status, actor_id from booking_events where booking_id = $1', [id]);
        if (allowed) {
          expect(payload.errors).toEqual([]);
          expect(payload.booking).toMatchObject({ id, status: action.to ?? status, version: 2 });
          expect(row).toEqual({ status: action.to ?? status, version: 2 });
          expect(events).toEqual([{ from_status: status, to_status: action.to ?? status, actor_id: expect.any(String) }]);
        } else {
          expect(payload.booking).toBeNull();
          expect(payload.errors).toEqual([{ code: 'INVALID_TRANSITION', message: `حالة هذا الحجز: ${STATUS_AR[status]}، ولا يمكن تغييره بهذه الطريقة. حدّث الصفحة لترى الإجراءات المتاحة الآن.`, field: ['input', 'bookingId'] }]);
          expect(row).toEqual({ status, version: 1 });
          expect(events).toEqual([]);
        }
      });
    }
  }
});

describe('who may do what with a booking', () => {
  let t: TestServer;
  let s: Stage;
  let bookingId: string;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    const owner = await newCustomer(t);
    tokens.owner = owner.token;
    tokens.otherCustomer = (await newCustomer(t)).token;
    tokens.staff = await signInAs(t, '+966500000003');
    tokens.manager = await signInAs(t, '+966500000001');
    tokens.otherManager = await signInAs(t, '+966500000101');
    const [elsewhere] = await sql(t, 'select u.phone_number from staff_members sm join users u on u.id = sm.user_id where sm.salon_id <> $1 limit 1', [s.salonId]);
    tokens.otherStaff = await signInAs(t, elsewhere.phone_number);
    bookingId = (await book(t, owner.token, s)).booking.id;
  });
  afterAll(() => t.stop());

  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code ?? 'OK';
  const act = (name: string, who: string | null, input: Record<string, unknown> = {}) =>
    t.gql(mutation(name), { input: { bookingId, ...input } }, who ? { token: tokens[who] } : {});

  it('lets only the salon confirm, complete and mark no-shows', async () => {
    for (const name of ['confirmBooking', 'completeBooking', 'markNoShow']) {
      for (const who of ['owner', 'otherCustomer', 'otherStaff', 'otherManager']) expect([name, who, code(await act(name, who))]).toEqual([name, who, 'FORBIDDEN']);
      expect([name, code(await act(name, null))]).toEqual([name, 'UNAUTHENTICATED']);
    }
  });

  it('lets only the customer and the salon cancel or move it', async () => {
    for (const [name, input] of [['cancelBooking', { reason: 'x' }], ['rescheduleBooking', { startsAt: '2026-12-11T07:00:00.000Z' }]] as const) {
      for (const who of ['otherCustomer', 'otherStaff', 'otherManager']) expect([name, who, code(await act(name, who, input))]).toEqual([name, who, 'FORBIDDEN']);
      expect([name, code(await act(name, null, input))]).toEqual([name, 'UNAUTHENTICATED']);
    }
    expect((await sql(t, 'select status, starts_at from bookings where id = $1', [bookingId]))[0]).toEqual({ status: 'CONFIRMED', starts_at: new Date(s.startsAt) });
  });

  it('shows it to its customer and its salon only, and the calendar to the salon only', async () => {
    const READ = 'query($id: ID!) { booking(id: $id) { id status events { toStatus } } }';
    for (const who of ['owner', 'staff', 'manager']) expect((await t.gql(READ, { id: bookingId }, { token: tokens[who] })).data.booking.id).toBe(bookingId);
    for (const who of ['otherCustomer', 'otherStaff', 'otherManager']) expect([who, code(await t.gql(READ, { id: bookingId }, { token: tokens[who] }))]).toEqual([who, 'FORBIDDEN']);
    const CAL = 'query($s: ID!) { salonBookings(salonId: $s, from: "2026-12-10T00:00:00Z", to: "2026-12-11T00:00:00Z") { id } }';
    for (const who of ['staff', 'manager']) expect((await t.gql(CAL, { s: s.salonId }, { token: tokens[who] })).data.salonBookings).toEqual([{ id: bookingId }]);
    for (const who of ['owner', 'otherStaff', 'otherManager']) expect([who, code(await t.gql(CAL, { s: s.salonId }, { token: tokens[who] }))]).toEqual([who, 'FORBIDDEN']);
    expect(code(await t.gql('{ myBookings { edges { node { id } } } }'))).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ myBookings { edges { node { id } } } }', {}, { token: tokens.otherCustomer })).data.myBookings.edges).toEqual([]);
  });

  it('lets only the customer review it', async () => {
    const REVIEW = 'mutation($input: CreateReviewInput!) { createReview(input: $input) { errors { code } } }';
    for (const who of ['otherCustomer', 'staff', 'manager']) expect([who, code(await t.gql(REVIEW, { input: { bookingId, rating: 5 } }, { token: tokens[who] }))]).toEqual([who, 'FORBIDDEN']);
  });

  it('refuses a booking id that does not exist as it refuses a stranger', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(code(await t.gql(mutation('cancelBooking'), { input: { bookingId: missing } }, { token: tokens.owner }))).toBe('FORBIDDEN');
    // booking(id) answers an unknown id, a malformed one and someone else's the same way, so ids cannot be probed.
    const READ = 'query($id: ID!) { booking(id: $id) { id } }';
    const answer = async (id: string) => {
      const res = await t.gql(READ, { id }, { token: tokens.otherCustomer, headers: { 'accept-language': 'en' } });
      return { status: res.status, data: res.data, errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })) };
    };
    const stranger = await answer(bookingId);
    expect(stranger.errors?.[0].code).toBe('FORBIDDEN');
    expect(await answer(missing)).toEqual(stranger);
    expect(await answer('not-a-uuid')).toEqual(stranger);
  });

  it('lets the salon move a booking after the customer\'s cut-off', async () => {
    clock.set(new Date(new Date(s.startsAt).getTime() - 30 * 60_000));
    const manager = await signInAs(t, '+966500000001');
    const owner = await signInAs(t, (await sql(t, 'select u.phone_number from bookings b join users u on u.id = b.customer_id where b.id = $1', [bookingId]))[0].phone_number);
    const byCustomer = await t.gql(mutation('rescheduleBooking'), { input: { bookingId, startsAt: '2026-12-11T07:00:00.000Z' } }, { token: owner });
    expect(byCustomer.data.rescheduleBooking.errors[0].code).toBe('CANCELLATION_WINDOW_PASSED');
    const bySalon = await t.gql(mutation('rescheduleBooking'), { input: { bookingId, startsAt: '2026-12-11T07:00:00.000Z' } }, { token: manager });
    expect(bySalon.data.rescheduleBooking).toMatchObject({ booking: { status: 'CONFIRMED' }, errors: [] });
  });
});
