import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { SalonCalendar } from './calendar.types';
import { loadSalonCalendar } from './salon-calendar';
import { calendarScope } from './calendar-scope';

const MAX_DAYS = 7;

@Resolver(() => SalonCalendar)
export class CalendarResolver {
  @Query(() => SalonCalendar, { description: "A salon's days in its own time zone, one column per stylist: the front desk's time grid. Managers see every stylist; staff their own column." })
  async salonCalendar(
    @Ctx() ctx: AppContext,
    @Arg('salonId', () => ID, { description: 'The salon.' }) salonId: string,
    @Arg('date', () => DateScalar, { description: 'First day, in the salon\'s time zone.' }) date: string,
    @Arg('days', () => Int, { nullable: true, description: 'How many days, 1–7 (default 1; 7 for a week view).' }) days?: number | null,
    @Arg('staffId', () => ID, { nullable: true, description: 'Only this stylist (a week view). Staff may name only themselves.' }) staffId?: string | null,
    @Arg('includeCancelled', () => Boolean, { nullable: true, description: 'Also list cancelled bookings (default false).' }) includeCancelled?: boolean | null,
  ): Promise<SalonCalendar> {
    const span = days ?? 1;
    if (!Number.isInteger(span) || span < 1 || span > MAX_DAYS) {
      throw new GraphQLError(`days must be between 1 and ${MAX_DAYS}`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'days' } });
    }
    // The permission rule has already refused anyone without a scope.
    const scope = (await calendarScope(ctx, salonId))!;
    const salon = (await ctx.loaders.catalog.salonById.load(salonId))!;
    const staff = (await ctx.loaders.catalog.activeStaffBySalonId.load(salonId)).filter((s) => (scope === 'all' || scope.includes(s.id)) && (!staffId || s.id === staffId));
    return loadSalonCalendar(ctx.em, {
      salon, date, days: span, staff, includeCancelled: includeCancelled ?? false, now: ctx.app.now(), slotIntervalMinutes: ctx.app.config.SLOT_INTERVAL_MINUTES,
    });
  }
}
