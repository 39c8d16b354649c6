import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { Salon } from '../catalog/salon.entity';
import { WeeklyHours } from '../catalog/schedule.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { nextYear, YearlyCalendar } from './hijri';
import { OpeningHours, ScheduleException } from './hours.entity';
import { dayProblem, weekProblem, type RangeProblem, type WallRange, type WeekRange } from './wall-ranges';
import './hours.messages';

export const MAX_RANGES_PER_DAY = 6;
const MAX_EXCEPTION_DAYS = 90;
const MAX_NAME = 120;
export const YEARS = { min: 2000, max: 2100 };

const invalid = (field: string[], key: string, params: Record<string, number> = {}) => new BusinessError(UserErrorCode.INVALID_INPUT, key, field, params);

/** A problem the pure range checks found, as the user error that names the range at fault. */
function rangeError(problem: RangeProblem, list: string): BusinessError {
  const at = ['input', list, String(problem.index)];
  if (problem.problem === 'overlap') return new BusinessError(UserErrorCode.OVERLAPPING_HOURS, 'hours.overlap', at);
  return invalid([...at, problem.field], `hours.${problem.problem}`);
}

/** Validates a week of ranges (staff or salon): well formed, at most six a day, none overlapping, overnight ones included. */
function assertWeek(hours: WeekRange[], list = 'hours'): void {
  const perDay = new Map<number, number>();
  hours.forEach((h, i) => {
    perDay.set(h.weekday, (perDay.get(h.weekday) ?? 0) + 1);
    if (perDay.get(h.weekday)! > MAX_RANGES_PER_DAY) throw invalid(['input', list, String(i)], 'hours.tooManyRanges', { max: MAX_RANGES_PER_DAY });
  });
  const problem = weekProblem(hours);
  if (problem) throw rangeError(problem, list);
}

/** Locks the salon row: its schedule changes one after another (copying twice at once copies once). */
async function lockSalon(tx: EntityManager, salonId: string): Promise<Salon> {
  return tx.findOneOrFail(Salon, { id: salonId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/**
 * Replaces a staff member's whole week in one transaction. A range may cross midnight (20:00–03:00 ends the next
 * day); overlapping ranges, overnight ones reaching into the next day included, are refused, naming the range.
 */
export async function setWeeklyHours(em: EntityManager, staffMemberId: string, hours: WeekRange[]): Promise<StaffMember> {
  assertWeek(hours);
  return em.transactional(async (tx) => {
    const member = await tx.findOneOrFail(StaffMember, { id: staffMemberId });
    await tx.nativeDelete(WeeklyHours, { staff: member });
    for (const h of hours) tx.create(WeeklyHours, { staff: member, weekday: h.weekday, startTime: h.startTime, endTime: h.endTime });
    return member;
  });
}

/** Replaces the salon's opening week in one transaction. An empty week means the salon keeps no opening hours. */
export async function setOpeningHours(em: EntityManager, salonId: string, hours: WeekRange[]): Promise<Salon> {
  assertWeek(hours);
  return em.transactional(async (tx) => {
    const salon = await lockSalon(tx, salonId);
    await tx.nativeDelete(OpeningHours, { salon });
    for (const h of hours) tx.create(OpeningHours, { salon, weekday: h.weekday, startTime: h.startTime, endTime: h.endTime });
    return salon;
  });
}

export interface ExceptionFields {
  name?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  calendar?: YearlyCalendar | null;
  ranges?: WallRange[] | null;
}

const fieldsSchema = z.object({
  name: z.string().trim().min(1).max(MAX_NAME),
  startDate: z.string(),
  endDate: z.string(),
  calendar: z.nativeEnum(YearlyCalendar),
  ranges: z.array(z.object({ startTime: z.string(), endTime: z.string() })).max(MAX_RANGES_PER_DAY),
});
type Exception = z.infer<typeof fieldsSchema>;

/** The whole exception, checked: a name, at most 90 days in order, and daily ranges that do not overlap. */
function checkException(e: Exception): Exception {
  const name = e.name.trim();
  if (!name) throw invalid(['input', 'name'], 'hours.nameRequired');
  if (name.length > MAX_NAME) throw invalid(['input', 'name'], 'hours.nameTooLong', { max: MAX_NAME });
  if (e.endDate < e.startDate) throw invalid(['input', 'endDate'], 'hours.endBeforeStart');
  if (DateTime.fromISO(e.endDate).diff(DateTime.fromISO(e.startDate), 'days').days >= MAX_EXCEPTION_DAYS) throw invalid(['input', 'endDate'], 'hours.tooLong', { max: MAX_EXCEPTION_DAYS });
  if (e.ranges.length > MAX_RANGES_PER_DAY) throw invalid(['input', 'ranges'], 'hours.tooManyRanges', { max: MAX_RANGES_PER_DAY });
  const problem = dayProblem(e.ranges);
  if (problem) throw rangeError(problem, 'ranges');
  const parsed = fieldsSchema.parse({ ...e, name });
  return { ...parsed, ranges: parsed.ranges.map(({ startTime, endTime }) => ({ startTime, endTime })) };
}

/** Under the salon's lock, so the unique key (salon, name, first day) never fires on a race. */
async function assertNoTwin(tx: EntityManager, salonId: string, e: Exception, exceptId?: string): Promise<void> {
  const twin = await tx.findOne(ScheduleException, { salon: salonId, name: e.name, startDate: e.startDate, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (twin) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'hours.duplicate', ['input', 'name']);
}

export async function addException(em: EntityManager, salonId: string, input: ExceptionFields & { name: string; startDate: string; endDate: string }): Promise<ScheduleException> {
  const e = checkException({ ...input, calendar: input.calendar ?? YearlyCalendar.HIJRI, ranges: input.ranges ?? [] });
  return em.transactional(async (tx) => {
    const salon = await lockSalon(tx, salonId);
    await assertNoTwin(tx, salon.id, e);
    return tx.create(ScheduleException, { salon, ...e });
  });
}

/** Changes the fields given; the result is checked whole (new dates against the old ranges, and so on). */
export async function updateException(em: EntityManager, exceptionId: string, changes: ExceptionFields): Promise<ScheduleException> {
  return em.transactional(async (tx) => {
    const found = await tx.findOne(ScheduleException, { id: exceptionId });
    if (!found) throw new BusinessError(UserErrorCode.NOT_FOUND, 'hours.notFound', ['input', 'exceptionId']);
    await lockSalon(tx, found.salon.id);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v != null));
    const e = checkException({ name: found.name, startDate: found.startDate, endDate: found.endDate, calendar: found.calendar, ranges: found.ranges, ...defined });
    await assertNoTwin(tx, found.salon.id, e, found.id);
    return Object.assign(found, e);
  });
}

export async function removeException(em: EntityManager, exceptionId: string): Promise<void> {
  await em.nativeDelete(ScheduleException, { id: exceptionId });
}

/**
 * Copies the exceptions that start in `fromYear` one year on, each in its own calendar: Ramadan and the Eids move
 * to next year's Hijri dates, National Day stays on its Gregorian date. Names, hours and lengths are kept, for the
 * manager to adjust (the moon sighting may move Eid by a day). A copy that already exists is skipped, so the
 * action can be repeated. Returns the copies made.
 */
export async function copyExceptionsToNextYear(em: EntityManager, salonId: string, fromYear: number): Promise<ScheduleException[]> {
  if (!Number.isInteger(fromYear) || fromYear < YEARS.min || fromYear >= YEARS.max) {
    // The payload's list is not nullable: a refusal still answers with no copies.
    throw new BusinessError(UserErrorCode.INVALID_INPUT, 'hours.yearOutOfRange', ['input', 'fromYear'], { min: YEARS.min, max: YEARS.max - 1 }, { exceptions: [] });
  }
  return em.transactional(async (tx) => {
    const salon = await lockSalon(tx, salonId);
    const sources = await tx.find(ScheduleException, { salon, startDate: { $gte: `${fromYear}-01-01`, $lte: `${fromYear}-12-31` } }, { orderBy: { startDate: 'asc', id: 'asc' } });
    const copies: ScheduleException[] = [];
    for (const source of sources) {
      const startDate = nextYear(source.startDate, source.calendar);
      const days = DateTime.fromISO(source.endDate).diff(DateTime.fromISO(source.startDate), 'days').days;
      const endDate = DateTime.fromISO(startDate).plus({ days }).toISODate()!;
      if (await tx.count(ScheduleException, { salon, name: source.name, startDate })) continue;
      copies.push(tx.create(ScheduleException, { salon, name: source.name, startDate, endDate, calendar: source.calendar, ranges: source.ranges }));
    }
    await tx.flush();
    return copies;
  });
}
