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
  /** The staff, when the caller read them already (readScheduleStaff, beside the salon's row). */
  staff?: PlainRow<StaffMember>[];
}

export interface ScheduleSnapshot {
  staffIds: string[];
  /** Inputs of the pure slot calculation for one date. */
  day(date: string): { rules: SlotRules; staff: StaffDay[] };
  slots(date: string): Slot[];
}

interface HoursRow { staff_id: string; weekday: number; start_time: string; end_time: string }
interface SpanRow { staff_id: string; starts_at: Date; ends_at: Date }

/**
 * Reads everything the slot calculation needs for one service over a date range in a fixed number of queries
 * (staff, hours, time off, the salon's schedule, bookings), however many staff and days: the catalogue's source of truth
 * for availability, used both to list slots and to validate a booking.
 */
export async function loadSchedule(em: EntityManager, q: ScheduleQuery): Promise<ScheduleSnapshot> {
  const zone = q.salon.timeZone;
  const rangeStart = DateTime.fromISO(q.from, { zone }).startOf('day').toJSDate();
  // A start late on the last day may run past midnight in an overnight range: busy time then matters too.
  const rangeEnd = DateTime.fromISO(q.to, { zone }).plus({ days: 2 }).startOf('day').toJSDate();

  const staff = q.staff ?? (await readScheduleStaff(em, { serviceId: q.service.id, staffId: q.staffId }));
  const staffIds = staff.map((r) => r.id);
  const empty = { staffIds, day: (date: string) => ({ rules: rulesFor(q, date, false, null), staff: [] }), slots: () => [] };
  if (staffIds.length === 0) return empty;

  const [hours, timeOff, schedule, bookings] = await readAll(em, [
    () => execute<HoursRow>(em, `select staff_id, weekday, to_char(start_time, 'HH24:MI') as start_time, to_char(end_time, 'HH24:MI') as end_time from weekly_hours where staff_id = any(?::uuid[])`, [uuidArray(staffIds)]),
    () => execute<SpanRow>(em, 'select staff_id, starts_at, ends_at from time_off where staff_id = any(?::uuid[]) and starts_at < ? and ends_at > ?', [uuidArray(staffIds), rangeEnd, rangeStart]),
    (): Promise<SalonSchedule> => readSalonSchedule(em, q.salon.id, q.from, q.to),
    () => execute<SpanRow>(
      em,
      // Live bookings block until blocked_until (end + clean-up buffer); an unpaid hold stops blocking once it lapses.
      `select staff_id, starts_at, blocked_until as ends_at from bookings
        where staff_id = any(?::uuid[]) and status in ('PENDING', 'CONFIRMED') and (hold_expires_at is null or hold_expires_at > ?)
          and starts_at < ? and blocked_until > ? and id <> all(?::uuid[])`,
      [uuidArray(staffIds), q.now, rangeEnd, rangeStart, uuidArray(q.excludeBookingIds ?? [])],
    ),
  ]);

  const busyByStaff = new Map<string, Interval[]>(staffIds.map((id) => [id, []]));
  for (const row of [...timeOff, ...bookings]) busyByStaff.get(row.staff_id)!.push({ start: new Date(row.starts_at).getTime(), end: new Date(row.ends_at).getTime() });

  const weekOf = new Map<string, WeekRange[]>(staffIds.map((id) => [id, []]));
  for (const h of hours) weekOf.get(h.staff_id)!.push({ weekday: h.weekday, startTime: h.start_time, endTime: h.end_time });

  const day = (date: string) => {
    const staff = staffIds.map((staffId) => ({ staffId, hours: staffHours(date, date, weekOf.get(staffId)!, schedule), busy: busyByStaff.get(staffId)! }));
    return { rules: rulesFor(q, date, isClosed(date, schedule), openingHours(date, date, schedule)), staff };
  };
  return {
    staffIds,
    day,
    slots(date) {
      const { rules, staff } = day(date);
      return computeSlots(rules, staff);
    },
  };
}

/**
 * The active staff of the service's salon who offer the service (or the one asked for), as plain rows. It needs
 * only the service's id (its salon is found by key), so `availableSlots` reads it beside the service's and the
 * salon's rows, in the same message (ADR 0029).
 */
export async function readScheduleStaff(em: EntityManager, q: { serviceId: string; staffId?: string | null }): Promise<PlainRow<StaffMember>[]> {
  return mapPlain(em, StaffMember, await execute<Record<string, unknown>>(
    em,
    `select sm.* from staff_members sm join staff_member_services ss on ss.staff_member_id = sm.id
      where ss.service_id = ? and sm.salon_id = (select salon_id from services where id = ?) and sm.is_active ${q.staffId ? 'and sm.id = ?' : ''} order by sm.id`,
    q.staffId ? [q.serviceId, q.serviceId, q.staffId] : [q.serviceId, q.serviceId],
  ));
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
