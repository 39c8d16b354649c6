import { DateTime } from 'luxon';

/** A half-open span of time [start, end), in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** A working range in the salon's wall-clock time, "HH:MM". */
export interface WallRange {
  startTime: string;
  endTime: string;
}

export interface StaffDay {
  staffId: string;
  /** This weekday's working ranges. */
  hours: WallRange[];
  /** Time off, bookings and payment holds, already widened by their buffers. */
  busy: Interval[];
}

export interface SlotRules {
  /** The salon-local calendar date, YYYY-MM-DD. */
  date: string;
  timeZone: string;
  now: Date;
  minimumNoticeMinutes: number;
  bookingHorizonDays: number;
  slotIntervalMinutes: number;
  durationMinutes: number;
  bufferAfterMinutes: number;
  /** Whether a salon closure covers this date. */
  closed: boolean;
}

export interface Slot {
  staffId: string;
  startsAt: Date;
  endsAt: Date;
}

const MINUTE = 60_000;

/** The instant a wall-clock time on `date` names in `zone`. Times in a spring-forward gap move forward. */
export function wallTimeToInstant(date: string, time: string, zone: string): number {
  const [hour, minute] = time.split(':').map(Number);
  if (hour === 24 && minute === 0) return DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day').toMillis();
  return DateTime.fromISO(date, { zone }).set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}

/**
 * The zone lookups of one calculation, remembered: luxon's offset lookup goes through Intl and dominates the cost,
 * while every staff member of a salon shares the same dates, range ends and candidate starts.
 */
interface ZoneClock {
  offsetAt(t: number): number;
  instant(date: string, time: string): number;
}

function zoneClock(zone: string): ZoneClock {
  const offsets = new Map<number, number>();
  const instants = new Map<string, number>();
  return {
    offsetAt(t) {
      let offset = offsets.get(t);
      if (offset === undefined) offsets.set(t, (offset = DateTime.fromMillis(t, { zone }).offset));
      return offset;
    },
    instant(date, time) {
      const key = `${date}T${time}`;
      let t = instants.get(key);
      if (t === undefined) instants.set(key, (t = wallTimeToInstant(date, time, zone)));
      return t;
    },
  };
}

/** The first instant at or after `t` whose local minute is a multiple of `interval` ("aligned to the hour"). */
function alignUp(t: number, interval: number, clock: ZoneClock): number {
  const offset = clock.offsetAt(t);
  const localMinutes = Math.ceil(t / MINUTE) + offset;
  const aligned = Math.ceil(localMinutes / interval) * interval;
  return (aligned - offset) * MINUTE;
}

/** `base` minus every interval in `cut`, as sorted disjoint intervals. */
export function subtract(base: Interval[], cut: Interval[]): Interval[] {
  const cuts = [...cut].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const range of base) {
    let cursor = range.start;
    for (const c of cuts) {
      if (c.end <= cursor || c.start >= range.end) continue;
      if (c.start > cursor) out.push({ start: cursor, end: c.start });
      cursor = Math.max(cursor, c.end);
      if (cursor >= range.end) break;
    }
    if (cursor < range.end) out.push({ start: cursor, end: range.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Working time of one day as instants, overlapping ranges merged. */
export function workingIntervals(date: string, hours: WallRange[], zone: string, clock = zoneClock(zone)): Interval[] {
  const ranges = hours
    .map((h) => ({ start: clock.instant(date, h.startTime), end: clock.instant(date, h.endTime) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * The bookable starts of one day: every aligned start where the service and its clean-up buffer fit inside the
 * staff member's working hours without touching anything busy, at least the notice period from now and within the
 * booking horizon. Pure: the same inputs always give the same slots, so booking validation calls it too.
 */
export function computeSlots(rules: SlotRules, staff: StaffDay[]): Slot[] {
  if (rules.closed) return [];
  const blockMs = (rules.durationMinutes + rules.bufferAfterMinutes) * MINUTE;
  const earliest = rules.now.getTime() + rules.minimumNoticeMinutes * MINUTE;
  const latest = rules.now.getTime() + rules.bookingHorizonDays * 24 * 60 * MINUTE;
  const clock = zoneClock(rules.timeZone);
  const slots: Slot[] = [];
  for (const member of staff) {
    const free = subtract(workingIntervals(rules.date, member.hours, rules.timeZone, clock), member.busy);
    for (const range of free) {
      for (let t = alignUp(Math.max(range.start, earliest), rules.slotIntervalMinutes, clock); t + blockMs <= range.end && t <= latest; t = alignUp(t + MINUTE, rules.slotIntervalMinutes, clock)) {
        slots.push({ staffId: member.staffId, startsAt: new Date(t), endsAt: new Date(t + rules.durationMinutes * MINUTE) });
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.staffId.localeCompare(b.staffId));
}

/**
 * One slot per start time for "any staff member": the person with the least booked time that day takes it,
 * which spreads work across the team; ties go to the stable id order.
 */
export function anyStaffSlots(slots: Slot[], staff: StaffDay[]): Slot[] {
  const load = new Map(staff.map((s) => [s.staffId, s.busy.reduce((sum, b) => sum + (b.end - b.start), 0)]));
  const best = new Map<number, Slot>();
  for (const slot of slots) {
    const key = slot.startsAt.getTime();
    const current = best.get(key);
    if (!current || load.get(slot.staffId)! < load.get(current.staffId)! || (load.get(slot.staffId) === load.get(current.staffId) && slot.staffId < current.staffId)) {
      best.set(key, slot);
    }
  }
  return [...best.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Whether `startsAt` with `staffId` is one of the slots the same rules offer: the single source of truth for booking. */
export function isOfferedSlot(rules: SlotRules, staff: StaffDay, startsAt: Date): boolean {
  return computeSlots(rules, [staff]).some((s) => s.startsAt.getTime() === startsAt.getTime());
}

/** The salon-local date of an instant. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}
