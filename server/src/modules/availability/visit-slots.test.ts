import fc from 'fast-check';
import { computeSlots, computeVisitSlots, offeredVisit, staffWorkingTime, subtract, type StaffDay, type VisitPart, type VisitRules } from './slots';

const RIYADH = 'Asia/Riyadh';
const at = (iso: string) => new Date(iso).getTime();
const hm = (d: Date) => d.toLocaleTimeString('en-GB', { timeZone: RIYADH, hour: '2-digit', minute: '2-digit' });

const rules = (over: Partial<VisitRules> = {}): VisitRules => ({
  date: '2026-12-06',
  timeZone: RIYADH,
  now: new Date('2026-12-01T06:00:00Z'),
  minimumNoticeMinutes: 60,
  bookingHorizonDays: 60,
  slotIntervalMinutes: 15,
  closed: false,
  opening: null,
  ...over,
});
const staff = (staffId: string, hours: [string, string][], busy: [string, string][] = []): StaffDay => ({
  staffId,
  hours: [{ date: '2026-12-06', ranges: hours.map(([startTime, endTime]) => ({ startTime, endTime })) }],
  busy: busy.map(([s, e]) => ({ start: at(s), end: at(e) })),
});
const part = (durationMinutes: number, who: StaffDay[], bufferAfterMinutes = 0): VisitPart => ({ durationMinutes, bufferAfterMinutes, staff: who });
/** Each start as "HH:MM staff@HH:MM-HH:MM, …" for readable expectations. */
const show = (v: { startsAt: Date; parts: { staffId: string; startsAt: Date; endsAt: Date }[] }) =>
  `${hm(v.startsAt)} ${v.parts.map((p) => `${p.staffId}@${hm(p.startsAt)}-${hm(p.endsAt)}`).join(', ')}`;

describe('computeVisitSlots: table cases', () => {
  it('runs a haircut, a blow-dry and a manicure back to back with three stylists', () => {
    const noura = staff('noura', [['09:00', '11:00']]);
    const sarah = staff('sarah', [['09:00', '11:00']]);
    const reem = staff('reem', [['09:00', '11:00']]);
    const visits = computeVisitSlots(rules(), [part(45, [noura]), part(30, [sarah]), part(45, [reem])]);
    expect(visits.map(show)).toEqual([
      '09:00 noura@09:00-09:45, sarah@09:45-10:15, reem@10:15-11:00',
    ]);
    expect(visits[0].endsAt).toEqual(new Date('2026-12-06T08:00:00Z'));
  });

  it('waits for the clean-up buffer when one stylist does two parts in a row, but not when the next stylist is someone else', () => {
    const noura = staff('noura', [['09:00', '12:00']]);
    const sarah = staff('sarah', [['09:00', '12:00']]);
    const same = computeVisitSlots(rules(), [part(60, [noura], 15), part(30, [noura])]);
    expect(show(same[0])).toBe('09:00 noura@09:00-10:00, noura@10:15-10:45');
    const other = computeVisitSlots(rules(), [part(60, [noura], 15), part(30, [sarah])]);
    expect(show(other[0])).toBe('09:00 noura@09:00-10:00, sarah@10:00-10:30');
  });

  it('skips starts where a later part would run into a booking, a break or the end of the day', () => {
    const noura = staff('noura', [['09:00', '12:00']]);
    // Sarah works 09:00–10:30 and 11:00–12:00, and is booked 11:00–11:30 Riyadh.
    const sarah = staff('sarah', [['09:00', '10:30'], ['11:00', '12:00']], [['2026-12-06T08:00:00Z', '2026-12-06T08:30:00Z']]);
    const visits = computeVisitSlots(rules(), [part(60, [noura]), part(30, [sarah])]);
    expect(visits.map((v) => hm(v.startsAt))).toEqual(['09:00', '10:30']);
  });

  it('hands a part to anyone free when the preferred stylist is not, and backtracks an earlier choice', () => {
    // Both can cut; only Sarah can do the second part, and she is not free after a cut that she would do herself.
    const noura = staff('noura', [['09:00', '10:00']]);
    // A minute booked before her day makes Sarah the busier one, so Noura is tried first for the cut.
    const sarah = staff('sarah', [['09:00', '11:00']], [['2026-12-06T05:59:00Z', '2026-12-06T06:00:00Z']]);
    const visits = computeVisitSlots(rules(), [part(60, [noura, sarah]), part(60, [sarah])]);
    expect(visits.map(show)).toEqual(['09:00 noura@09:00-10:00, sarah@10:00-11:00']);
    // Noura cannot cut at 09:15 (she stops at 10:00), Sarah could but then the second part runs to 11:15.
    expect(offeredVisit(rules(), [part(60, [noura, sarah]), part(60, [sarah])], new Date('2026-12-06T06:15:00Z'))).toBeNull();
  });

  it('never gives one stylist two overlapping parts', () => {
    const noura = staff('noura', [['09:00', '12:00']]);
    const visits = computeVisitSlots(rules(), [part(30, [noura], 30), part(30, [staff('sarah', [['09:00', '12:00']])]), part(30, [noura])]);
    // Noura is blocked until 10:00 (cut and buffer); Sarah's part ends 10:00, so Noura's second part starts at 10:00.
    expect(show(visits[0])).toBe('09:00 noura@09:00-09:30, sarah@09:30-10:00, noura@10:00-10:30');
    const tight = computeVisitSlots(rules(), [part(30, [noura], 45), part(30, [staff('sarah', [['09:00', '12:00']])]), part(30, [noura])]);
    expect(tight).toEqual([]);
  });

  it('keeps the notice period, the horizon and closures for the first part', () => {
    const noura = staff('noura', [['09:00', '12:00']]);
    const visits = computeVisitSlots(rules({ now: new Date('2026-12-06T06:10:00Z') }), [part(30, [noura]), part(30, [noura])]);
    expect(hm(visits[0].startsAt)).toBe('10:15');
    expect(computeVisitSlots(rules({ bookingHorizonDays: 4 }), [part(30, [noura])])).toEqual([]);
    expect(computeVisitSlots(rules({ closed: true }), [part(30, [noura])])).toEqual([]);
    expect(computeVisitSlots(rules(), [part(30, [noura]), part(30, [])])).toEqual([]);
  });

  it('keeps every part inside the salon\'s opening hours', () => {
    const noura = staff('noura', [['09:00', '13:00']]);
    const opening = [{ date: '2026-12-06', ranges: [{ startTime: '10:00', endTime: '12:00' }] }];
    const visits = computeVisitSlots(rules({ opening }), [part(60, [noura]), part(60, [noura])]);
    expect(visits.map((v) => hm(v.startsAt))).toEqual(['10:00']);
  });
});

describe('computeVisitSlots: properties', () => {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const ids = ['a', 'b', 'c'];
  const member = (staffId: string) =>
    fc.record({
      start: fc.integer({ min: 0, max: 40 }),
      len: fc.integer({ min: 4, max: 56 }),
      busy: fc.array(fc.tuple(fc.integer({ min: 0, max: 24 * 60 }), fc.integer({ min: 5, max: 180 })), { maxLength: 4 }),
    }).map(({ start, len, busy }): StaffDay => ({
      staffId,
      hours: [{ date: '2026-12-06', ranges: [{ startTime: hhmm(start * 15 + 6 * 60), endTime: hhmm(Math.min(start * 15 + 6 * 60 + len * 15, 23 * 60 + 45)) }] }],
      busy: busy.map(([s, l]) => ({ start: at('2026-12-05T21:00:00Z') + s * 60_000, end: at('2026-12-05T21:00:00Z') + (s + l) * 60_000 })),
    }));
  const scenario = fc.record({
    team: fc.tuple(member('a'), member('b'), member('c')),
    parts: fc.array(
      fc.record({ duration: fc.integer({ min: 1, max: 12 }).map((n) => n * 10), buffer: fc.constantFrom(0, 5, 15), who: fc.subarray(ids, { minLength: 1 }) }),
      { minLength: 1, maxLength: 4 },
    ),
  });
  const build = (s: { team: StaffDay[]; parts: { duration: number; buffer: number; who: string[] }[] }) =>
    s.parts.map((p) => part(p.duration, s.team.filter((m) => p.who.includes(m.staffId)), p.buffer));

  it('offers only sequences where each part follows the previous one, with a stylist who offers it, free and working throughout', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const parts = build(s);
        for (const visit of computeVisitSlots(rules(), parts)) {
          expect(visit.startsAt).toEqual(visit.parts[0].startsAt);
          expect(visit.endsAt).toEqual(visit.parts.at(-1)!.endsAt);
          const blocks: { staffId: string; start: number; end: number }[] = [];
          visit.parts.forEach((p, k) => {
            const def = parts[k];
            const who = def.staff.find((m) => m.staffId === p.staffId)!;
            expect(who).toBeDefined();
            expect(p.endsAt.getTime() - p.startsAt.getTime()).toBe(def.durationMinutes * 60_000);
            const blockedUntil = p.endsAt.getTime() + def.bufferAfterMinutes * 60_000;
            if (k > 0) {
              const prev = visit.parts[k - 1];
              const expected = prev.staffId === p.staffId ? prev.endsAt.getTime() + parts[k - 1].bufferAfterMinutes * 60_000 : prev.endsAt.getTime();
              expect(p.startsAt.getTime()).toBe(expected);
            }
            const free = subtract(staffWorkingTime(who, null, RIYADH), who.busy);
            expect(free.some((r) => r.start <= p.startsAt.getTime() && blockedUntil <= r.end)).toBe(true);
            expect(blocks.some((b) => b.staffId === p.staffId && b.start < blockedUntil && p.startsAt.getTime() < b.end)).toBe(false);
            blocks.push({ staffId: p.staffId, start: p.startsAt.getTime(), end: blockedUntil });
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('with one part, offers exactly the starts of a single booking', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const [only] = build(s);
        const single = computeSlots({ ...rules(), durationMinutes: only.durationMinutes, bufferAfterMinutes: only.bufferAfterMinutes }, only.staff);
        const starts = [...new Set(single.map((x) => x.startsAt.getTime()))];
        expect(computeVisitSlots(rules(), [only]).map((v) => v.startsAt.getTime())).toEqual(starts);
      }),
      { numRuns: 100 },
    );
  });

  it('more busy time never offers a start that was not offered before, and every offer is confirmed by offeredVisit', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 24 * 60 }), (s, who, minute) => {
        const parts = build(s);
        const before = computeVisitSlots(rules(), parts);
        for (const v of before) expect(offeredVisit(rules(), parts, v.startsAt)).toEqual(v);
        const extra = { start: at('2026-12-05T21:00:00Z') + minute * 60_000, end: at('2026-12-05T21:00:00Z') + (minute + 30) * 60_000 };
        const team = s.team.map((m, i) => (i === who ? { ...m, busy: [...m.busy, extra] } : m));
        const after = computeVisitSlots(rules(), build({ ...s, team }));
        const offered = new Set(before.map((v) => v.startsAt.getTime()));
        for (const v of after) expect(offered.has(v.startsAt.getTime())).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
