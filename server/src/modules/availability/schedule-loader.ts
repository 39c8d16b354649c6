import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, readTogether, uuidArray } from '../../db/sql';
import { mapPlain, type PlainRow } from '../../db/plain-rows';
import { StaffMember } from '../catalog/staff-member.entity';
import type { Salon } from '../catalog/salon.entity';
import type { Service } from '../catalog/service.entity';
import { addDays, datesBetween, isClosed, openingHours, teamHours, weekdayOf, type SalonSchedule } from '../hours/day-plan';
import { salonScheduleColumns } from '../hours/salon-schedule';
import type { WeekRange } from '../hours/wall-ranges';
import { anyStaffSlots, computeSlots, startOfLocalDay, type Interval, type Slot, type SlotRules, type StaffDay } from './slots';

/** A schedule's keys with the rows they name: the service's id is the service's. */
export interface ScheduleQuery extends Omit<ScheduleKeys, 'serviceId'> {
  service: Service;
  salon: Salon;
  slotIntervalMinutes: number;
}

/** What picks a schedule's rows: all of them are found from the service's id, without its salon's row. */
export interface ScheduleKeys {
  serviceId: string;
  /** Only this staff member; all who offer the service when absent. */
  staffId?: string | null;
  /** Salon-local dates, inclusive. */
  from: string;
  to: string;
  now: Date;
  /** Bookings being moved (one, or every part of a visit) do not block their own new times. */
  excludeBookingIds?: string[];
}

export interface ScheduleSnapshot {
  staffIds: string[];
  /** Inputs of the pure slot calculation for one date. */
  day(date: string): { rules: SlotRules; staff: StaffDay[] };
  slots(date: string): Slot[];
  /** One slot per start for "any staff member" (see `anyStaffSlots`). */
  anyStaffSlots(date: string): Slot[];
}

/** The rows a schedule is built from, besides the service's, the salon's and the staff's. */
export interface ScheduleRows {
  hours: HoursRow[];
  /** Time off, and live bookings until their clean-up buffer ends, over a window wider than any zone's dates. */
  busy: SpanRow[];
  salonSchedule: SalonSchedule;
}

interface HoursRow { staffId: string; weekday: number; startTime: string; endTime: string }
/** A span of busy time in epoch milliseconds. */
interface SpanRow { staffId: string; start: number; end: number }

/**
 * Reads everything the slot calculation needs for one service over a date range in a fixed number of queries
 * (staff, hours, busy time, the salon's schedule), however many staff and days: the catalogue's source of truth
 * for availability, used both to list slots and to validate a booking.
 */
export async function loadSchedule(em: EntityManager, q: ScheduleQuery): Promise<ScheduleSnapshot> {
  const keys: ScheduleKeys = { serviceId: q.service.id, staffId: q.staffId, from: q.from, to: q.to, now: q.now, excludeBookingIds: q.excludeBookingIds };
  const [staff, rows] = await readTogether(em, [() => readScheduleStaff(em, keys), () => readScheduleRows(em, keys)]);
  return scheduleOf(q, staff, rows);
}

/**
 * The active staff of the service's salon who offer the service (or the one asked for), as plain rows, in id order.
 * It needs only the service's id (its salon is found by key), so `availableSlots` reads it beside the service's and
 * the salon's rows, in the same message (ADR 0029). The schedule reads only their ids; a read path that shows them
 * passes the `columns` its operation reads (`selectList`, ADR 0030).
 */
export async function readScheduleStaff(em: EntityManager, k: Pick<ScheduleKeys, 'serviceId' | 'staffId'>, columns = 'sm.*'): Promise<PlainRow<StaffMember>[]> {
  return mapPlain(em, StaffMember, await execute<Record<string, unknown>>(
    em,
    `select ${columns} from staff_members sm join staff_member_services ss on ss.staff_member_id = sm.id
      where ss.service_id = ? and sm.salon_id = (select salon_id from services where id = ?) and sm.is_active ${k.staffId ? 'and sm.id = ?' : ''} order by sm.id`,
    k.staffId ? [k.serviceId, k.serviceId, k.staffId] : [k.serviceId, k.serviceId],
  ));
}

/**
 * The hours, the busy time and the salon's schedule behind a schedule, found from the service's id alone, so a read
 * path sends them with the service's, the salon's and the staff's rows in one message (ADR 0029). Each is a plain
 * statement that PostgreSQL plans cheaply (a CTE shared by all of them cost more to plan than it saved):
 * - hours and busy time are read for everyone linked to the service (the one asked for), and kept only for the
 *   staff the schedule is built for, who are read beside them; hours only for the weekdays the dates need;
 * - busy time is read over the salon-local dates with three hours to spare either side (a zone's midnight in
 *   PostgreSQL and in luxon may differ on a night the clocks change), as epoch milliseconds, and cut exactly when
 *   the schedule is built.
 */
export async function readScheduleRows(em: EntityManager, k: ScheduleKeys): Promise<ScheduleRows> {
  const linked = `select staff_member_id from staff_member_services where service_id = ?${k.staffId ? ' and staff_member_id = ?' : ''}`;
  const linkedParams = k.staffId ? [k.serviceId, k.staffId] : [k.serviceId];
  const salonKey = '(select salon_id from services where id = ?)';
  const ms = (column: string) => `round(extract(epoch from ${column}) * 1000)::float8`;
  const salonSchedule = salonScheduleColumns(salonKey, k.serviceId, k.from, k.to);
  const [hours, busy, [schedule]] = await readTogether(em, [
    () => execute<HoursRow>(
      em,
      `select staff_id as "staffId", weekday, to_char(start_time, 'HH24:MI') as "startTime", to_char(end_time, 'HH24:MI') as "endTime" from weekly_hours
        where staff_id in (${linked}) and weekday = any(?::int[])`,
      [...linkedParams, `{${weekdaysAround(k.from, k.to).join(',')}}`],
    ),
    // Live bookings block until blocked_until (end + clean-up buffer), and an unpaid hold until it lapses. The
    // window is worked out once, from the salon's zone, in a one-row join (cheaper to plan than a subquery per bound).
    () => execute<SpanRow>(
      em,
      `select b.staff_id as "staffId", ${ms('b.starts_at')} as "start", ${ms('b.ends_at')} as "end"
         from (select (?::date::timestamp at time zone s.time_zone) - interval '3 hours' as first_instant,
                      ((?::date + 2)::timestamp at time zone s.time_zone) + interval '3 hours' as last_instant
                 from services v join salons s on s.id = v.salon_id where v.id = ?) w
         join lateral (
           select staff_id, starts_at, ends_at from time_off
            where staff_id in (${linked}) and starts_at < w.last_instant and ends_at > w.first_instant
           union all
           select staff_id, starts_at, blocked_until from bookings
            where staff_id in (${linked}) and status in ('PENDING', 'CONFIRMED') and (hold_expires_at is null or hold_expires_at > ?)
              and starts_at < w.last_instant and blocked_until > w.first_instant and id <> all(?::uuid[])) b on true`,
      [k.from, k.to, k.serviceId, ...linkedParams, ...linkedParams, k.now, uuidArray(k.excludeBookingIds ?? [])],
    ),
    () => execute<SalonSchedule>(em, `select ${salonSchedule.sql}`, salonSchedule.params),
  ]);
  return { hours, busy, salonSchedule: schedule };
}

/** The weekdays whose hours a schedule applies: those of `from`–`to` with a day either side (overnight ranges). */
function weekdaysAround(from: string, to: string): number[] {
  const dates = datesBetween(addDays(from, -1), addDays(to, 1)).slice(0, 7);
  return [...new Set(dates.map(weekdayOf))];
}

/** The schedule from its rows: busy time cut to the zone's dates, each stylist's week applied to the dates asked. */
export function scheduleOf(q: ScheduleQuery, staff: PlainRow<StaffMember>[], rows: ScheduleRows): ScheduleSnapshot {
  const zone = q.salon.timeZone;
  const rangeStart = startOfLocalDay(q.from, zone);
  // A start late on the last day may run past midnight in an overnight range: busy time then matters too.
  const rangeEnd = startOfLocalDay(addDays(q.to, 2), zone);
  const staffIds = staff.map((r) => r.id);

  const busyByStaff = new Map<string, Interval[]>(staffIds.map((id) => [id, []]));
  for (const { staffId, start, end } of rows.busy) if (start < rangeEnd && end > rangeStart) busyByStaff.get(staffId)?.push({ start, end });
  const weekOf = new Map<string, WeekRange[]>(staffIds.map((id) => [id, []]));
  for (const { staffId, ...range } of rows.hours) weekOf.get(staffId)?.push(range);

  const day = (date: string) => {
    const hours = teamHours(date, date, weekOf, rows.salonSchedule);
    const team = staffIds.map((staffId) => ({ staffId, hours: hours.get(staffId)!, busy: busyByStaff.get(staffId)! }));
    return { rules: rulesFor(q, date, isClosed(date, rows.salonSchedule), openingHours(date, date, rows.salonSchedule)), staff: team };
  };
  return {
    staffIds,
    day,
    slots(date) {
      const { rules, staff: team } = day(date);
      return computeSlots(rules, team);
    },
    anyStaffSlots(date) {
      const { rules, staff: team } = day(date);
      return anyStaffSlots(rules, team);
    },
  };
}

function rulesFor(q: Pick<ScheduleQuery, 'salon' | 'service' | 'now' | 'slotIntervalMinutes'>, date: string, closed: boolean, opening: SlotRules['opening']): SlotRules {
  return {
    date,
    timeZone: q.salon.timeZone,
    now: q.now,
    minimumNoticeMinutes: q.salon.minimumNoticeMinutes,
    bookingHorizonDays: q.salon.bookingHorizonDays,
    slotIntervalMinutes: q.slotIntervalMinutes,
    durationMinutes: q.service.durationMinutes,
    bufferAfterMinutes: q.service.bufferAfterMinutes,
    closed,
    opening,
  };
}
