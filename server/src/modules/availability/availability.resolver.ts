import { GraphQLError } from 'graphql';
import { DateTime } from 'luxon';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { StaffMember } from '../catalog/staff-member.entity';
import { Service } from '../catalog/service.entity';
import type { Salon } from '../catalog/salon.entity';
import { DateScalar } from '../../graphql/scalars';
import { AvailableDaysInput, AvailableSlotsInput, Slot } from './availability.types';
import { datesBetween, loadSchedule } from './schedule-loader';
import { anyStaffSlots } from './slots';

const MAX_DAYS = 62;

/** The service and its salon when both are active: plain rows through the request's loaders (a read path). */
async function bookable(ctx: AppContext, serviceId: string): Promise<{ service: Service; salon: Salon } | null> {
  if (!isUuid(serviceId)) return null;
  const service = await ctx.loaders.catalog.serviceById.load(serviceId);
  if (!service?.isActive) return null;
  const salon = await ctx.loaders.catalog.salonById.load(service.salon.id);
  return salon?.isActive ? { service, salon } : null;
}

@Resolver(() => Slot)
export class AvailabilityResolver {
  @Query(() => [Slot], { description: 'Free times for a service on one day; empty when nothing is free or the service is not bookable.' })
  async availableSlots(@Ctx() ctx: AppContext, @Arg('input', () => AvailableSlotsInput, { description: 'Service, day and optionally staff.' }) input: AvailableSlotsInput): Promise<Slot[]> {
    const found = await bookable(ctx, input.serviceId);
    if (!found || (input.staffId && !isUuid(input.staffId))) return [];
    const schedule = await loadSchedule(ctx.em, {
      ...found, staffId: input.staffId, from: input.date, to: input.date, now: ctx.app.now(), slotIntervalMinutes: ctx.app.config.SLOT_INTERVAL_MINUTES,
    });
    // Who does each slot is one of the staff just read: the slots' `staff` field needs no further round trip.
    for (const member of schedule.staff) ctx.loaders.catalog.staffMemberById.prime(member.id, member);
    const slots = schedule.slots(input.date);
    const chosen = input.staffId ? slots : anyStaffSlots(slots, schedule.day(input.date).staff);
    return chosen.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, staffId: s.staffId }) as Slot);
  }

  @Query(() => [DateScalar], { description: 'Days between `from` and `to` with at least one free time.' })
  async availableDays(@Ctx() ctx: AppContext, @Arg('input', () => AvailableDaysInput, { description: 'Service, range and optionally staff.' }) input: AvailableDaysInput): Promise<string[]> {
    const span = DateTime.fromISO(input.to).diff(DateTime.fromISO(input.from), 'days').days;
    if (span < 0 || span > MAX_DAYS) {
      throw new GraphQLError(`The range must run forward and span at most ${MAX_DAYS} days`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' } });
    }
    const found = await bookable(ctx, input.serviceId);
    if (!found || (input.staffId && !isUuid(input.staffId))) return [];
    const schedule = await loadSchedule(ctx.em, {
      ...found, staffId: input.staffId, from: input.from, to: input.to, now: ctx.app.now(), slotIntervalMinutes: ctx.app.config.SLOT_INTERVAL_MINUTES,
    });
    return datesBetween(input.from, input.to).filter((date) => schedule.slots(date).length > 0);
  }

  @FieldResolver(() => StaffMember, { description: 'Who would do it.' })
  async staff(@Root() slot: Slot, @Ctx() ctx: AppContext): Promise<StaffMember> {
    return (await ctx.loaders.catalog.staffMemberById.load(slot.staffId))!;
  }
}
