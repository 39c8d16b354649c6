import { GraphQLError } from 'graphql';
import { DateTime } from 'luxon';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { selectList, type PlainRow } from '../../db/plain-rows';
import { StaffMember } from '../catalog/staff-member.entity';
import { DateScalar } from '../../graphql/scalars';
import { AvailableDaysInput, AvailableSlotsInput, Slot } from './availability.types';
import { datesBetween } from '../hours/day-plan';
import { readScheduleRows, readScheduleStaff, scheduleOf, type ScheduleSnapshot } from './schedule-loader';

const MAX_DAYS = 62;

/**
 * The schedule of an active service of an active salon, or null: plain rows through the request's loaders and
 * the schedule loader (a read path). The service's row, its salon's row, its staff and the rest of the schedule
 * are all found by the service's id, so they are read side by side, in one message (ADR 0029).
 */
async function bookableSchedule(ctx: AppContext, q: { serviceId: string; staffId?: string | null; from: string; to: string }): Promise<{ schedule: ScheduleSnapshot; staff: PlainRow<StaffMember>[] } | null> {
  if (!isUuid(q.serviceId) || (q.staffId && !isUuid(q.staffId))) return null;
  const keys = { ...q, now: ctx.app.now() };
  const [service, salon, staff, rows] = await Promise.all([
    ctx.loaders.catalog.serviceById.load(q.serviceId),
    ctx.loaders.catalog.salonByServiceId.load(q.serviceId),
    // Only the columns the operation reads of a staff member (each slot hands its row on as `staff`).
    readScheduleStaff(ctx.em, keys, selectList(ctx.em, StaffMember, 'sm', ctx.shape.propertiesOf('StaffMember'))),
    readScheduleRows(ctx.em, keys),
  ]);
  if (!service?.isActive || !salon?.isActive) return null;
  return { schedule: scheduleOf({ ...keys, service, salon, slotIntervalMinutes: ctx.app.config.SLOT_INTERVAL_MINUTES }, staff, rows), staff };
}

@Resolver(() => Slot)
export class AvailabilityResolver {
  @Query(() => [Slot], { description: 'Free times for a service on one day; empty when nothing is free or the service is not bookable.' })
  async availableSlots(@Ctx() ctx: AppContext, @Arg('input', () => AvailableSlotsInput, { description: 'Service, day and optionally staff.' }) input: AvailableSlotsInput): Promise<Slot[]> {
    const bookable = await bookableSchedule(ctx, { serviceId: input.serviceId, staffId: input.staffId, from: input.date, to: input.date });
    if (!bookable) return [];
    const { schedule } = bookable;
    const chosen = input.staffId ? schedule.slots(input.date) : schedule.anyStaffSlots(input.date);
    // Each slot carries the staff row the calculation read: who does it needs no further read.
    const staff = new Map(bookable.staff.map((member) => [member.id, member as StaffMember]));
    return chosen.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, staffId: s.staffId, staff: staff.get(s.staffId)! }));
  }

  @Query(() => [DateScalar], { description: 'Days between `from` and `to` with at least one free time.' })
  async availableDays(@Ctx() ctx: AppContext, @Arg('input', () => AvailableDaysInput, { description: 'Service, range and optionally staff.' }) input: AvailableDaysInput): Promise<string[]> {
    const span = DateTime.fromISO(input.to).diff(DateTime.fromISO(input.from), 'days').days;
    if (span < 0 || span > MAX_DAYS) {
      throw new GraphQLError(`The range must run forward and span at most ${MAX_DAYS} days`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' } });
    }
    const bookable = await bookableSchedule(ctx, { serviceId: input.serviceId, staffId: input.staffId, from: input.from, to: input.to });
    if (!bookable) return [];
    return datesBetween(input.from, input.to).filter((date) => bookable.schedule.slots(date).length > 0);
  }

  @FieldResolver(() => StaffMember, { description: 'Who would do it.' })
  staff(@Root() slot: Slot, @Ctx() ctx: AppContext): StaffMember | Promise<StaffMember> {
    // Free times carry their staff rows; a visit's parts name theirs by id.
    return slot.staff ?? (ctx.loaders.catalog.staffMemberById.load(slot.staffId) as Promise<StaffMember>);
  }
}
