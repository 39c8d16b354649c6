import { signInAs } from './auth';
import { insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const CALENDAR = `query($salonId: ID!, $date: Date!, $days: Int, $staffId: ID, $includeCancelled: Boolean) {
  salonCalendar(salonId: $salonId, date: $date, days: $days, staffId: $staffId, includeCancelled: $includeCancelled) {
    salonId timeZone slotIntervalMinutes now startsAt endsAt
    days { date startsAt endsAt closed closureReason }
    columns { staff { id displayName } workingHours { startsAt endsAt } timeOff { startsAt endsAt reason }
      bookings { id status startsAt blockedUntil customer { firstName } customerPhoneNumber service { name } } }
  } }`;

describe('salonCalendar: the salon day as a time grid', () => {
  let t: TestServer;
  let s: Stage;
  let manager: string;
  let stylist: string;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    manager = await signInAs(t, '+966500000001');
    stylist = await signInAs(t, '+966500000003');
    const customer = await newCustomer(t, '+966513333333');
    // Wednesday 9 December in Riyadh (UTC+3) runs from 2026-12-08T21:00Z to 2026-12-09T21:00Z.
    ids.morning = await insertBooking(t, s, customer.id, 'CONFIRMED', '2026-12-09T07:00:00Z');
    ids.lateEvening = await insertBooking(t, s, customer.id, 'PENDING', '2026-12-09T20:00:00Z', s.otherStaffId);
    ids.thursdayNight = await insertBooking(t, s, customer.id, 'CONFIRMED', '2026-12-09T22:00:00Z');
    ids.cancelled = await insertBooking(t, s, customer.id, 'CANCELLED', '2026-12-09T09:00:00Z');
    // A lunch break on Wednesdays, time off for the other stylist, and the salon closed on Thursday.
    await sql(t, "delete from weekly_hours where staff_id = $1 and weekday = 3", [s.staffId]);
    await sql(t, "insert into weekly_hours (id, created_at, updated_at, staff_id, weekday, start_time, end_time) values (gen_random_uuid(), now(), now(), $1, 3, '09:00', '13:00'), (gen_random_uuid(), now(), now(), $1, 3, '14:00', '18:00')", [s.staffId]);
    await sql(t, "insert into time_off (id, created_at, updated_at, staff_id, starts_at, ends_at, reason) values (gen_random_uuid(), now(), now(), $1, '2026-12-09T10:00:00Z', '2026-12-09T12:00:00Z', 'Dentist')", [s.otherStaffId]);
    await sql(t, "insert into salon_closures (id, created_at, updated_at, salon_id, start_date, end_date, reason) values (gen_random_uuid(), now(), now(), $1, '2026-12-10', '2026-12-10', 'National Day')", [s.salonId]);
  });
  afterAll(() => t.stop());

  const column = (data: any, staffId: string) => data.salonCalendar.columns.find((c: any) => c.staff.id === staffId);

  it("gives managers every stylist's column for the salon's own day, not a 48-hour window", async () => {
    const res = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09' }, { token: manager });
    expect(res.errors).toBeUndefined();
    const cal = res.data.salonCalendar;
    expect(cal).toMatchObject({ timeZone: 'Asia/Riyadh', slotIntervalMinutes: 15, now: '2026-12-01T06:00:00.000Z', startsAt: '2026-12-08T21:00:00.000Z', endsAt: '2026-12-09T21:00:00.000Z' });
    expect(cal.days).toEqual([{ date: '2026-12-09', startsAt: '2026-12-08T21:00:00.000Z', endsAt: '2026-12-09T21:00:00.000Z', closed: false, closureReason: '' }]);
    const [activeStaff] = await sql(t, 'select count(*)::int as n from staff_members where salon_id = $1 and is_active', [s.salonId]);
    expect(cal.columns).toHaveLength(activeStaff.n);

    const mine = column(res.data, s.staffId);
    // 01:00 on Thursday belongs to Thursday; the cancelled booking is left out unless asked for.
    expect(mine.bookings.map((b: any) => b.id)).toEqual([ids.morning]);
    expect(mine.bookings[0]).toMatchObject({ status: 'CONFIRMED', customer: { firstName: 'Test' }, customerPhoneNumber: '+966513333333' });
    expect(mine.workingHours).toEqual([
      { startsAt: '2026-12-09T06:00:00.000Z', endsAt: '2026-12-09T10:00:00.000Z' },
      { startsAt: '2026-12-09T11:00:00.000Z', endsAt: '2026-12-09T15:00:00.000Z' },
    ]);
    const other = column(res.data, s.otherStaffId);
    expect(other.bookings.map((b: any) => b.id)).toEqual([ids.lateEvening]);
    expect(other.timeOff).toEqual([{ startsAt: '2026-12-09T10:00:00.000Z', endsAt: '2026-12-09T12:00:00.000Z', reason: 'Dentist' }]);

    const withCancelled = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09', includeCancelled: true }, { token: manager });
    expect(column(withCancelled.data, s.staffId).bookings.map((b: any) => b.id)).toEqual([ids.morning, ids.cancelled]);
  });

  it('shows a week for one stylist, with closed days and no working hours on them', async () => {
    const res = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09', days: 7, staffId: s.staffId }, { token: manager });
    expect(res.errors).toBeUndefined();
    const cal = res.data.salonCalendar;
    expect(cal.days.map((d: any) => d.date)).toEqual(['2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14', '2026-12-15']);
    expect(cal.days[1]).toMatchObject({ closed: true, closureReason: 'National Day' });
    expect(cal.columns.map((c: any) => c.staff.id)).toEqual([s.staffId]);
    const hours = cal.columns[0].workingHours.map((h: any) => h.startsAt.slice(0, 10));
    expect(hours).not.toContain('2026-12-10');
    expect(hours.filter((d: string) => d === '2026-12-11')).toHaveLength(1);
    expect(cal.columns[0].bookings.map((b: any) => b.id)).toEqual([ids.morning, ids.thursdayNight]);
  });

  it('shows staff their own column only, and refuses them anyone else', async () => {
    const res = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09' }, { token: stylist });
    expect(res.errors).toBeUndefined();
    expect(res.data.salonCalendar.columns.map((c: any) => c.staff.id)).toEqual([s.staffId]);
    const own = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09', staffId: s.staffId }, { token: stylist });
    expect(own.data.salonCalendar.columns).toHaveLength(1);
    const theirs = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09', staffId: s.otherStaffId }, { token: stylist });
    expect(theirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(theirs.data).toBeNull();
  });

  it("refuses another salon's manager and staff, customers and strangers (IDOR)", async () => {
    const [elite] = await sql(t, "select s.id, u.phone_number from salons s join staff_members sm on sm.salon_id = s.id join users u on u.id = sm.user_id where s.name_en = 'Elite Barbers' limit 1");
    const otherManager = await signInAs(t, '+966500000101');
    const otherStaff = await signInAs(t, elite.phone_number);
    const customer = await signInAs(t, '+966513333333');
    for (const token of [otherManager, otherStaff, customer]) {
      const res = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09' }, { token });
      expect(res.status).toBe(200);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // …and their own salon's calendar does not leak this salon's stylists either.
    const own = await t.gql(CALENDAR, { salonId: elite.id, date: '2026-12-09', staffId: s.staffId }, { token: otherManager });
    expect(own.data.salonCalendar.columns).toEqual([]);
    const anonymous = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const garbage = await t.gql(CALENDAR, { salonId: 'not-a-uuid', date: '2026-12-09' }, { token: manager });
    expect(garbage.status).toBe(200);
    expect(garbage.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a range outside 1–7 days and a malformed date with BAD_USER_INPUT', async () => {
    for (const variables of [{ days: 0 }, { days: 8 }, { date: '2026-13-01' }]) {
      const res = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09', ...variables }, { token: manager });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('costs the same number of SQL statements and round trips for one day and a week, one stylist or all', async () => {
    const counts: number[] = [];
    const trips: number[] = [];
    for (const variables of [{ days: 1, staffId: s.staffId }, { days: 7 }]) {
      const res = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-09', ...variables }, { token: manager });
      expect(res.errors).toBeUndefined();
      counts.push(Number(res.headers.get('x-sql-statements')));
      trips.push(Number(res.headers.get('x-sql-round-trips')));
    }
    expect(counts[0]).toBe(counts[1]);
    // Each level's reads travel together (db/statement-batch.ts): the permission's, the calendar's, the bookings'
    // fields'; the rest is the phone reads' audit entry (a write, in its own transaction). Was 11 round trips.
    expect(trips).toEqual([6, 6]);
  });
});
