import type { DatedRanges, WallRange, WeekRange } from './wall-ranges';

/**
 * Which hours apply on a salon-local date, from the salon's week, its schedule exceptions and its closures. Pure.
 *
 * - A closure, or an exception without ranges (Eid), closes the date: nobody starts work on it.
 * - An exception with ranges (Ramadan 20:00–03:00, a special day) replaces the salon's week on its dates; every
 *   stylist who works that weekday works the exception's hours (days off stay off).
 * - Otherwise each stylist works their own week, inside the salon's opening hours when the salon keeps any.
 * - Where exceptions overlap, the shortest one wins (a special day inside Ramadan), then the one that starts later.
 */
export interface SalonSchedule {
  /** The salon's opening hours; empty when it keeps none (its staff's hours alone count). */
  week: WeekRange[];
  exceptions: ExceptionSpan[];
  closures: ClosureSpan[];
}

export interface DateSpan {
  startDate: string;
  endDate: string;
}

export interface ClosureSpan extends DateSpan {
  reason: string;
}

export interface ExceptionSpan extends DateSpan {
  id: string;
  name: string;
  ranges: WallRange[];
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a calendar date (YYYY-MM-DD). Calendar dates have no zone, so plain UTC arithmetic is
 * exact; luxon did the same through a DateTime per call, which was most of the CPU of a day's free times. The day
 * after 9999-12-31 is written in ISO's expanded form (+010000-01-01), and read back here.
 */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, -6)), Number(date.slice(-5, -3)) - 1, Number(date.slice(-2))) / DAY_MS;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date; 1970-01-01 was a Thursday. */
export function weekdayOf(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function addDays(date: string, days: number): string {
  const iso = new Date((dayNumber(date) + days) * DAY_MS).toISOString();
  return iso.length === 24 ? iso.slice(0, 10) : iso.slice(0, iso.indexOf('T'));
}

/**
 * Every date from `from` to `to`, inclusive, counted in days: written dates do not sort as text past 9999-12-31,
 * so a loop that compared them ran on for ever when a request named the last date a Date can name.
 */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = 0, n = daysBetween(from, to); i <= n; i++) out.push(addDays(from, i));
  return out;
}

/** Days from `from` to `to` (negative when `to` comes first): the way to compare a date with another plus days. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const spanDays = (s: DateSpan) => dayNumber(s.endDate) - dayNumber(s.startDate);

/** The exception that governs `date`, or null. */
export function exceptionOn(date: string, exceptions: ExceptionSpan[]): ExceptionSpan | null {
  let best: ExceptionSpan | null = null;
  for (const e of exceptions) {
    if (e.startDate > date || date > e.endDate) continue;
    if (!best || spanDays(e) < spanDays(best) || (spanDays(e) === spanDays(best) && (e.startDate > best.startDate || (e.startDate === best.startDate && e.id > best.id)))) best = e;
  }
  return best;
}

export function isClosed(date: string, schedule: SalonSchedule): boolean {
  return planDate(date, schedule).closed;
}

/** The salon's opening ranges on a date; null when the salon keeps no opening hours and is not under an exception. */
export function salonRangesOn(date: string, schedule: SalonSchedule): WallRange[] | null {
  const plan = planDate(date, schedule);
  if (plan.closed) return [];
  if (plan.exception) return plan.exception.ranges;
  return schedule.week.length ? onWeekday(schedule.week, plan.weekday) : null;
}

/** A stylist's own ranges on a date: the exception's hours on a day they work, else their week; none when closed. */
export function staffRangesOn(date: string, staffWeek: WeekRange[], schedule: SalonSchedule): WallRange[] {
  return rangesOnPlannedDate(planDate(date, schedule), staffWeek);
}

/** What governs one date, worked out once for a whole team: whether it is closed, and the exception over it. */
interface DatePlan {
  date: string;
  weekday: number;
  closed: boolean;
  exception: ExceptionSpan | null;
}

function planDate(date: string, schedule: SalonSchedule): DatePlan {
  const exception = exceptionOn(date, schedule.exceptions);
  const closed = schedule.closures.some((c) => c.startDate <= date && date <= c.endDate) || (exception !== null && exception.ranges.length === 0);
  return { date, weekday: weekdayOf(date), closed, exception };
}

function onWeekday(week: WeekRange[], weekday: number): WallRange[] {
  const out: WallRange[] = [];
  for (const r of week) if (r.weekday === weekday) out.push({ startTime: r.startTime, endTime: r.endTime });
  return out;
}

function rangesOnPlannedDate(plan: DatePlan, staffWeek: WeekRange[]): WallRange[] {
  if (plan.closed) return [];
  const own = onWeekday(staffWeek, plan.weekday);
  return plan.exception && own.length ? plan.exception.ranges : own;
}

/**
 * Dates `from`–`to` with a day either side: overnight ranges of the day before run into `from`, and a booking that
 * starts late on `to` may run into ranges of the day after.
 */
function withEve(from: string, to: string): string[] {
  return datesBetween(addDays(from, -1), addDays(to, 1));
}

/**
 * Every stylist's ranges on every date that can reach into `from`–`to`, keyed like `weeks`. The dates' closures and
 * exceptions are worked out once for the team, not once per stylist (a salon page's free times ask for twenty).
 */
export function teamHours<K>(from: string, to: string, weeks: Map<K, WeekRange[]>, schedule: SalonSchedule): Map<K, DatedRanges[]> {
  const plans = withEve(from, to).map((date) => planDate(date, schedule));
  const out = new Map<K, DatedRanges[]>();
  for (const [key, week] of weeks) out.set(key, plans.map((plan) => ({ date: plan.date, ranges: rangesOnPlannedDate(plan, week) })));
  return out;
}

/** A stylist's ranges on every date that can reach into `from`–`to`. */
export function staffHours(from: string, to: string, staffWeek: WeekRange[], schedule: SalonSchedule): DatedRanges[] {
  return teamHours(from, to, new Map([[0, staffWeek]]), schedule).get(0)!;
}

/** The salon's opening ranges on every date that can reach into `from`–`to`; null when it keeps no opening hours. */
export function openingHours(from: string, to: string, schedule: SalonSchedule): DatedRanges[] | null {
  const dates = withEve(from, to);
  const ranges = dates.map((date) => salonRangesOn(date, schedule));
  // No week and no exception anywhere near: the staff's own hours are the whole story.
  if (ranges.every((r) => r === null)) return null;
  // Beside an exception, a salon without a week is open whenever its staff work.
  return dates.map((date, i) => ({ date, ranges: ranges[i] ?? [{ startTime: '00:00', endTime: '24:00' }] }));
}
