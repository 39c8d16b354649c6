import { randomUUID } from 'node:crypto';
import { signInAs } from './auth';
import { CREATE, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const MANAGER = '+966500000001';
const OTHER_MANAGER = '+966500000101';
const STAFF = '+966500000003';

const SET_OPENING = 'mutation($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { salon { openingHours { weekday startTime endTime } } errors { code field } } }';
const SET_WEEK = 'mutation($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { staffMember { weeklyHours { weekday startTime endTime } } errors { code field } } }';
const ADD = `mutation($input: AddScheduleExceptionInput!) { addScheduleException(input: $input) {
  exception { id name startDate endDate calendar ranges { startTime endTime } } errors { code message field } } }`;
const UPDATE = 'mutation($input: UpdateScheduleExceptionInput!) { updateScheduleException(input: $input) { exception { id name startDate endDate ranges { startTime endTime } } errors { code field } } }';
const REMOVE = 'mutation($input: RemoveScheduleExceptionInput!) { removeScheduleException(input: $input) { removedExceptionId errors { code } } }';
const COPY = 'mutation($input: CopyScheduleExceptionsInput!) { copyScheduleExceptions(input: $input) { exceptions { name startDate endDate calendar ranges { startTime endTime } } errors { code field } } }';
const EXCEPTIONS = 'query($id: ID!, $year: Int!) { salon(id: $id) { scheduleExceptions(year: $year) { name startDate endDate } } }';
const SLOTS = 'query($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt } }';
const CALENDAR = `query($salonId: ID!, $date: Date!, $days: Int) { salonCalendar(salonId: $salonId, date: $date, days: $days) {
  days { date closed closureReason scheduleName } columns { staff { id } workingHours { startsAt endsAt } } } }`;

/** Local "HH:MM" in Riyadh (UTC+3, no daylight saving). */
const riyadh = (iso: string) => new Date(new Date(iso).getTime() + 3 * 3600_000).toISOString().slice(11, 16);

describe('opening hours, schedule exceptions and overnight ranges', () => {
  let t: TestServer;
  let s: Stage;
  const as: Record<string, string> = {};
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    await sql(t, 'delete from schedule_exceptions where salon_id = $1', [s.salonId]);
    for (const [name, phone] of Object.entries({ manager: MANAGER, other: OTHER_MANAGER, staff: STAFF })) as[name] = await signInAs(t, phone);
  });
  afterAll(() => t.stop());

  const slots = async (date: string, staffId = s.staffId) =>
    (await t.gql(SLOTS, { input: { serviceId: s.serviceId, staffId, date } })).data.availableSlots.map((x: { startsAt: string }) => riyadh(x.startsAt));
  const addException = async (input: Record<string, unknown>) => (await t.gql(ADD, { input: { salonId: s.salonId, ...input } }, { token: as.manager })).data.addScheduleException;

  describe('opening hours by weekday', () => {
    afterEach(() => t.gql(SET_OPENING, { input: { salonId: s.salonId, hours: [] } }, { token: as.manager }));

    it('keeps staff inside the salon\'s hours: availability is their intersection', async () => {
      // Staff work 09:00–18:00 every day; the salon opens 10:00–17:00 on Thursdays (10 December 2026).
      expect((await slots('2026-12-10'))[0]).toBe('09:00');
      const res = await t.gql(SET_OPENING, { input: { salonId: s.salonId, hours: [{ weekday: 'THURSDAY', startTime: '10:00', endTime: '17:00' }] } }, { token: as.manager });
      expect(res.data.setOpeningHours).toEqual({ salon: { openingHours: [{ weekday: 'THURSDAY', startTime: '10:00', endTime: '17:00' }] }, errors: [] });
      const thursday = await slots('2026-12-10');
      expect(thursday[0]).toBe('10:00');
      expect(new Date(`2026-12-10T${thursday.at(-1)}:00+03:00`).getTime()).toBeLessThan(new Date('2026-12-10T17:00:00+03:00').getTime());
      // A weekday without ranges is closed, once the salon keeps opening hours.
      expect(await slots('2026-12-11')).toEqual([]);
    });

    it('refuses malformed and overlapping weeks, naming the range, and changes nothing', async () => {
      const bad = async (hours: unknown[]) => (await t.gql(SET_OPENING, { input: { salonId: s.salonId, hours } }, { token: as.manager })).data.setOpeningHours.errors;
      expect(await bad([{ weekday: 'MONDAY', startTime: '9:00', endTime: '17:00' }])).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'hours', '0', 'startTime'] }]);
      expect(await bad([{ weekday: 'MONDAY', startTime: '24:00', endTime: '03:00' }])).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'hours', '0', 'startTime'] }]);
      expect(await bad([{ weekday: 'MONDAY', startTime: '10:00', endTime: '10:00' }])).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'hours', '0', 'endTime'] }]);
      // Sunday 20:00–03:00 reaches Monday 02:00.
      expect(await bad([{ weekday: 'MONDAY', startTime: '02:00', endTime: '12:00' }, { weekday: 'SUNDAY', startTime: '20:00', endTime: '03:00' }])).toEqual([{ code: 'OVERLAPPING_HOURS', field: ['input', 'hours', '1'] }]);
      expect((await sql(t, 'select count(*)::int as n from salon_opening_hours where salon_id = $1', [s.salonId]))[0].n).toBe(0);
    });
  });

  describe('ranges that cross midnight', () => {
    afterAll(() => stage(t, 'Rose Touch Salon'));

    it('accepts a staff night 20:00–03:00 and offers it on both dates, a service past midnight included', async () => {
      const res = await t.gql(SET_WEEK, { input: { staffMemberId: s.staffId, hours: [{ weekday: 'MONDAY', startTime: '20:00', endTime: '03:00' }] } }, { token: as.manager });
      expect(res.data.setWeeklyHours).toEqual({ staffMember: { weeklyHours: [{ weekday: 'MONDAY', startTime: '20:00', endTime: '03:00' }] }, errors: [] });
      const monday = await slots('2026-12-07');
      expect(monday[0]).toBe('20:00');
      expect(monday).toContain('23:45');
      const tuesday = await slots('2026-12-08');
      expect(tuesday[0]).toBe('00:00');
      expect(tuesday).not.toContain('03:00');
    });

    it('books a time after midnight, and refuses a second booking over it', async () => {
      const customer = await newCustomer(t);
      const startsAt = '2026-12-07T22:00:00.000Z'; // Tuesday 01:00 in Riyadh, from Monday's night
      const first = await t.gql(CREATE, { input: { serviceId: s.serviceId, staffId: s.staffId, startsAt, idempotencyKey: randomUUID() } }, { token: customer.token });
      expect(first.data.createBooking.errors).toEqual([]);
      expect(first.data.createBooking.booking.startsAt).toBe(startsAt);
      const other = await newCustomer(t);
      const second = await t.gql(CREATE, { input: { serviceId: s.serviceId, staffId: s.staffId, startsAt, idempotencyKey: randomUUID() } }, { token: other.token });
      expect(second.data.createBooking.errors[0].code).toBe('SLOT_UNAVAILABLE');
      expect(await slots('2026-12-08')).not.toContain('01:00');
      // Reminders count back from the instant: the two-hour one is due at 23:00 the evening before.
      const reminders = await sql(t, "select event, next_attempt_at from notifications where booking_id = $1 and event like 'REMINDER%' order by event", [first.data.createBooking.booking.id]);
      expect(reminders.map((r) => [r.event, new Date(r.next_attempt_at).toISOString()])).toEqual([
        ['REMINDER_24H', '2026-12-06T22:00:00.000Z'],
        ['REMINDER_2H', '2026-12-07T20:00:00.000Z'],
      ]);
    });

    it('shades the night in the calendar on both days, cut at local midnight', async () => {
      const res = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-07', days: 2 }, { token: as.manager });
      const mine = res.data.salonCalendar.columns.find((c: { staff: { id: string } }) => c.staff.id === s.staffId);
      expect(mine.workingHours).toEqual([
        { startsAt: '2026-12-07T17:00:00.000Z', endsAt: '2026-12-07T21:00:00.000Z' },
        { startsAt: '2026-12-07T21:00:00.000Z', endsAt: '2026-12-08T00:00:00.000Z' },
      ]);
      // Asked for Tuesday alone, the calendar still shows the small hours of Monday's night.
      const tuesday = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-08', days: 1 }, { token: as.manager });
      expect(tuesday.data.salonCalendar.columns.find((c: { staff: { id: string } }) => c.staff.id === s.staffId).workingHours)
        .toEqual([{ startsAt: '2026-12-07T21:00:00.000Z', endsAt: '2026-12-08T00:00:00.000Z' }]);
    });

    it('follows the clock change in a zone with daylight saving (New York, 14 March 2027)', async () => {
      await sql(t, "update salons set time_zone = 'America/New_York' where id = $1", [s.salonId]);
      await t.gql(SET_WEEK, { input: { staffMemberId: s.staffId, hours: [{ weekday: 'SATURDAY', startTime: '20:00', endTime: '03:00' }] } }, { token: as.manager });
      try {
        const res = await t.gql(CALENDAR, { salonId: s.salonId, date: '2027-03-13', days: 2 }, { token: as.manager });
        const mine = res.data.salonCalendar.columns.find((c: { staff: { id: string } }) => c.staff.id === s.staffId);
        // 20:00 EST to midnight EST, then midnight to 03:00 EDT: six hours, the hour from 02:00 never happens.
        expect(mine.workingHours).toEqual([
          { startsAt: '2027-03-14T01:00:00.000Z', endsAt: '2027-03-14T05:00:00.000Z' },
          { startsAt: '2027-03-14T05:00:00.000Z', endsAt: '2027-03-14T07:00:00.000Z' },
        ]);
        clock.set(new Date('2027-03-01T12:00:00Z'));
        const sunday = (await t.gql(SLOTS, { input: { serviceId: s.serviceId, staffId: s.staffId, date: '2027-03-14' } })).data.availableSlots;
        expect(sunday[0].startsAt).toBe('2027-03-14T05:00:00.000Z');
        expect(new Date(sunday.at(-1).startsAt).getTime()).toBeLessThan(new Date('2027-03-14T07:00:00.000Z').getTime());
      } finally {
        clock.set(new Date('2026-12-01T06:00:00Z'));
        await sql(t, "update salons set time_zone = 'Asia/Riyadh' where id = $1", [s.salonId]);
      }
    });

    it('refuses a night that runs into the next morning\'s hours', async () => {
      const res = await t.gql(SET_WEEK, { input: { staffMemberId: s.staffId, hours: [{ weekday: 'MONDAY', startTime: '20:00', endTime: '03:00' }, { weekday: 'TUESDAY', startTime: '02:00', endTime: '10:00' }] } }, { token: as.manager });
      expect(res.data.setWeeklyHours.errors).toEqual([{ code: 'OVERLAPPING_HOURS', field: ['input', 'hours', '1'] }]);
    });
  });

  describe('exceptions: Ramadan, Eid and special days', () => {
    it('gives the Ramadan dates their own night hours, for every stylist who works that weekday', async () => {
      const ramadan = await addException({ name: 'Ramadan 1448', startDate: '2026-12-14', endDate: '2026-12-20', ranges: [{ startTime: '20:00', endTime: '03:00' }] });
      expect(ramadan.errors).toEqual([]);
      expect(ramadan.exception).toMatchObject({ name: 'Ramadan 1448', startDate: '2026-12-14', endDate: '2026-12-20', calendar: 'HIJRI', ranges: [{ startTime: '20:00', endTime: '03:00' }] });
      const day = await slots('2026-12-15');
      expect(day.slice(0, 4)).toEqual(['00:00', '00:15', '00:30', '00:45']);
      expect(day).toContain('20:00');
      expect(day).not.toContain('10:00');
      // The night of the last day runs into the 21st, which follows the week again from 09:00.
      const after = await slots('2026-12-21');
      expect(after[0]).toBe('00:00');
      expect(after).toContain('09:00');
    });

    it('closes the salon on Eid and lets a special day inside Ramadan win', async () => {
      const eid = await addException({ name: 'Eid al-Fitr', startDate: '2026-12-21', endDate: '2026-12-22' });
      expect(eid.exception.ranges).toEqual([]);
      expect(await slots('2026-12-21')).toEqual([]);
      const special = await addException({ name: 'Bridal open day', startDate: '2026-12-17', endDate: '2026-12-17', ranges: [{ startTime: '14:00', endTime: '18:00' }] });
      expect(special.errors).toEqual([]);
      const day = await slots('2026-12-17');
      expect(day).toContain('14:00');
      expect(day).not.toContain('20:00');
      // Still the small hours of the Ramadan night before.
      expect(day[0]).toBe('00:00');

      const cal = await t.gql(CALENDAR, { salonId: s.salonId, date: '2026-12-20', days: 3 }, { token: as.manager });
      expect(cal.data.salonCalendar.days).toEqual([
        { date: '2026-12-20', closed: false, closureReason: '', scheduleName: 'Ramadan 1448' },
        { date: '2026-12-21', closed: true, closureReason: 'Eid al-Fitr', scheduleName: 'Eid al-Fitr' },
        { date: '2026-12-22', closed: true, closureReason: 'Eid al-Fitr', scheduleName: 'Eid al-Fitr' },
      ]);
    });

    it('lists a year\'s exceptions publicly, and edits and removes them', async () => {
      const listed = await t.gql(EXCEPTIONS, { id: s.salonId, year: 2026 });
      expect(listed.data.salon.scheduleExceptions.map((e: { name: string }) => e.name)).toEqual(['Ramadan 1448', 'Bridal open day', 'Eid al-Fitr']);
      const special = (await sql(t, "select id from schedule_exceptions where name = 'Bridal open day'"))[0].id;
      const edited = await t.gql(UPDATE, { input: { exceptionId: special, ranges: [{ startTime: '15:00', endTime: '19:00' }] } }, { token: as.manager });
      expect(edited.data.updateScheduleException).toMatchObject({ exception: { name: 'Bridal open day', ranges: [{ startTime: '15:00', endTime: '19:00' }] }, errors: [] });
      const backwards = await t.gql(UPDATE, { input: { exceptionId: special, endDate: '2026-12-01' } }, { token: as.manager });
      expect(backwards.data.updateScheduleException.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'endDate'] }]);
      const removed = await t.gql(REMOVE, { input: { exceptionId: special } }, { token: as.manager });
      expect(removed.data.removeScheduleException).toEqual({ removedExceptionId: special, errors: [] });
      expect((await t.gql(EXCEPTIONS, { id: s.salonId, year: 2026 })).data.salon.scheduleExceptions).toHaveLength(2);
      expect((await t.gql(EXCEPTIONS, { id: s.salonId, year: 1999 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses bad exceptions with the field at fault', async () => {
      expect((await addException({ name: '  ', startDate: '2026-12-01', endDate: '2026-12-02' })).errors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String), field: ['input', 'name'] }]);
      expect((await addException({ name: 'x', startDate: '2026-12-01', endDate: '2027-06-01' })).errors[0].field).toEqual(['input', 'endDate']);
      expect((await addException({ name: 'x', startDate: '2026-12-01', endDate: '2026-12-01', ranges: [{ startTime: '20:00', endTime: '03:00' }, { startTime: '01:00', endTime: '05:00' }] })).errors)
        .toEqual([{ code: 'OVERLAPPING_HOURS', message: expect.any(String), field: ['input', 'ranges', '1'] }]);
      expect((await addException({ name: 'Ramadan 1448', startDate: '2026-12-14', endDate: '2026-12-15' })).errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'name'] });
    });

    it('copies last year\'s exceptions to this year\'s dates: Hijri ones by the moon, Gregorian ones by the date', async () => {
      await addException({ name: 'Ramadan', startDate: '2026-02-18', endDate: '2026-03-19', ranges: [{ startTime: '20:00', endTime: '03:00' }] });
      await addException({ name: 'National Day', startDate: '2026-09-23', endDate: '2026-09-23', calendar: 'GREGORIAN' });
      const copied = await t.gql(COPY, { input: { salonId: s.salonId, fromYear: 2026 } }, { token: as.manager });
      expect(copied.data.copyScheduleExceptions.errors).toEqual([]);
      const byName = Object.fromEntries(copied.data.copyScheduleExceptions.exceptions.map((e: { name: string }) => [e.name, e]));
      // 1 Ramadan 1447 = 18 February 2026; 1 Ramadan 1448 = 8 February 2027 (Umm al-Qura). Thirty days kept.
      expect(byName.Ramadan).toEqual({ name: 'Ramadan', startDate: '2027-02-08', endDate: '2027-03-09', calendar: 'HIJRI', ranges: [{ startTime: '20:00', endTime: '03:00' }] });
      expect(byName['National Day']).toMatchObject({ startDate: '2027-09-23', endDate: '2027-09-23', calendar: 'GREGORIAN' });
      // Again: nothing new.
      expect((await t.gql(COPY, { input: { salonId: s.salonId, fromYear: 2026 } }, { token: as.manager })).data.copyScheduleExceptions.exceptions).toEqual([]);
      expect((await t.gql(COPY, { input: { salonId: s.salonId, fromYear: 1900 } }, { token: as.manager })).data.copyScheduleExceptions).toEqual({ exceptions: [], errors: [{ code: 'INVALID_INPUT', field: ['input', 'fromYear'] }] });
    });
  });

  describe('who may change them (IDOR)', () => {
    let exceptionId: string;
    beforeAll(async () => {
      exceptionId = (await addException({ name: 'Founding Day', startDate: '2027-02-22', endDate: '2027-02-22', calendar: 'GREGORIAN' })).exception.id;
    });

    const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0].extensions?.code;

    it('refuses another salon\'s manager, staff and strangers, whatever the mutation, and changes nothing', async () => {
      const attempts: [string, Record<string, unknown>][] = [
        [SET_OPENING, { salonId: s.salonId, hours: [] }],
        [ADD, { salonId: s.salonId, name: 'Hijack', startDate: '2027-01-01', endDate: '2027-01-01' }],
        [UPDATE, { exceptionId, name: 'Hijacked' }],
        [REMOVE, { exceptionId }],
        [COPY, { salonId: s.salonId, fromYear: 2026 }],
        [SET_WEEK, { staffMemberId: s.staffId, hours: [] }],
      ];
      for (const [query, input] of attempts) {
        expect(code(await t.gql(query, { input }, { token: as.other }))).toBe('FORBIDDEN');
        expect(code(await t.gql(query, { input }, { token: as.staff }))).toBe('FORBIDDEN');
        expect(code(await t.gql(query, { input }))).toBe('UNAUTHENTICATED');
      }
      expect(code(await t.gql(UPDATE, { input: { exceptionId: 'not-a-uuid', name: 'x' } }, { token: as.manager }))).toBe('FORBIDDEN');
      expect(code(await t.gql(UPDATE, { input: { exceptionId: randomUUID(), name: 'x' } }, { token: as.manager }))).toBe('FORBIDDEN');
      expect((await sql(t, 'select name from schedule_exceptions where id = $1', [exceptionId]))[0].name).toBe('Founding Day');
      expect((await sql(t, "select count(*)::int as n from schedule_exceptions where name = 'Hijack'"))[0].n).toBe(0);
    });

    it('lets the other manager act on their own salon only', async () => {
      const [{ id: elite }] = await sql(t, "select id from salons where name_en = 'Elite Barbers'");
      const own = await t.gql(ADD, { input: { salonId: elite, name: 'Eid al-Adha', startDate: '2027-05-16', endDate: '2027-05-19' } }, { token: as.other });
      expect(own.data.addScheduleException.errors).toEqual([]);
      expect(code(await t.gql(REMOVE, { input: { exceptionId: own.data.addScheduleException.exception.id } }, { token: as.manager }))).toBe('FORBIDDEN');
    });
  });
});
