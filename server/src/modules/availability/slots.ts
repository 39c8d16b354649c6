import { DateTime } from 'luxon';
import { addDays } from '../hours/day-plan';
import { crossesMidnight, type DatedRanges } from '../hours/wall-ranges';

/** A half-open span of time [start, end), in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

export interface StaffDay {
  staffId: string;
  /**
   * The staff member's working ranges on the date and the days either side (an overnight range of the day before
   * runs into the date; a late start may run into the next day's ranges), exceptions already applied.
   */
  hours: DatedRanges[];
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
  /** Whether a salon closure covers this date: nothing starts on it. */
  closed: boolean;
  /**
   * The salon's opening ranges on the same dates as the staff's hours: staff work only inside them. Null when the
   * salon keeps no opening hours, so its staff's own hours are the whole story.
   */
  opening: DatedRanges[] | null;
}

export interface Slot {
  staffId: string;
  startsAt: Date;
  endsAt: Date;
}

const MINUTE = 60_000;

/**
 * The instant a wall-clock time on `date` names in `zone`: the first time the clock shows it (on a fall-back night,
 * before the clocks go back). A time the clock skips (a spring-forward gap) names the instant the clock jumps past it,
 * so "until 01:15" on a night when 01:00 jumps to 02:00 ends at the jump, never at 02:15.
 */
export function wallTimeToInstant(date: string, time: string, zone: string): number {
  const [hour, minute] = time.split(':').map(Number);
  if (hour === 24 && minute === 0) return DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day').toMillis();
  const local = DateTime.fromISO(date, { zone }).set({ hour, minute, second: 0, millisecond: 0 });
  if (local.hour === hour && local.minute === minute) return local.toMillis();
  // Luxon moved a skipped time forward by the gap; the jump lies within that gap before it, found to the minute.
  let [before, after] = [local.toMillis() - (local.offset - local.minus({ days: 1 }).offset) * MINUTE, local.toMillis()];
  while (after - before > MINUTE) {
    const mid = before + Math.floor((after - before) / MINUTE / 2) * MINUTE;
    if (DateTime.fromMillis(mid, { zone }).offset === local.offset) after = mid;
    else before = mid;
  }
  return after;
}

/**
 * A zone's lookups: luxon's offset lookup goes through Intl and was most of the cost of a day's slots, while every
 * staff member of a salon, and every request for the same day, asks about the same dates, range ends and candidate
 * starts. The answers depend only on the zone and the instant (the process's time-zone data does not change while
 * it runs), so they are remembered across calculations: the function stays pure. Each table is bounded. The zone's
 * tables are found once per calculation, and wall times are kept by date, then time, so a lookup builds no key.
 */
interface ZoneClock {
  offsetAt(t: number): number;
  instant(date: string, time: string): number;
}

const ZONE_TABLE_LIMIT = 50_000;
/** Dates kept per zone, each with its few wall times. */
const DATE_TABLE_LIMIT = 1_000;
const offsetTables = new Map<string, Map<number, number>>();
const instantTables = new Map<string, Map<string, Map<string, number>>>();

function tableOf<V>(tables: Map<string, V>, zone: string, make: () => V): V {
  let table = tables.get(zone);
  if (!table) tables.set(zone, (table = make()));
  return table;
}

function zoneClock(zone: string): ZoneClock {
  const offsets = tableOf(offsetTables, zone, () => new Map<number, number>());
  const instants = tableOf(instantTables, zone, () => new Map<string, Map<string, number>>());
  return {
    offsetAt(t) {
      let offset = offsets.get(t);
      if (offset === undefined) {
        if (offsets.size >= ZONE_TABLE_LIMIT) offsets.clear();
        offsets.set(t, (offset = DateTime.fromMillis(t, { zone }).offset));
      }
      return offset;
    },
    instant(date, time) {
      let day = instants.get(date);
      if (!day) {
        if (instants.size >= DATE_TABLE_LIMIT) instants.clear();
        instants.set(date, (day = new Map()));
      }
      let instant = day.get(time);
      if (instant === undefined) day.set(time, (instant = wallTimeToInstant(date, time, zone)));
      return instant;
    },
  };
}

/** The instant a salon-local date begins (remembered, as every slot calculation's lookups are). */
export function startOfLocalDay(date: string, zone: string): number {
  return zoneClock(zone).instant(date, '00:00');
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

/**
 * Working time as instants, overlapping and touching ranges merged (20:00–24:00 then 00:00–03:00 is one night). A
 * range whose end is not after its start ends on the next day, so its length follows that night's clock changes.
 */
export function workingIntervals(days: DatedRanges[], zone: string, clock = zoneClock(zone)): Interval[] {
  const ranges: Interval[] = [];
  for (const { date, ranges: day } of days) {
    if (day.length === 0) continue;
    let next: string | null = null;
    for (const h of day) {
      const start = clock.instant(date, h.startTime);
      const end = crossesMidnight(h) ? clock.instant((next ??= addDays(date, 1)), h.endTime) : clock.instant(date, h.endTime);
      if (end > start) ranges.push({ start, end });
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Where two sets of sorted disjoint intervals overlap: a stylist's hours inside the salon's. */
export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (start < end) out.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return out;
}

/** A staff member's working time around the date: their ranges, inside the salon's opening ranges when it keeps any. */
export function staffWorkingTime(member: StaffDay, opening: DatedRanges[] | null, zone: string, clock = zoneClock(zone)): Interval[] {
  const own = workingIntervals(member.hours, zone, clock);
  return opening ? intersect(own, workingIntervals(opening, zone, clock)) : own;
}

/**
 * Each staff member's bookable starts on the rules' date, as instants in ascending order (the same index as
 * `staff`). The salon's opening time is worked out once for the whole team, and starts stay numbers until a caller
 * keeps them: "anyone" keeps one start in twenty.
 */
function bookableStarts(rules: SlotRules, staff: StaffDay[], clock: ZoneClock): number[][] {
  const blockMs = (rules.durationMinutes + rules.bufferAfterMinutes) * MINUTE;
  const earliest = rules.now.getTime() + rules.minimumNoticeMinutes * MINUTE;
  const latest = rules.now.getTime() + rules.bookingHorizonDays * 24 * 60 * MINUTE;
  // Starts belong to the local date they fall on; the service may run on past midnight inside an overnight range.
  const dayStart = clock.instant(rules.date, '00:00');
  const dayEnd = clock.instant(addDays(rules.date, 1), '00:00');
  // A day wholly inside the notice period or past the horizon has no starts to look for.
  if (dayEnd <= earliest || dayStart > latest) return staff.map(() => []);
  const opening = rules.opening ? workingIntervals(rules.opening, rules.timeZone, clock) : null;
  return staff.map((member) => {
    const starts: number[] = [];
    const own = workingIntervals(member.hours, rules.timeZone, clock);
    for (const range of subtract(opening ? intersect(own, opening) : own, member.busy)) {
      const first = alignUp(Math.max(range.start, earliest, dayStart), rules.slotIntervalMinutes, clock);
      for (let t = first; t + blockMs <= range.end && t <= latest && t < dayEnd; t = alignUp(t + MINUTE, rules.slotIntervalMinutes, clock)) starts.push(t);
    }
    return starts;
  });
}

/** Staff ids in a fixed order that does not depend on the process's locale (ids are ASCII). */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The bookable starts of one day: every aligned start where the service and its clean-up buffer fit inside the
 * staff member's working hours without touching anything busy, at least the notice period from now and within the
 * booking horizon. Pure: the same inputs always give the same slots, so booking validation calls it too.
 */
export function computeSlots(rules: SlotRules, staff: StaffDay[]): Slot[] {
  if (rules.closed) return [];
  const starts = bookableStarts(rules, staff, zoneClock(rules.timeZone));
  const lengthMs = rules.durationMinutes * MINUTE;
  const slots: Slot[] = [];
  staff.forEach((member, i) => {
    for (const t of starts[i]) slots.push({ staffId: member.staffId, startsAt: new Date(t), endsAt: new Date(t + lengthMs) });
  });
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || byId(a.staffId, b.staffId));
}

/**
 * The day's slots for "any staff member": one per start time, taken by the person with the least booked time that
 * day, which spreads work across the team; ties go to the stable id order. Only the chosen slots are built.
 */
export function anyStaffSlots(rules: SlotRules, staff: StaffDay[]): Slot[] {
  if (rules.closed) return [];
  const starts = bookableStarts(rules, staff, zoneClock(rules.timeZone));
  const load = staff.map((s) => s.busy.reduce((sum, b) => sum + (b.end - b.start), 0));
  const better = (i: number, j: number) => load[i] < load[j] || (load[i] === load[j] && staff[i].staffId < staff[j].staffId);
  const best = new Map<number, number>();
  starts.forEach((times, i) => {
    for (const t of times) {
      const current = best.get(t);
      if (current === undefined || better(i, current)) best.set(t, i);
    }
  });
  const lengthMs = rules.durationMinutes * MINUTE;
  return [...best.keys()].sort((a, b) => a - b).map((t) => ({ staffId: staff[best.get(t)!].staffId, startsAt: new Date(t), endsAt: new Date(t + lengthMs) }));
}

/** Whether `startsAt` with `staffId` is one of the slots the same rules offer: the single source of truth for booking. */
export function isOfferedSlot(rules: SlotRules, staff: StaffDay, startsAt: Date): boolean {
  return computeSlots(rules, [staff]).some((s) => s.startsAt.getTime() === startsAt.getTime());
}

/** The salon-local date of an instant. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}


/** One service of a visit, as the sequence calculation sees it. */
export interface VisitPart {
  durationMinutes: number;
  bufferAfterMinutes: number;
  /** Who may do it: the one stylist the customer chose, or everyone who offers the service ("anyone"). */
  staff: StaffDay[];
}

/** Where a whole visit fits: its start, its end (the last service's end) and who does each part when. */
export interface VisitSlot {
  startsAt: Date;
  endsAt: Date;
  parts: Slot[];
}

/** The visit's rules: a single booking's, less the one service's length and buffer (each part has its own). */
export type VisitRules = Omit<SlotRules, 'durationMinutes' | 'bufferAfterMinutes'>;

interface Placed {
  staffId: string;
  start: number;
  end: number;
  blockedUntil: number;
}

/**
 * Whether [start, end) lies inside one free interval. Free intervals are sorted and disjoint, so the first one
 * ending after `start` is the only candidate.
 */
function fitsFree(free: Interval[], start: number, end: number): boolean {
  for (const range of free) {
    if (range.end <= start) continue;
    return range.start <= start && end <= range.end;
  }
  return false;
}

/**
 * Places parts `k..` of a visit one after another from `at`, trying stylists in the given order (depth first, so
 * a stylist who cannot take a later part hands the earlier one to someone else). A part starts when the previous
 * one ends; when the same stylist does both, after that stylist's clean-up buffer. A stylist is never given two
 * parts whose times (buffers included) overlap. Null when no assignment fits.
 */
function placeParts(parts: { part: VisitPart; free: Map<string, Interval[]>; order: string[] }[], k: number, at: number, placed: Placed[]): Placed[] | null {
  if (k === parts.length) return placed;
  const { part, free, order } = parts[k];
  const previous = placed.at(-1);
  for (const staffId of order) {
    const start = previous && previous.staffId === staffId ? previous.blockedUntil : at;
    const end = start + part.durationMinutes * MINUTE;
    const blockedUntil = end + part.bufferAfterMinutes * MINUTE;
    if (!fitsFree(free.get(staffId)!, start, blockedUntil)) continue;
    if (placed.some((p) => p.staffId === staffId && p.start < blockedUntil && start < p.blockedUntil)) continue;
    const done = placeParts(parts, k + 1, end, [...placed, { staffId, start, end, blockedUntil }]);
    if (done) return done;
  }
  return null;
}

/** The sequence search's view of a visit: each part's free time per stylist and the order stylists are tried in. */
function prepareVisit(rules: VisitRules, parts: VisitPart[], clock: ZoneClock) {
  return parts.map((part) => {
    const load = new Map(part.staff.map((s) => [s.staffId, s.busy.reduce((sum, b) => sum + (b.end - b.start), 0)]));
    return {
      part,
      free: new Map(part.staff.map((s) => [s.staffId, subtract(staffWorkingTime(s, rules.opening, rules.timeZone, clock), s.busy)])),
      order: part.staff.map((s) => s.staffId).sort((a, b) => load.get(a)! - load.get(b)! || byId(a, b)),
    };
  });
}

/**
 * The starts of a visit of several services in sequence on one day: every start on the booking grid (notice,
 * horizon, closures and opening hours as for one service) where the whole sequence fits, each part with a stylist
 * who offers it and is free for its length and buffer inside their working time. Per start, the least-booked
 * stylists are tried first (as `anyStaffSlots`), ties in id order, so the answer is one assignment per start and
 * always the same for the same inputs: booking calls this too, so what is offered is what gets booked. Pure.
 */
export function computeVisitSlots(rules: VisitRules, parts: VisitPart[], only?: Date): VisitSlot[] {
  if (rules.closed || parts.length === 0 || parts.some((p) => p.staff.length === 0)) return [];
  const clock = zoneClock(rules.timeZone);
  const prepared = prepareVisit(rules, parts, clock);
  const earliest = rules.now.getTime() + rules.minimumNoticeMinutes * MINUTE;
  const latest = rules.now.getTime() + rules.bookingHorizonDays * 24 * 60 * MINUTE;
  const dayStart = clock.instant(rules.date, '00:00');
  const dayEnd = clock.instant(addDays(rules.date, 1), '00:00');
  const out: VisitSlot[] = [];
  for (let t = alignUp(Math.max(earliest, dayStart), rules.slotIntervalMinutes, clock); t <= latest && t < dayEnd; t = alignUp(t + MINUTE, rules.slotIntervalMinutes, clock)) {
    if (only && t !== only.getTime()) {
      if (t > only.getTime()) break;
      continue;
    }
    const placed = placeParts(prepared, 0, t, []);
    if (!placed) continue;
    out.push({
      startsAt: new Date(t),
      endsAt: new Date(placed.at(-1)!.end),
      parts: placed.map((p) => ({ staffId: p.staffId, startsAt: new Date(p.start), endsAt: new Date(p.end) })),
    });
  }
  return out;
}

/** The visit the same rules offer at `startsAt`, or null: the single source of truth for booking a visit. */
export function offeredVisit(rules: VisitRules, parts: VisitPart[], startsAt: Date): VisitSlot | null {
  return computeVisitSlots(rules, parts, startsAt)[0] ?? null;
}
