import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays } from '../hours/day-plan';
import { anyStaffSlots, computeSlots, isOfferedSlot, staffWorkingTime, subtract, wallTimeToInstant, type SlotRules, type StaffDay } from './slots';

const RIYADH = 'Asia/Riyadh';
const at = (iso: string) => new Date(iso).getTime();
const times = (slots: { startsAt: Date }[], zone = RIYADH) =>
  slots.map((s) => s.startsAt.toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }));

const rules = (over: Partial<SlotRules> = {}): SlotRules => ({
  date: '2026-12-06',
  timeZone: RIYADH,
  now: new Date('2026-12-01T06:00:00Z'),
  minimumNoticeMinutes: 60,
  bookingHorizonDays: 60,
  slotIntervalMinutes: 15,
  durationMinutes: 60,
  bufferAfterMinutes: 0,
  closed: false,
  opening: null,
  ...over,
});
const ranges = (hours: [string, string][]) => hours.map(([startTime, endTime]) => ({ startTime, endTime }));
const staff = (hours: [string, string][], busy: [string, string][] = [], staffId = 's1', date = '2026-12-06'): StaffDay => ({
  staffId,
  hours: [{ date, ranges: ranges(hours) }],
  busy: busy.map(([s, e]) => ({ start: at(s), end: at(e) })),
});

describe('computeSlots: table cases', () => {
  it('offers every 15 minutes, aligned to the hour, where the service fits', () => {
    expect(times(computeSlots(rules(), [staff([['09:00', '11:00']])]))).toEqual(['09:00', '09:15', '09:30', '09:45', '10:00']);
  });

  it('honours a lunch break between two ranges', () => {
    const slots = computeSlots(rules({ durationMinutes: 45 }), [staff([['09:00', '10:00'], ['13:00', '14:00']])]);
    expect(times(slots)).toEqual(['09:00', '09:15', '13:00', '13:15']);
  });

  it('leaves room for back-to-back bookings but never overlaps them', () => {
    // 10:00–11:00 Riyadh is booked (07:00–08:00Z).
    const slots = computeSlots(rules(), [staff([['09:00', '12:00']], [['2026-12-06T07:00:00Z', '2026-12-06T08:00:00Z']])]);
    expect(times(slots)).toEqual(['09:00', '11:00']);
  });

  it('keeps the clean-up buffer free after the service', () => {
    const slots = computeSlots(rules({ bufferAfterMinutes: 15 }), [staff([['09:00', '11:00']])]);
    expect(times(slots)).toEqual(['09:00', '09:15', '09:30', '09:45']);
  });

  it('starts no earlier than now plus the notice period', () => {
    const now = new Date('2026-12-06T06:10:00Z'); // 09:10 Riyadh
    const slots = computeSlots(rules({ now, minimumNoticeMinutes: 60 }), [staff([['09:00', '12:00']])]);
    expect(times(slots)[0]).toBe('10:15');
  });

  it('offers nothing beyond the booking horizon', () => {
    expect(computeSlots(rules({ bookingHorizonDays: 4 }), [staff([['09:00', '12:00']])])).toEqual([]);
    expect(computeSlots(rules({ bookingHorizonDays: 5 }), [staff([['09:00', '12:00']])]).length).toBeGreaterThan(0);
  });

  it('offers nothing on a closed day or a day off', () => {
    expect(computeSlots(rules({ closed: true }), [staff([['09:00', '12:00']])])).toEqual([]);
    expect(computeSlots(rules(), [staff([])])).toEqual([]);
  });

  it('removes time off', () => {
    const slots = computeSlots(rules(), [staff([['09:00', '12:00']], [['2026-12-06T07:30:00Z', '2026-12-06T09:00:00Z']])]);
    expect(times(slots)).toEqual(['09:00', '09:15', '09:30']);
  });

  it('computes London across the spring-forward change (29 March 2026)', () => {
    const london = rules({ date: '2026-03-29', timeZone: 'Europe/London', now: new Date('2026-03-20T00:00:00Z') });
    const slots = computeSlots(london, [staff([['00:00', '04:00']], [], 's1', '2026-03-29')]);
    // 01:00–02:00 does not exist that night; the working time is three hours, not four.
    const covered = slots.at(-1)!.endsAt.getTime() - slots[0].startsAt.getTime();
    expect(covered).toBe(3 * 3600_000);
    expect(times(slots, 'Europe/London')).not.toContain('01:30');
    expect(times(slots, 'Europe/London')[0]).toBe('00:00');
  });

  it('computes London across the fall-back change (25 October 2026)', () => {
    const london = rules({ date: '2026-10-25', timeZone: 'Europe/London', now: new Date('2026-10-20T00:00:00Z') });
    const slots = computeSlots(london, [staff([['00:00', '03:00']], [], 's1', '2026-10-25')]);
    // 01:00–02:00 happens twice: four real hours of work.
    expect(slots.at(-1)!.endsAt.getTime() - slots[0].startsAt.getTime()).toBe(4 * 3600_000);
    expect(new Set(slots.map((s) => s.startsAt.getTime())).size).toBe(slots.length);
  });

  it('ends or starts a shift at the jump when its time is skipped (London, 29 March 2026, 01:00 becomes 02:00)', () => {
    expect(wallTimeToInstant('2026-03-29', '01:15', 'Europe/London')).toBe(at('2026-03-29T01:00:00Z'));
    expect(wallTimeToInstant('2026-03-29', '01:00', 'Europe/London')).toBe(at('2026-03-29T01:00:00Z'));
    expect(wallTimeToInstant('2026-03-08', '02:30', 'America/New_York')).toBe(at('2026-03-08T07:00:00Z'));
    const london = rules({ date: '2026-03-29', timeZone: 'Europe/London', now: new Date('2026-03-20T00:00:00Z'), durationMinutes: 15 });
    // "Until 01:15" ends when the clock jumps, so nothing is offered at 02:00 BST.
    expect(times(computeSlots(london, [staff([['00:00', '01:15']], [], 's1', '2026-03-29')]), 'Europe/London').at(-1)).toBe('00:45');
    // "From 01:30" starts when the clock jumps, at 02:00 BST.
    expect(times(computeSlots(london, [staff([['01:30', '03:00']], [], 's1', '2026-03-29')]), 'Europe/London')[0]).toBe('02:00');
  });

  it('counts the repeated hour inside a shift that starts in it (London, 25 October 2026, 01:15–02:00)', () => {
    const london = rules({ date: '2026-10-25', timeZone: 'Europe/London', now: new Date('2026-10-20T00:00:00Z'), durationMinutes: 5 });
    const slots = computeSlots(london, [staff([['01:15', '02:00']], [], 's1', '2026-10-25')]);
    // From 01:15 BST (00:15Z) to 02:00 GMT (02:00Z): the clock shows 01:00–01:15 a second time in between.
    expect(slots[0].startsAt.toISOString()).toBe('2026-10-25T00:15:00.000Z');
    expect(slots.map((x) => x.startsAt.toISOString())).toContain('2026-10-25T01:00:00.000Z');
    expect(slots.at(-1)!.startsAt.toISOString()).toBe('2026-10-25T01:45:00.000Z');
    expect(slots).toHaveLength(7);
  });

  it('aligns to local quarter hours in a zone with a 45-minute offset', () => {
    const kathmandu = rules({ timeZone: 'Asia/Kathmandu', slotIntervalMinutes: 30 });
    expect(times(computeSlots(kathmandu, [staff([['09:00', '10:30']])]), 'Asia/Kathmandu')).toEqual(['09:00', '09:30']);
  });

  it('picks the least busy staff member for "anyone"', () => {
    const busyOne = staff([['09:00', '12:00']], [['2026-12-06T08:00:00Z', '2026-12-06T09:00:00Z']], 'a');
    const freeOne = staff([['09:00', '12:00']], [], 'b');
    const slots = anyStaffSlots(rules(), [busyOne, freeOne]);
    expect(new Set(slots.map((s) => s.startsAt.getTime())).size).toBe(slots.length);
    expect(slots[0].staffId).toBe('b');
  });

  it('validates a requested start with the same rules', () => {
    const member = staff([['09:00', '11:00']]);
    expect(isOfferedSlot(rules(), member, new Date('2026-12-06T06:15:00Z'))).toBe(true);
    expect(isOfferedSlot(rules(), member, new Date('2026-12-06T06:10:00Z'))).toBe(false);
    expect(isOfferedSlot(rules(), member, new Date('2026-12-06T07:15:00Z'))).toBe(false);
  });

  it('supports a range ending at midnight', () => {
    expect(wallTimeToInstant('2026-12-06', '24:00', RIYADH)).toBe(at('2026-12-06T21:00:00Z'));
  });
});

describe('computeSlots: ranges that cross midnight', () => {
  // Monday 7 December 2026, Riyadh (UTC+3, no daylight saving).
  const monday = rules({ date: '2026-12-07' });
  const tuesday = rules({ date: '2026-12-08' });
  const night = (date = '2026-12-07', zone = RIYADH) => staff([['20:00', '03:00']], [], 's1', date);
  const localDates = (slots: { startsAt: Date }[], zone = RIYADH) => new Set(slots.map((x) => DateTime.fromJSDate(x.startsAt, { zone }).toISODate()));

  it('offers the evening on the day the range starts, a service running past midnight included', () => {
    const slots = computeSlots(monday, [night()]);
    expect(times(slots)[0]).toBe('20:00');
    expect(times(slots).at(-1)).toBe('23:45');
    expect(localDates(slots)).toEqual(new Set(['2026-12-07']));
  });

  it('offers the small hours on the next date, from the range of the day before', () => {
    const slots = computeSlots(tuesday, [night()]);
    expect(times(slots)).toEqual(['00:00', '00:15', '00:30', '00:45', '01:00', '01:15', '01:30', '01:45', '02:00']);
    expect(isOfferedSlot(tuesday, night(), new Date('2026-12-07T23:00:00Z'))).toBe(true); // 02:00 Riyadh
    expect(isOfferedSlot(tuesday, night(), new Date('2026-12-07T23:15:00Z'))).toBe(false); // would end 03:15
  });

  it('joins a range to midnight with the next morning\'s range into one night', () => {
    const split: StaffDay = { staffId: 's1', hours: [{ date: '2026-12-07', ranges: ranges([['20:00', '24:00']]) }, { date: '2026-12-08', ranges: ranges([['00:00', '03:00']]) }], busy: [] };
    expect(times(computeSlots(monday, [split]))).toEqual(times(computeSlots(monday, [night()])));
    expect(times(computeSlots(tuesday, [split]))).toEqual(times(computeSlots(tuesday, [night()])));
  });

  it('starts nothing on a closed date, even inside the night before', () => {
    expect(computeSlots({ ...tuesday, closed: true }, [night()])).toEqual([]);
  });

  it('keeps a booking across midnight out of both dates', () => {
    // Booked 23:30–00:30 Riyadh.
    const busy = staff([['20:00', '03:00']], [['2026-12-07T20:30:00Z', '2026-12-07T21:30:00Z']], 's1', '2026-12-07');
    expect(times(computeSlots(monday, [busy]))).toContain('22:30');
    expect(times(computeSlots(monday, [busy]))).not.toContain('22:45');
    expect(times(computeSlots(tuesday, [busy]))[0]).toBe('00:30');
  });

  it('keeps staff inside the salon\'s opening hours', () => {
    const opening = [{ date: '2026-12-06', ranges: ranges([['10:00', '20:00']]) }];
    expect(times(computeSlots(rules({ opening }), [staff([['09:00', '22:00']])]))[0]).toBe('10:00');
    expect(times(computeSlots(rules({ opening }), [staff([['09:00', '22:00']])])).at(-1)).toBe('19:00');
    const overnight = [{ date: '2026-12-07', ranges: ranges([['21:00', '02:00']]) }];
    expect(times(computeSlots(rules({ date: '2026-12-08', opening: overnight }), [night()])).at(-1)).toBe('01:00');
  });

  // Saturday night into Sunday, when the clocks change at 01:00–02:00 (London) or 02:00 (New York).
  it.each([
    ['Europe/London', '2026-03-28', 6],
    ['Europe/London', '2026-10-24', 8],
    ['America/New_York', '2026-03-07', 6],
    ['America/New_York', '2026-10-31', 8],
    ['Asia/Riyadh', '2026-03-28', 7],
  ])('in %s, 20:00–03:00 from %s lasts the %i hours the clock really runs', (zone, date, hours) => {
    const member = staff([['20:00', '03:00']], [], 's1', date);
    const r = rules({ timeZone: zone, now: new Date('2026-03-01T00:00:00Z'), durationMinutes: 15, bookingHorizonDays: 365 });
    const evening = computeSlots({ ...r, date }, [member]);
    const morning = computeSlots({ ...r, date: addDays(date, 1) }, [member]);
    expect(morning.at(-1)!.endsAt.getTime() - evening[0].startsAt.getTime()).toBe(hours * 3600_000);
    expect(localDates(evening, zone)).toEqual(new Set([date]));
    expect(localDates(morning, zone)).toEqual(new Set([addDays(date, 1)]));
    // The last service ends at 03:00 on the wall clock (in New York, 02:00–03:00 does not exist that night).
    expect(times([{ startsAt: morning.at(-1)!.endsAt }], zone)).toEqual(['03:00']);
  });
});

describe('computeSlots: properties', () => {
  const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const zone = fc.constantFrom('Asia/Riyadh', 'Europe/London', 'Asia/Kolkata', 'America/New_York');
  // Dates on and beside the clock changes of 2026 (London 29 Mar / 25 Oct, New York 8 Mar / 1 Nov).
  const date = fc.constantFrom('2026-03-08', '2026-03-09', '2026-03-29', '2026-03-30', '2026-06-15', '2026-10-25', '2026-10-26', '2026-11-01', '2026-11-02', '2026-12-06');
  // Ranges on the quarter hour, up to 24 hours long; those that pass midnight end on the next day.
  const range = fc.tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 95 })).map(([s, len]) => ({ startTime: hhmm(s * 15), endTime: s * 15 + len * 15 === 1440 ? '24:00' : hhmm((s * 15 + len * 15) % 1440) }));
  const dayRanges = fc.array(range, { maxLength: 3 });
  const scenario = fc.record({
    zone,
    date,
    eve: dayRanges,
    ranges: dayRanges,
    next: dayRanges,
    opening: fc.option(fc.tuple(dayRanges, dayRanges, dayRanges), { nil: null }),
    busy: fc.array(fc.tuple(fc.integer({ min: -6 * 60, max: 30 * 60 }), fc.integer({ min: 5, max: 240 })), { maxLength: 5 }),
    duration: fc.integer({ min: 1, max: 24 }).map((n) => n * 5),
    buffer: fc.constantFrom(0, 5, 10, 15, 30),
  });

  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
  const build = (s: Scenario) => {
    const dayStart = wallTimeToInstant(s.date, '00:00', s.zone);
    const dates = [addDays(s.date, -1), s.date, addDays(s.date, 1)];
    const member: StaffDay = {
      staffId: 's',
      hours: [s.eve, s.ranges, s.next].map((r, i) => ({ date: dates[i], ranges: r })),
      busy: s.busy.map(([start, len]) => ({ start: dayStart + start * 60_000, end: dayStart + (start + len) * 60_000 })),
    };
    const opening = s.opening && s.opening.map((r, i) => ({ date: dates[i], ranges: r }));
    const r = rules({ date: s.date, timeZone: s.zone, now: new Date(dayStart - 86_400_000 * 2), durationMinutes: s.duration, bufferAfterMinutes: s.buffer, opening });
    return { member, r, blockMs: (s.duration + s.buffer) * 60_000 };
  };

  const mins = (x: string) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3));
  /**
   * Every instant at which the local clock shows `minute` minutes past midnight of `date` (none in a spring-forward gap,
   * two in the repeated fall-back hour). Found from the zone's offsets either side, not through the code under test.
   */
  const instantsOf = (date: string, minute: number, zone: string) => {
    const wall = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
    const offsets = new Set([-1, 1].map((d) => DateTime.fromMillis(wall + d * 86_400_000, { zone }).offset));
    return [...offsets].map((o) => wall - o * 60_000).filter((t) => DateTime.fromMillis(t, { zone }).offset * 60_000 + t === wall);
  };
  /**
   * Independent of the implementation: whether `t` lies in one of the ranges. A range covers the local minutes from its
   * start to its end; on a fall-back night a shift also covers the repeated hour it spans, from the first time the clock
   * shows its start to the last time it shows its end (01:15–02:00 that night is 1 h 45 min of work).
   */
  const coveredAt = (t: number, days: { date: string; ranges: { startTime: string; endTime: string }[] }[], zone: string) => {
    const local = DateTime.fromMillis(t, { zone });
    const minute = local.hour * 60 + local.minute;
    return days.some(({ date, ranges: rs }) => rs.some((r) => {
      const [a, b] = [mins(r.startTime), mins(r.endTime) > mins(r.startTime) ? mins(r.endTime) : mins(r.endTime) + 1440];
      if (local.toISODate() === date && minute >= a && minute < b) return true;
      if (local.toISODate() === addDays(date, 1) && minute + 1440 >= a && minute + 1440 < b) return true;
      const [starts, ends] = [instantsOf(date, a, zone), instantsOf(date, b, zone)];
      return starts.length > 0 && ends.length > 0 && t >= Math.min(...starts) && t < Math.max(...ends);
    }));
  };

  it('offers "anyone" exactly one slot per start any stylist has, with the least booked stylist (ties by id)', () => {
    fc.assert(
      fc.property(fc.array(scenario, { minLength: 1, maxLength: 4 }), (team) => {
        const r = build(team[0]).r;
        // Every stylist on the first scenario's date, zone and rules, with their own hours and bookings.
        const staff = team.map((s, i) => ({ ...build({ ...s, date: team[0].date, zone: team[0].zone }).member, staffId: `s${(i * 7) % 5}${i}` }));
        const load = (id: string) => staff.find((m) => m.staffId === id)!.busy.reduce((sum, b) => sum + b.end - b.start, 0);
        const expected = new Map<number, string>();
        for (const slot of computeSlots(r, staff)) {
          const t = slot.startsAt.getTime();
          const current = expected.get(t);
          if (current === undefined || load(slot.staffId) < load(current) || (load(slot.staffId) === load(current) && slot.staffId < current)) expected.set(t, slot.staffId);
        }
        const offered = anyStaffSlots(r, staff);
        return offered.length === expected.size
          && offered.every((slot, i) => expected.get(slot.startsAt.getTime()) === slot.staffId && (i === 0 || offered[i - 1].startsAt < slot.startsAt)
            && slot.endsAt.getTime() - slot.startsAt.getTime() === r.durationMinutes * 60_000);
      }),
      { numRuns: 60 },
    );
  });

  it('never offers a slot that overlaps something busy', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { member, r, blockMs } = build(s);
        for (const slot of computeSlots(r, [member])) {
          const a = slot.startsAt.getTime();
          for (const b of member.busy) if (a < b.end && b.start < a + blockMs) return false;
        }
        return true;
      }),
    );
  });

  it('starts every slot on the requested local date, inside the staff member\'s and the salon\'s hours throughout', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { member, r, blockMs } = build(s);
        return computeSlots(r, [member]).every((slot) => {
          const start = slot.startsAt.getTime();
          if (DateTime.fromMillis(start, { zone: r.timeZone }).toISODate() !== r.date) return false;
          // Ranges lie on quarter hours, so checking every quarter hour and the last minute covers every gap.
          const end = start + blockMs - 60_000;
          const checks = [end];
          for (let t = start; t < end; t += 15 * 60_000) checks.push(t);
          return checks.every((t) => coveredAt(t, member.hours, r.timeZone) && (!r.opening || coveredAt(t, r.opening, r.timeZone)));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('misses no aligned start on the date where the service fits (checked minute by minute)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { member, r, blockMs } = build(s);
        const offered = new Set(computeSlots(r, [member]).map((x) => x.startsAt.getTime()));
        const free = subtract(staffWorkingTime(member, r.opening, r.timeZone), member.busy);
        for (const f of free) {
          for (let t = Math.ceil(f.start / 60_000) * 60_000; t + blockMs <= f.end; t += 60_000) {
            const local = DateTime.fromMillis(t, { zone: r.timeZone });
            if (local.toISODate() === r.date && local.minute % 15 === 0 && !offered.has(t)) return false;
          }
        }
        return true;
      }),
    );
  });
});
