import { DateTime } from 'luxon';
import type { EntityManager } from '@mikro-orm/postgresql';
import { mapPlain } from '../../db/plain-rows';
import { execute, readTogether, uuidArray } from '../../db/sql';
import { intersect, staffWorkingTime, type Interval } from '../availability/slots';
import { exceptionOn, isClosed, openingHours, staffHours, type SalonSchedule } from '../hours/day-plan';
import { readSalonSchedule } from '../hours/salon-schedule';
import type { WeekRange } from '../hours/wall-ranges';
import { Booking, BookingStatus } from '../bookings/booking.entity';
import type { Salon } from '../catalog/salon.entity';
import type { StaffMember } from '../catalog/staff-member.entity';
import type { CalendarColumn, CalendarDay, SalonCalendar, TimeSpan } from './calendar.types';

export interface CalendarQuery {
  salon: Salon;
  /** First salon-local date. */
  date: string;
  days: number;
  /** The columns, already narrowed to what the viewer may see. */
  staff: StaffMember[];
  includeCancelled: boolean;
  now: Date;
  slotIntervalMinutes: number;
}

interface HoursRow { staff_id: string; weekday: number; start_time: string; end_time: string }
interface TimeOffRow { staff_id: string; starts_at: Date; ends_at: Date; reason: string }

/** The salon's local days [date, date + days), each from local midnight to the next (DST days are 23 or 25 hours). */
export function salonDays(date: string, days: number, zone: string): { date: string; startsAt: Date; endsAt: Date }[] {
  const first = DateTime.fromISO(date, { zone }).startOf('day');
  return Array.from({ length: days }, (_, i) => {
    const start = first.plus({ days: i });
    return { date: start.toISODate()!, startsAt: start.toJSDate(), endsAt: start.plus({ days: 1 }).toJSDate() };
  });
}

/**
 * A stylist's working time over whole local days: worked out around the range (overnight ranges cross into and out
 * of it), then cut to its open days. The calendar and the utilisation report both read it.
 */
export function stylistWorkingTime(staffId: string, week: WeekRange[], schedule: SalonSchedule, days: { date: string; startsAt: Date; endsAt: Date }[], zone: string): Interval[] {
  const first = days[0].date;
  const last = days.at(-1)!.date;
  const openDays = days.filter((d) => !isClosed(d.date, schedule)).map((d) => ({ start: d.startsAt.getTime(), end: d.endsAt.getTime() }));
  const working = staffWorkingTime({ staffId, hours: staffHours(first, last, week, schedule), busy: [] }, openingHours(first, last, schedule), zone);
  return intersect(working, openDays);
}

/**
 * A salon's calendar over whole local days: for each stylist, working ranges as instants (breaks are the gaps),
 * time off and bookings, plus the closed days, all as plain rows (the calendar only reads them). A fixed number of
 * statements whatever the number of stylists and days, in one round trip.
 */
export async function loadSalonCalendar(em: EntityManager, q: CalendarQuery): Promise<SalonCalendar> {
  const zone = q.salon.timeZone;
  const dayList = salonDays(q.date, q.days, zone);
  const from = dayList[0].startsAt;
  const to = dayList.at(-1)!.endsAt;
  const lastDate = dayList.at(-1)!.date;
  const staffIds = q.staff.map((s) => s.id);

  const statuses = Object.values(BookingStatus).filter((s) => s !== BookingStatus.EXPIRED && (q.includeCancelled || s !== BookingStatus.CANCELLED));
  // None of these needs another's answer: they travel in one round trip.
  const [schedule, hours, timeOff, bookingRows] = await readTogether(em, [
    () => readSalonSchedule(em, q.salon.id, q.date, lastDate),
    async () => (staffIds.length === 0 ? [] : execute<HoursRow>(
      em,
      `select staff_id, weekday, to_char(start_time, 'HH24:MI') as start_time, to_char(end_time, 'HH24:MI') as end_time
         from weekly_hours where staff_id = any(?::uuid[])`,
      [uuidArray(staffIds)],
    )),
    async () => (staffIds.length === 0 ? [] : execute<TimeOffRow>(
      em,
      'select staff_id, starts_at, ends_at, reason from time_off where staff_id = any(?::uuid[]) and starts_at < ? and ends_at > ? order by starts_at',
      [uuidArray(staffIds), to, from],
    )),
    // Plain rows: the calendar only reads its bookings (ADR 0009).
    async () => (staffIds.length === 0 ? [] : execute<Record<string, unknown>>(
      em,
      `select b.* from bookings b where b.staff_id = any(?::uuid[]) and b.starts_at < ? and b.blocked_until > ? and b.status = any(?::text[])
        order by b.starts_at, b.id`,
      [uuidArray(staffIds), to, from, `{${statuses.join(',')}}`],
    )),
  ]);
  const days: CalendarDay[] = dayList.map((d) => {
    const exception = exceptionOn(d.date, schedule.exceptions);
    const closure = schedule.closures.find((c) => c.startDate <= d.date && d.date <= c.endDate);
    const closed = isClosed(d.date, schedule);
    return { ...d, closed, closureReason: closed ? (closure?.reason ?? exception?.name ?? '') : '', scheduleName: exception?.name ?? '' };
  });
  const calendar = { salonId: q.salon.id, timeZone: zone, slotIntervalMinutes: q.slotIntervalMinutes, now: q.now, startsAt: from, endsAt: to, days };
  if (staffIds.length === 0) return { ...calendar, columns: [] };
  // A lapsed unpaid hold is EXPIRED even before the sweeper writes it.
  const bookings = mapPlain(em, Booking, bookingRows).filter((b) => !(b.status === BookingStatus.PENDING && b.holdExpiresAt && b.holdExpiresAt <= q.now));

  const workingHours = (staffId: string): TimeSpan[] => {
    const week: WeekRange[] = hours.filter((h) => h.staff_id === staffId).map((h) => ({ weekday: h.weekday, startTime: h.start_time, endTime: h.end_time }));
    return stylistWorkingTime(staffId, week, schedule, days, zone).map((i) => ({ startsAt: new Date(i.start), endsAt: new Date(i.end), reason: '' }));
  };
  const columns: CalendarColumn[] = q.staff.map((staff) => ({
    staff,
    workingHours: workingHours(staff.id),
    timeOff: timeOff.filter((t) => t.staff_id === staff.id).map((t) => ({ startsAt: new Date(t.starts_at), endsAt: new Date(t.ends_at), reason: t.reason })),
    bookings: bookings.filter((b) => b.staff.id === staff.id),
  }));
  return { ...calendar, columns };
}
