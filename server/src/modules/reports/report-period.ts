import { DateTime } from 'luxon';
import { registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { addDays } from '../hours/day-plan';

export enum ReportPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  CUSTOM = 'CUSTOM',
}
registerEnumType(ReportPeriod, {
  name: 'ReportPeriod',
  description: "The span of a report, in the salon's time zone: a DAY, a WEEK (Sunday to Saturday, the Saudi week), a calendar MONTH or a CUSTOM range of whole days.",
});

/** A custom range spans at most a year, and so does its comparison: the cost of a report stays bounded. */
export const MAX_REPORT_DAYS = 366;

/** Whole salon-local days [startDate, endDate] and the instants that bound them (local midnights, DST included). */
export interface ReportRange {
  startDate: string;
  endDate: string;
  startsAt: Date;
  endsAt: Date;
}

export interface ReportPeriods {
  current: ReportRange;
  previous: ReportRange;
}

const input = z
  .object({ period: z.nativeEnum(ReportPeriod), date: z.string(), to: z.string().nullish() })
  .refine((i) => (i.period === ReportPeriod.CUSTOM) === (i.to != null), { message: 'to is required for CUSTOM and only for CUSTOM', path: ['to'] })
  .refine((i) => i.to == null || (i.to >= i.date && daysBetween(i.date, i.to) < MAX_REPORT_DAYS), {
    message: `to must be on or after date, at most ${MAX_REPORT_DAYS} days in all`,
    path: ['to'],
  });

export type ReportInput = z.input<typeof input>;

function daysBetween(from: string, to: string): number {
  return DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days;
}

function range(startDate: string, endDate: string, zone: string): ReportRange {
  const midnight = (date: string) => DateTime.fromISO(date, { zone }).startOf('day').toJSDate();
  return { startDate, endDate, startsAt: midnight(startDate), endsAt: midnight(addDays(endDate, 1)) };
}

const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
const monthEnd = (date: string) => DateTime.fromISO(date, { zone: 'UTC' }).endOf('month').toISODate()!;

/**
 * The period a report covers and the one it is compared with: the day, week or month before, or for a custom range
 * the same number of days just before it. Pure; the input is checked here (zod) before any SQL. Throws a ZodError.
 */
export function reportPeriods(raw: ReportInput, zone: string): ReportPeriods {
  const { period, date, to } = input.parse(raw);
  const dated = (start: string, end: string, prevStart: string, prevEnd: string): ReportPeriods => ({
    current: range(start, end, zone),
    previous: range(prevStart, prevEnd, zone),
  });
  switch (period) {
    case ReportPeriod.DAY:
      return dated(date, date, addDays(date, -1), addDays(date, -1));
    case ReportPeriod.WEEK: {
      // Luxon's weekday is 1 (Monday) … 7 (Sunday); the Saudi week starts on Sunday.
      const start = addDays(date, -(DateTime.fromISO(date, { zone: 'UTC' }).weekday % 7));
      return dated(start, addDays(start, 6), addDays(start, -7), addDays(start, -1));
    }
    case ReportPeriod.MONTH: {
      const before = addDays(monthStart(date), -1);
      return dated(monthStart(date), monthEnd(date), monthStart(before), before);
    }
    case ReportPeriod.CUSTOM: {
      const length = daysBetween(date, to!) + 1;
      return dated(date, to!, addDays(date, -length), addDays(date, -1));
    }
  }
}
