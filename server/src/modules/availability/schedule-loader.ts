import { DateTime } from 'luxon';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, uuidArray } from '../../db/sql';
import { mapPlain, type PlainRow } from '../../db/plain-rows';
import { StaffMember } from '../catalog/staff-member.entity';
import type { Salon } from '../catalog/salon.entity';
import type { Service } from '../catalog/service.entity';
import { addDays, isClosed, openingHours, staffHours, type SalonSchedule } from '../hours/day-plan';
import { readSalonSchedule } from '../hours/salon-schedule';
import type { WeekRange } from '../hours/wall-ranges';
import { computeSlots, type Interval, type Slot, type SlotRules, type StaffDay } from './slots';

export interface ScheduleQuery {
  service: Service;
  salon: Salon;
  /** Only this staff member; all who offer the service when absent. */
  staffId?: string | null;
  /** Salon-local dates, inclusive. */
  from: string;
  to: string;
  now: Date;
  slotIntervalMinutes: number;
  /** Bookings being moved (one, or every part of a visit) do not block their own new times. */
  excludeBookingIds?: string[];
}

export interface ScheduleSnapshot {
  staffIds: string[];
  /** The rows of those staff members (plain, as the by-id loader reads them), for slots that show who. */
  staff: PlainRow<StaffMember>[];
  /** Inputs of the pure slot calculation for one date. */
  day(date: string): { rules: SlotRules; staff: StaffDay[] };
  slots(date: string): Slot[];
}

interface HoursRow { staff_id: string; weekday: number; start_time: string; end_time: string }
interface SpanRow { staff_id: string; starts_at: Date; ends_at: Date }

/** What the schedule reads: a service's staff at one salon, over salon-local dates (see ScheduleQuery). */
export interface ScheduleRowsQuery {
  serviceId: string;
  salonId: string;
  staffId?: string | null;
  from: string;
  to: string;
  now: Date;
  excludeBookingIds?: string[];
}

/** The rows the slot calculation works from, before the salon's zone and rules are applied. */
export interface ScheduleRows {
  staff: PlainRow<StaffMember>[];
  hours: HoursRow[];
  timeOff: SpanRow[];
  schedule: SalonSchedule;
  bookings: SpanRow[];
}

/**
 * Reads everything the slot calculation needs for one service over a date range in a fixed number of queries
 * (staff, hours, time off, the salon's schedule, bookings), however many staff and days: the catalogue's source of truth
 * for availability, used both to list slots and to validate a booking.
 */
export async function loadSchedule(em: EntityManager, q: ScheduleQuery): Promise<ScheduleSnapshot> {
  const rows = await readScheduleRows(em, { ...q, serviceId: q.service.id, salonId: q.salon.id });
  return scheduleOf(rows, q);
}

/**
 * The schedule's rows, without the salon's row: the staff are chosen by a subquery in each statement and the time
 * window is wide enough for any zone (UTC−12 to UTC+14), so all of them are independent reads that travel in one
 * message with the salon's own (ADR 0029; `availableSlots` reads the salon beside them). `scheduleOf` trims the
 * window to the salon's zone, so the answer is the same as reading the exact window.
 */
export async function readScheduleRows(em: EntityManager, q: ScheduleRowsQuery): Promise<ScheduleRows> {
  const windowStart = new Date(Date.parse(`${q.from}T00:00:00Z`) - 14 * HOUR);
  const windowEnd = new Date(Date.parse(`${addDays(q.to, 2)}T00:00:00Z`) + 12 * HOUR);
  const staffOf = `select sm.id from staff_members sm join staff_member_services ss on ss.staff_member_id = sm.id
      where ss.service_id = ? and sm.salon_id = ? and sm.is_active ${q.staffId ? 'and sm.id = ?' : ''}`;
  const staffParams = q.staffId ? [q.serviceId, q.salonId, q.staffId] : [q.serviceId, q.salonId];
  const [staff, hours, timeOff, schedule, bookings] = await readAll(em, [
    async () => mapPlain(em, StaffMember, await execute<Record<string, unknown>>(em, `select * from staff_members where id in (${staffOf}) order by id`, staffParams)),
    () => execute<HoursRow>(em, `select staff_id, weekday, to_char(start_time, 'HH24:MI') as start_time, to_char(end_time, 'HH24:MI') as end_time from weekly_hours where staff_id in (${staffOf})`, staffParams),
    () => execute<SpanRow>(em, `select staff_id, starts_at, ends_at from time_off where staff_id in (${staffOf}) and starts_at < ? and ends_at > ?`, [...staffParams, windowEnd, windowStart]),
    (): Promise<SalonSchedule> => readSalonSchedule(em, q.salonId, q.from, q.to),
    () => execute<SpanRow>(
      em,
      // Live bookings block until blocked_until (end + clean-up buffer); an unpaid hold stops blocking once it lapses.
      `select staff_id, starts_at, blocked_until as ends_at from bookings
        where staff_id in (${staffOf}) and status in ('PENDING', 'CONFIRMED') and (hold_expires_at is null or hold_expires_at > ?)
          and starts_at < ? and blocked_until > ? and id <> all(?::uuid[])`,
      [...staffParams, q.now, windowEnd, windowStart, uuidArray(q.excludeBookingIds ?? [])],
    ),
  ]);
  return { staff, hours, timeOff, schedule, bookings };
}

const HOUR = 3_600_000;

/** The slot calculation's inputs from the schedule's rows, in the salon's zone. */
export function scheduleOf(rows: ScheduleRows, q: ScheduleQuery): ScheduleSnapshot {
  const zone = q.salon.timeZone;
  const rangeStart = DateTime.fromISO(q.from, { zone }).startOf('day').toMillis();
  // A start late on the last day may run past midnight in an overnight range: busy time then matters too.
  const rangeEnd = DateTime.fromISO(q.to, { zone }).plus({ days: 2 }).startOf('day').toMillis();
  const { staff, hours, timeOff, schedule, bookings } = rows;
  const staffIds = staff.map((r) => r.id);
  const empty = { staffIds, staff, day: (date: string) => ({ rules: rulesFor(q, date, false, null), staff: [] }), slots: () => [] };
  if (staffIds.length === 0) return empty;

  const busyByStaff = new Map<string, Interval[]>(staffIds.map((id) => [id, []]));
  for (const row of [...timeOff, ...bookings]) {
    const start = new Date(row.starts_at).getTime();
    const end = new Date(row.ends_at).getTime();
    // The zone's own window (rows were read for any zone): busy time outside it would weigh on "any staff member".
    if (start < rangeEnd && end > rangeStart) busyByStaff.get(row.staff_id)?.push({ start, end });
  }

  const weekOf = new Map<string, WeekRange[]>(staffIds.map((id) => [id, []]));
  // Each statement chose the staff afresh (its own snapshot, outside a transaction): rows of a stylist who joined in
  // between are left out, and one who left has no rows, so no hours.
  for (const h of hours) weekOf.get(h.staff_id)?.push({ weekday: h.weekday, startTime: h.start_time, endTime: h.end_time });

  const day = (date: string) => {
    const staffDays = staffIds.map((staffId) => ({ staffId, hours: staffHours(date, date, weekOf.get(staffId)!, schedule), busy: busyByStaff.get(staffId)! }));
    return { rules: rulesFor(q, date, isClosed(date, schedule), openingHours(date, date, schedule)), staff: staffDays };
  };
  return {
    staffIds,
    staff,
    day,
    slots(date) {
      const { rules, staff: staffDays } = day(date);
      return computeSlots(rules, staffDays);
    },
  };
}

/**
 * Runs independent reads side by side on pooled connections, but one after another inside a transaction: its
 * single connection runs one statement at a time (pg would queue the rest, warn, and refuse them from pg 9 on).
 */
async function readAll<T extends unknown[]>(em: EntityManager, reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!em.isInTransaction()) return Promise.all(reads.map((read) => read())) as Promise<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as T;
}

function rulesFor(q: ScheduleQuery, date: string, closed: boolean, opening: SlotRules['opening']): SlotRules {
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

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
