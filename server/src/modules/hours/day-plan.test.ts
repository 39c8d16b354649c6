import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays, datesBetween, daysBetween, exceptionOn, isClosed, weekdayOf, openingHours, salonRangesOn, staffHours, staffRangesOn, type SalonSchedule } from './day-plan';
import { nextYear, ramadanOf, toHijri, YearlyCalendar } from './hijri';
import { dayProblem, weekProblem } from './wall-ranges';

const night = [{ startTime: '20:00', endTime: '03:00' }];
const schedule = (over: Partial<SalonSchedule> = {}): SalonSchedule => ({ week: [], exceptions: [], closures: [], ...over });
const ramadan = { id: 'r', name: 'Ramadan', startDate: '2027-02-08', endDate: '2027-03-09', ranges: night };
const eid = { id: 'e', name: 'Eid', startDate: '2027-03-10', endDate: '2027-03-12', ranges: [] };
// Sunday–Thursday 09:00–18:00 (ISO weekdays 7, 1–4); Friday and Saturday off.
const staffWeek = [7, 1, 2, 3, 4].map((weekday) => ({ weekday, startTime: '09:00', endTime: '18:00' }));

describe('day plan', () => {
  it('gives a stylist the exception\'s hours on the days they work, and keeps their days off', () => {
    const s = schedule({ exceptions: [ramadan] });
    expect(staffRangesOn('2027-02-08', staffWeek, s)).toEqual(night); // a Monday
    expect(staffRangesOn('2027-02-12', staffWeek, s)).toEqual([]); // a Friday
    expect(staffRangesOn('2027-03-10', staffWeek, s)).toEqual(staffWeek.slice(0, 1).map(({ startTime, endTime }) => ({ startTime, endTime }))); // back to the week
  });

  it('closes the salon on a closure and on an exception without hours', () => {
    const s = schedule({ exceptions: [eid], closures: [{ startDate: '2027-09-23', endDate: '2027-09-23', reason: 'National Day' }] });
    expect(isClosed('2027-03-11', s)).toBe(true);
    expect(isClosed('2027-09-23', s)).toBe(true);
    expect(isClosed('2027-03-13', s)).toBe(false);
    expect(staffRangesOn('2027-03-11', staffWeek, s)).toEqual([]);
    expect(salonRangesOn('2027-03-11', s)).toEqual([]);
  });

  it('lets the shortest exception win where two overlap', () => {
    const special = { id: 's', name: 'Open day', startDate: '2027-02-20', endDate: '2027-02-20', ranges: [{ startTime: '14:00', endTime: '18:00' }] };
    expect(exceptionOn('2027-02-20', [ramadan, special])?.name).toBe('Open day');
    expect(exceptionOn('2027-02-21', [ramadan, special])?.name).toBe('Ramadan');
  });

  it('adds no limit for a salon without opening hours, and fills ordinary days around an exception', () => {
    expect(openingHours('2027-01-10', '2027-01-10', schedule())).toBeNull();
    expect(salonRangesOn('2027-01-10', schedule())).toBeNull();
    const around = openingHours('2027-02-08', '2027-02-08', schedule({ exceptions: [ramadan] }))!;
    expect(around.map((d) => [d.date, d.ranges])).toEqual([
      ['2027-02-07', [{ startTime: '00:00', endTime: '24:00' }]],
      ['2027-02-08', night],
      ['2027-02-09', night],
    ]);
  });

  it('reads the day before and after, where overnight ranges come from', () => {
    expect(staffHours('2027-02-09', '2027-02-09', staffWeek, schedule()).map((d) => d.date)).toEqual(['2027-02-08', '2027-02-09', '2027-02-10']);
  });
});

describe('calendar dates at the edges', () => {
  it('counts past the last four-digit year, so a range that ends on 9999-12-31 ends', () => {
    expect(addDays('9999-12-31', 1)).toBe('+010000-01-01');
    expect(addDays('+010000-01-01', -1)).toBe('9999-12-31');
    expect(weekdayOf('+010000-01-01')).toBe(6); // a Saturday, the day after Friday 9999-12-31
    expect(datesBetween('9999-12-30', '9999-12-31')).toEqual(['9999-12-30', '9999-12-31']);
    // Compared in days, where text would put '+010000-01-01' before '9999-12-31'.
    expect(daysBetween('9999-12-31', addDays('9999-12-20', 29))).toBe(18);
    expect(daysBetween('2026-12-05', '2026-12-01')).toBe(-4);
    expect(staffHours('9999-12-31', '9999-12-31', [], { week: [], exceptions: [], closures: [] }).map((d) => d.date)).toEqual(['9999-12-30', '9999-12-31', '+010000-01-01']);
    expect(datesBetween('1900-01-01', '1899-12-31')).toEqual([]);
  });
});

describe('wall ranges', () => {
  it('accepts nights and whole days, refuses empty ranges and 24:00 starts', () => {
    expect(dayProblem(night)).toBeNull();
    expect(dayProblem([{ startTime: '00:00', endTime: '24:00' }])).toBeNull();
    expect(dayProblem([{ startTime: '20:00', endTime: '00:00' }])).toBeNull();
    expect(dayProblem([{ startTime: '10:00', endTime: '10:00' }])).toEqual({ index: 0, field: 'endTime', problem: 'emptyRange' });
    expect(dayProblem([{ startTime: '24:00', endTime: '03:00' }])).toEqual({ index: 0, field: 'startTime', problem: 'invalidTime' });
  });

  it('finds overlaps past midnight, in a day and across the end of the week', () => {
    expect(dayProblem([...night, { startTime: '02:00', endTime: '05:00' }])).toEqual({ index: 1, problem: 'overlap' });
    expect(dayProblem([...night, { startTime: '03:00', endTime: '05:00' }])).toBeNull();
    expect(weekProblem([{ weekday: 7, ...night[0] }, { weekday: 1, startTime: '02:59', endTime: '04:00' }])).toEqual({ index: 1, problem: 'overlap' });
    expect(weekProblem([{ weekday: 7, ...night[0] }, { weekday: 1, startTime: '03:00', endTime: '04:00' }])).toBeNull();
  });
});

describe('Hijri years', () => {
  it('knows Ramadan by the Umm al-Qura calendar', () => {
    expect(ramadanOf(1446)).toEqual({ startDate: '2025-03-01', endDate: '2025-03-29' });
    expect(ramadanOf(1447)).toEqual({ startDate: '2026-02-18', endDate: '2026-03-19' });
    expect(toHijri('2027-02-08')).toEqual({ year: 1448, month: 9, day: 1 });
  });

  it('moves a date one year on in its own calendar', () => {
    expect(nextYear('2026-02-18', YearlyCalendar.HIJRI)).toBe('2027-02-08');
    expect(nextYear('2026-09-23', YearlyCalendar.GREGORIAN)).toBe('2027-09-23');
    expect(nextYear('2028-02-29', YearlyCalendar.GREGORIAN)).toBe('2029-02-28');
    // The 30th of a month that has 29 days next year lands on its last day.
    for (const date of ['2025-03-30', '2026-03-19', '2024-04-09']) {
      const from = toHijri(date);
      const to = toHijri(nextYear(date, YearlyCalendar.HIJRI));
      expect([to.year, to.month]).toEqual([from.year + 1, from.month]);
      expect(from.day - to.day).toBeLessThanOrEqual(1);
    }
  });
});

describe('calendar-date arithmetic', () => {
  // Plain UTC arithmetic replaced luxon here (for speed); luxon is the oracle, over every year a date may have.
  it('agrees with luxon on weekdays and on adding days, leap years and centuries included', () => {
    const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9990, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(date, fc.integer({ min: -800, max: 800 }), (day, days) => {
      const oracle = DateTime.fromISO(day, { zone: 'UTC' });
      expect(weekdayOf(day)).toBe(oracle.weekday);
      expect(addDays(day, days)).toBe(oracle.plus({ days }).toISODate());
    }), { numRuns: 2000 });
    expect([addDays('2028-02-28', 1), addDays('2100-02-28', 1), addDays('2000-02-28', 1), addDays('2027-01-01', -1)]).toEqual(['2028-02-29', '2100-03-01', '2000-02-29', '2026-12-31']);
    expect(weekdayOf('2026-12-03')).toBe(4);
  });
});
