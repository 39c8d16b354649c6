import { rule } from 'graphql-shield';
import type { AppContext } from '../../graphql/context';
import { unauthenticatedError } from '../../graphql/errors';
import { allow, fields } from '../../graphql/rules';
import { calendarScope } from './calendar-scope';

/** Managers read the whole salon; staff read their own column, and naming someone else's is refused. */
const canReadCalendar = rule('canReadCalendar', { cache: 'no_cache' })(async (_parent, args: { salonId: string; staffId?: string | null }, ctx: AppContext) => {
  if (!ctx.viewer) return unauthenticatedError(ctx.locale);
  const scope = await calendarScope(ctx, args.salonId);
  if (scope === null) return false;
  return scope === 'all' || !args.staffId || scope.includes(args.staffId);
});

export const calendarPermissions = {
  Query: { salonCalendar: canReadCalendar },
  // Reached only through salonCalendar; bookings inside keep their own per-field rules.
  SalonCalendar: fields(['salonId', 'timeZone', 'slotIntervalMinutes', 'now', 'startsAt', 'endsAt', 'days', 'columns'], allow),
  CalendarDay: fields(['date', 'startsAt', 'endsAt', 'closed', 'closureReason', 'scheduleName'], allow),
  CalendarColumn: fields(['staff', 'workingHours', 'timeOff', 'bookings'], allow),
  TimeSpan: fields(['startsAt', 'endsAt', 'reason'], allow),
};
