import { signInAs } from './auth';
import { insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const CHECK_IN = `mutation($input: CheckInBookingInput!) { checkInBooking(input: $input) {
  booking { id status checkedInAt version events { fromStatus toStatus reason } } errors { code message field } } }`;
const CALENDAR = `query($salonId: ID!, $date: Date!) { salonCalendar(salonId: $salonId, date: $date) {
  columns { staff { id } bookings { id status checkedInAt } } } }`;

describe('checking a customer in (arrived) from the calendar', () => {
  let t: TestServer;
  let s: Stage;
  const as: Record<string, string> = {};
  // Thursday 10 December 2026, 08:00 in Riyadh; the stage's booking time is 10:00 that day.
  const clock = testClock(new Date('2026-12-10T05:00:00Z'));
  let customer: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    customer = await newCustomer(t);
    const phones = { manager: '+966500000001', receptionist: '+966500000004', staff: '+966500000003', otherManager: '+966500000101' };
    for (const [name, phone] of Object.entries(phones)) as[name] = await signInAs(t, phone);
  });
  afterAll(() => t.stop());

  const checkIn = async (bookingId: string, token?: string, expectedVersion?: number) =>
    t.gql(CHECK_IN, { input: { bookingId, ...(expectedVersion ? { expectedVersion } : {}) } }, { token });

  it('records the arrival once, with an audit event, and shows it in the calendar', async () => {
    const id = await insertBooking(t, s, customer.id, 'CONFIRMED');
    const res = await checkIn(id, as.staff);
    expect(res.data.checkInBooking.errors).toEqual([]);
    expect(res.data.checkInBooking.booking).toMatchObject({ status: 'CONFIRMED', checkedInAt: '2026-12-10T05:00:00.000Z' });
    expect(res.data.checkInBooking.booking.events.at(-1)).toEqual({ fromStatus: 'CONFIRMED', toStatus: 'CONFIRMED', reason: 'checked in' });

    clock.advance(60_000);
    const again = await checkIn(id, as.manager);
    expect(again.data.checkInBooking.booking.checkedInAt).toBe('2026-12-10T05:00:00.000Z');
    const [{ n }] = await sql(t, "select count(*)::int as n from booking_events where booking_id = $1 and reason = 'checked in'", [id]);
    expect(n).toBe(1);
    const [{ actor_id }] = await sql(t, "select actor_id from booking_events where booking_id = $1 and reason = 'checked in'", [id]);
    expect(actor_id).toBe((await sql(t, "select id from users where phone_number = '+966500000003'"))[0].id);

    const cal = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-10' }, { token: as.receptionist });
    const block = cal.data.salonCalendar.columns.flatMap((c: { bookings: { id: string }[] }) => c.bookings).find((b: { id: string }) => b.id === id);
    expect(block).toEqual({ id, status: 'CONFIRMED', checkedInAt: '2026-12-10T05:00:00.000Z' });
  });

  it('lets the receptionist check in, and refuses a stale version', async () => {
    const id = await insertBooking(t, s, customer.id, 'CONFIRMED', '2026-12-10T09:00:00Z');
    expect((await checkIn(id, as.receptionist, 99)).data.checkInBooking.errors[0].code).toBe('BOOKING_CHANGED');
    expect((await checkIn(id, as.receptionist)).data.checkInBooking.booking.checkedInAt).toBe(clock.now().toISOString());
  });

  it('refuses what cannot have arrived: a pending or finished booking, or one on a later day', async () => {
    const pending = await insertBooking(t, s, customer.id, 'PENDING', '2026-12-10T11:00:00Z');
    expect((await checkIn(pending, as.staff)).data.checkInBooking.errors).toEqual([{ code: 'INVALID_TRANSITION', message: expect.any(String), field: ['input', 'bookingId'] }]);
    const cancelled = await insertBooking(t, s, customer.id, 'CANCELLED', '2026-12-10T12:00:00Z');
    expect((await checkIn(cancelled, as.staff)).data.checkInBooking.errors[0].code).toBe('INVALID_TRANSITION');
    // 00:30 on Friday in Riyadh is already tomorrow there, though it is still Thursday in UTC.
    const tomorrow = await insertBooking(t, s, customer.id, 'CONFIRMED', '2026-12-10T21:30:00Z');
    // The stylist signed in with Arabic as her language.
    const early = await checkIn(tomorrow, as.staff);
    expect(early.data.checkInBooking.errors).toEqual([{ code: 'INVALID_TRANSITION', message: 'يُسجَّل حضور العميل في يوم حجزه. سجّل حضوره في ذلك اليوم.', field: ['input', 'bookingId'] }]);
    expect((await sql(t, 'select checked_in_at from bookings where id = $1', [tomorrow]))[0].checked_in_at).toBeNull();
  });

  it('is for the salon\'s side only: the customer, another salon\'s manager and strangers are refused', async () => {
    const id = await insertBooking(t, s, customer.id, 'CONFIRMED', '2026-12-10T13:00:00Z');
    const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0].extensions?.code;
    expect(code(await checkIn(id, customer.token))).toBe('FORBIDDEN');
    expect(code(await checkIn(id, as.otherManager))).toBe('FORBIDDEN');
    expect(code(await checkIn(id))).toBe('UNAUTHENTICATED');
    expect(code(await checkIn('00000000-0000-4000-8000-000000000000', as.manager))).toBe('FORBIDDEN');
    expect((await sql(t, 'select checked_in_at from bookings where id = $1', [id]))[0].checked_in_at).toBeNull();
  });
});
