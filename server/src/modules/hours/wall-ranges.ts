/**
 * Wall-clock working ranges, the shared language of staff hours, salon opening hours and schedule exceptions.
 * Pure: no database, no clock.
 *
 * A range "HH:MM"–"HH:MM" belongs to the day it starts on. When its end is not after its start it runs past
 * midnight into the next day: 20:00–03:00 on a Monday ends on Tuesday at 03:00. "24:00" is midnight at the end of
 * the day, so 20:00–24:00 and 20:00–00:00 are the same range.
 */
export interface WallRange {
  startTime: string;
  endTime: string;
}

/** A range on a day of the week (ISO: 1 = Monday … 7 = Sunday). */
export interface WeekRange extends WallRange {
  weekday: number;
}

/** The wall-clock ranges that apply on one salon-local date. */
export interface DatedRanges {
  date: string;
  ranges: WallRange[];
}

const DAY = 24 * 60;
const WEEK = 7 * DAY;

export const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Minutes since midnight of "HH:MM" (slot calculations read it for every range of every stylist: no splitting). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, time.length - 3)) * 60 + Number(time.slice(-2));
}

/** Whether the range runs past midnight into the next day (its end is not after its start). */
export function crossesMidnight(range: WallRange): boolean {
  return minutesOf(range.endTime) <= minutesOf(range.startTime);
}

/** Minutes from the start of its day to its end: past 1440 for a range that crosses midnight. */
export function endMinutes(range: WallRange): number {
  const start = minutesOf(range.startTime);
  const end = minutesOf(range.endTime);
  return end > start ? end : end + DAY;
}

export type RangeProblem = { index: number; field: 'startTime' | 'endTime'; problem: 'invalidTime' | 'emptyRange' } | { index: number; problem: 'overlap' };

/** The first malformed range: a time that is not "HH:MM", a start at 24:00, or a start equal to its end. */
export function malformedRange(ranges: WallRange[]): RangeProblem | null {
  for (const [index, r] of ranges.entries()) {
    if (!WALL_TIME.test(r.startTime) || r.startTime === '24:00') return { index, field: 'startTime', problem: 'invalidTime' };
    if (!WALL_TIME.test(r.endTime)) return { index, field: 'endTime', problem: 'invalidTime' };
    // 09:00–09:00 would be nothing or a whole day; a whole day is written 00:00–24:00.
    if (r.startTime === r.endTime) return { index, field: 'endTime', problem: 'emptyRange' };
  }
  return null;
}

/** The first range (by index) that overlaps an earlier one, on a cycle of `period` minutes (a day or a week). */
function firstOverlap(spans: [number, number][], period: number): number | null {
  for (let i = 1; i < spans.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a0, a1] = spans[i];
      const [b0, b1] = spans[j];
      // A range that runs past the end of the cycle (Sunday night into Monday) meets the cycle's first ranges.
      if ([-period, 0, period].some((shift) => a0 < b1 + shift && b0 + shift < a1)) return i;
    }
  }
  return null;
}

/** The first weekly range that overlaps another, counting overnight ranges into the next day (Sunday into Monday). */
export function weekOverlap(ranges: WeekRange[]): number | null {
  return firstOverlap(ranges.map((r) => [(r.weekday - 1) * DAY + minutesOf(r.startTime), (r.weekday - 1) * DAY + endMinutes(r)]), WEEK);
}

/** The first daily range that overlaps another, an overnight range meeting the next morning's ranges. */
export function dayOverlap(ranges: WallRange[]): number | null {
  return firstOverlap(ranges.map((r) => [minutesOf(r.startTime), endMinutes(r)]), DAY);
}

/** Validates a week: the first problem, or null. */
export function weekProblem(ranges: WeekRange[]): RangeProblem | null {
  const bad = malformedRange(ranges);
  if (bad) return bad;
  const clash = weekOverlap(ranges);
  return clash === null ? null : { index: clash, problem: 'overlap' };
}

/** Validates the daily ranges of an exception: the first problem, or null. */
export function dayProblem(ranges: WallRange[]): RangeProblem | null {
  const bad = malformedRange(ranges);
  if (bad) return bad;
  const clash = dayOverlap(ranges);
  return clash === null ? null : { index: clash, problem: 'overlap' };
}
