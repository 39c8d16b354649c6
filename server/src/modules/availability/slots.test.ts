import fc from 'fast-check';
import { anyStaffSlots, computeSlots, isOfferedSlot, subtract, wallTimeToInstant, workingIntervals, type SlotRules, type StaffDay } from './slots';

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
  ...over,
});
const staff = (hours: [string, string][], busy: [string, string][] = [], staffId = 's1'): StaffDay => ({
  staffId,
  hours: hours.map(([startTime, endTime]) => ({ startTime, endTime })),
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
    const slots = computeSlots(london, [staff([['00:00', '04:00']])]);
    // 01:00–02:00 does not exist that night; the working time is three hours, not four.
    const covered = slots.at(-1)!.endsAt.getTime() - slots[0].startsAt.getTime();
    expect(covered).toBe(3 * 3600_000);
    expect(times(slots, 'Europe/London')).not.toContain('01:30');
    expect(times(slots, 'Europe/London')[0]).toBe('00:00');
  });

  it('computes London across the fall-back change (25 October 2026)', () => {
    const london = rules({ date: '2026-10-25', timeZone: 'Europe/London', now: new Date('2026-10-20T00:00:00Z') });
    const slots = computeSlots(london, [staff([['00:00', '03:00']])]);
    // 01:00–02:00 happens twice: four real hours of work.
    expect(slots.at(-1)!.endsAt.getTime() - slots[0].startsAt.getTime()).toBe(4 * 3600_000);
    expect(new Set(slots.map((s) => s.startsAt.getTime())).size).toBe(slots.length);
  });

  it('aligns to local quarter hours in a zone with a 45-minute offset', () => {
    const kathmandu = rules({ timeZone: 'Asia/Kathmandu', slotIntervalMinutes: 30 });
    expect(times(computeSlots(kathmandu, [staff([['09:00', '10:30']])]), 'Asia/Kathmandu')).toEqual(['09:00', '09:30']);
  });

  it('picks the least busy staff member for "anyone"', () => {
    const busyOne = staff([['09:00', '12:00']], [['2026-12-06T08:00:00Z', '2026-12-06T09:00:00Z']], 'a');
    const freeOne = staff([['09:00', '12:00']], [], 'b');
    const slots = anyStaffSlots(computeSlots(rules(), [busyOne, freeOne]), [busyOne, freeOne]);
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

describe('computeSlots: properties', () => {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const zone = fc.constantFrom('Asia/Riyadh', 'Europe/London', 'Asia/Kolkata', 'America/New_York');
  const date = fc.constantFrom('2026-03-08', '2026-03-29', '2026-06-15', '2026-10-25', '2026-11-01', '2026-12-06');
  const range = fc.tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 48 })).map(([s, len]) => [s * 15, Math.min(s * 15 + len * 15, 24 * 60)] as const);
  const scenario = fc.record({
    zone,
    date,
    ranges: fc.array(range, { maxLength: 3 }),
    busy: fc.array(fc.tuple(fc.integer({ min: 0, max: 24 * 60 }), fc.integer({ min: 5, max: 240 })), { maxLength: 5 }),
    duration: fc.integer({ min: 1, max: 24 }).map((n) => n * 5),
    buffer: fc.constantFrom(0, 5, 10, 15, 30),
  });

  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
  const build = (s: Scenario) => {
    const dayStart = wallTimeToInstant(s.date, '00:00', s.zone);
    const member: StaffDay = {
      staffId: 's',
      hours: s.ranges.map(([a, b]) => ({ startTime: hhmm(a), endTime: b === 1440 ? '24:00' : hhmm(b) })),
      busy: s.busy.map(([start, len]) => ({ start: dayStart + start * 60_000, end: dayStart + (start + len) * 60_000 })),
    };
    const r = rules({ date: s.date, timeZone: s.zone, now: new Date(dayStart - 86_400_000 * 2), durationMinutes: s.duration, bufferAfterMinutes: s.buffer });
    return { member, r, blockMs: (s.duration + s.buffer) * 60_000 };
  };

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

  it('offers only slots inside working hours', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { member, r, blockMs } = build(s);
        const working = workingIntervals(r.date, member.hours, r.timeZone);
        return computeSlots(r, [member]).every((slot) => working.some((w) => slot.startsAt.getTime() >= w.start && slot.startsAt.getTime() + blockMs <= w.end));
      }),
    );
  });

  it('misses no aligned start where the service fits (checked minute by minute)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { member, r, blockMs } = build(s);
        const offered = new Set(computeSlots(r, [member]).map((x) => x.startsAt.getTime()));
        const free = subtract(workingIntervals(r.date, member.hours, r.timeZone), member.busy);
        for (const f of free) {
          for (let t = Math.ceil(f.start / 60_000) * 60_000; t + blockMs <= f.end; t += 60_000) {
            const local = new Date(t).toLocaleTimeString('en-GB', { timeZone: r.timeZone, minute: '2-digit' });
            if (Number(local) % 15 === 0 && !offered.has(t)) return false;
          }
        }
        return true;
      }),
    );
  });
});
