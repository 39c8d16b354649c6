import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, readTogether, uuidArray } from '../../db/sql';
import { subtract, type Interval } from '../availability/slots';
import { salonDays, stylistWorkingTime } from '../calendar/salon-calendar';
import { addDays } from '../hours/day-plan';
import { readSalonSchedule } from '../hours/salon-schedule';
import type { WeekRange } from '../hours/wall-ranges';
import type { ReportRange } from './report-period';

const MINUTE = 60_000;

/**
 * Each stylist's available minutes in each range: their working time, as the calendar and the slot calculation
 * see it (their week inside the salon's hours, exceptions and closures, DST-aware), less their time off. These are
 * the schedule's few rows (a week of hours, the exceptions, the time off), not bookings: the shared pure functions
 * expand them, so utilisation can never disagree with what the salon offers (ADR 0017). Three statements, read
 * together.
 */
export async function availableMinutes(em: EntityManager, salon: { id: string; timeZone: string }, staffIds: string[], ranges: ReportRange[]): Promise<Map<string, number>[]> {
  if (staffIds.length === 0) return ranges.map(() => new Map());
  const first = ranges.reduce((d, r) => (r.startDate < d ? r.startDate : d), ranges[0].startDate);
  const last = ranges.reduce((d, r) => (r.endDate > d ? r.endDate : d), ranges[0].endDate);
  const from = ranges.reduce((d, r) => (r.startsAt < d ? r.startsAt : d), ranges[0].startsAt);
  const to = ranges.reduce((d, r) => (r.endsAt > d ? r.endsAt : d), ranges[0].endsAt);
  const [schedule, hours, timeOff] = await readTogether(em, [
    () => readSalonSchedule(em, salon.id, first, last),
    () => execute<{ staff_id: string; weekday: number; start_time: string; end_time: string }>(
      em,
      `select staff_id, weekday, to_char(start_time, 'HH24:MI') as start_time, to_char(end_time, 'HH24:MI') as end_time
         from weekly_hours where staff_id = any(?::uuid[]) order by staff_id, weekday, start_time`,
      [uuidArray(staffIds)],
    ),
    () => execute<{ staff_id: string; starts_at: Date; ends_at: Date }>(
      em,
      'select staff_id, starts_at, ends_at from time_off where staff_id = any(?::uuid[]) and starts_at < ? and ends_at > ? order by starts_at',
      [uuidArray(staffIds), to, from],
    ),
  ]);
  return ranges.map((range) => {
    const days = salonDays(range.startDate, Math.round((Date.parse(addDays(range.endDate, 1)) - Date.parse(range.startDate)) / (24 * 60 * MINUTE)), salon.timeZone);
    // Stylists on the same shifts work the same time: the expansion (most of a report's CPU) runs once per pattern.
    const byPattern = new Map<string, Interval[]>();
    return new Map(staffIds.map((staffId) => {
      const week: WeekRange[] = hours.filter((h) => h.staff_id === staffId).map((h) => ({ weekday: h.weekday, startTime: h.start_time, endTime: h.end_time }));
      const pattern = JSON.stringify(week);
      if (!byPattern.has(pattern)) byPattern.set(pattern, stylistWorkingTime(staffId, week, schedule, days, salon.timeZone));
      const off = timeOff.filter((t) => t.staff_id === staffId).map((t) => ({ start: new Date(t.starts_at).getTime(), end: new Date(t.ends_at).getTime() }));
      const free = subtract(byPattern.get(pattern)!, off);
      return [staffId, Math.round(free.reduce((sum, i) => sum + (i.end - i.start), 0) / MINUTE)];
    }));
  });
}
