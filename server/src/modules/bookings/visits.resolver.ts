import { GraphQLError } from 'graphql';
import { DateTime } from 'luxon';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { BusinessError, toPayload } from '../../graphql/errors';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { datesBetween } from '../hours/day-plan';
import type { Slot } from '../availability/availability.types';
import { computeVisitSlots } from '../availability/slots';
import { Salon } from '../catalog/salon.entity';
import { Booking, BookingStatus } from './booking.entity';
import { bookVisit, visitSchedule, visitServices, withinReach } from './book-visit';
import { createFrontDeskVisit } from './front-desk';
import { SALON_OVERRIDES, type SlotOverrides } from './slot-guard';
import { Visit } from './visit.entity';
import { rescheduleVisit } from './reschedule-visit';
import {
  AvailableVisitDaysInput, AvailableVisitStartsInput, BookVisitInput, BookVisitPayload, CreateFrontDeskVisitInput, CreateFrontDeskVisitPayload, FrontDeskVisitStartsInput,
  RescheduleVisitInput, RescheduleVisitPayload, VisitSlot,
} from './visits.types';

const MAX_DAYS = 62;

/** The visit's services when they can be booked together (at that salon); null (an empty answer) otherwise, as availableSlots does. */
async function bookableVisit(ctx: AppContext, parts: AvailableVisitStartsInput['parts'], salonId?: string) {
  try {
    return await visitServices(ctx.em, parts, salonId);
  } catch (err) {
    if (err instanceof BusinessError) return null;
    throw err;
  }
}

/** The parts of the visit being moved, left out of the busy time (the permission rule has checked the viewer may move it). */
async function excluded(ctx: AppContext, visitId: string | null | undefined): Promise<string[] | undefined> {
  return visitId ? (await ctx.loaders.bookings.partsByVisitId.load(visitId)).map((p) => p.id) : undefined;
}

/** Where the whole visit fits on a date, with the salon's overrides when it books itself (the rule booking applies). */
async function visitStarts(ctx: AppContext, input: Pick<AvailableVisitStartsInput, 'parts' | 'date' | 'excludeVisitId'>, salonId?: string, overrides?: SlotOverrides): Promise<VisitSlot[]> {
  const found = await bookableVisit(ctx, input.parts, salonId);
  if (!found || !withinReach(found.salon, input.date, ctx.app.now(), overrides)) return [];
  const { rules, parts } = (await visitSchedule(ctx.em, ctx.app, {
    ...found, parts: input.parts, from: input.date, to: input.date, excludeBookingIds: await excluded(ctx, input.excludeVisitId),
  }))(input.date);
  return computeVisitSlots({ ...rules, ...overrides }, parts).map((v) => ({ startsAt: v.startsAt, endsAt: v.endsAt, parts: v.parts.map((p) => ({ startsAt: p.startsAt, endsAt: p.endsAt, staffId: p.staffId }) as Slot) }));
}

@Resolver(() => Visit)
export class VisitsResolver {
  @Query(() => [VisitSlot], { description: 'Start times on one day where a whole visit (several services in sequence) fits; empty when none does or the services cannot be booked together.' })
  availableVisitStarts(@Ctx() ctx: AppContext, @Arg('input', () => AvailableVisitStartsInput, { description: 'The services in order, stylists and day.' }) input: AvailableVisitStartsInput): Promise<VisitSlot[]> {
    return visitStarts(ctx, input);
  }

  @Query(() => [VisitSlot], { description: "Start times on one day where a whole visit fits, for the salon's front desk: as availableVisitStarts without the salon's minimum notice and horizon, the starts createFrontDeskVisit books (staff, receptionists and managers of the salon)." })
  frontDeskVisitStarts(@Ctx() ctx: AppContext, @Arg('input', () => FrontDeskVisitStartsInput, { description: 'The salon, the services in order, stylists and day.' }) input: FrontDeskVisitStartsInput): Promise<VisitSlot[]> {
    return visitStarts(ctx, input, input.salonId, SALON_OVERRIDES);
  }

  @Query(() => [DateScalar], { description: 'Days between `from` and `to` (at most 62 days) where a whole visit fits at least once, for a calendar picker.' })
  async availableVisitDays(@Ctx() ctx: AppContext, @Arg('input', () => AvailableVisitDaysInput, { description: 'The services in order, stylists and range.' }) input: AvailableVisitDaysInput): Promise<string[]> {
    const span = DateTime.fromISO(input.to).diff(DateTime.fromISO(input.from), 'days').days;
    if (span < 0 || span > MAX_DAYS) {
      throw new GraphQLError(`The range must run forward and span at most ${MAX_DAYS} days`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' } });
    }
    const found = await bookableVisit(ctx, input.parts);
    const dates = found ? datesBetween(input.from, input.to).filter((date) => withinReach(found.salon, date, ctx.app.now())) : [];
    if (!found || dates.length === 0) return [];
    const day = await visitSchedule(ctx.em, ctx.app, { ...found, parts: input.parts, from: dates[0], to: dates.at(-1)!, excludeBookingIds: await excluded(ctx, input.excludeVisitId) });
    return dates.filter((date) => {
      const { rules, parts } = day(date);
      return computeVisitSlots(rules, parts).length > 0;
    });
  }

  @Mutation(() => BookVisitPayload, { description: 'Book several services in one visit, one after another, all or nothing (phone-verified customers).' })
  bookVisit(@Ctx() ctx: AppContext, @Arg('input', () => BookVisitInput, { description: 'What, with whom and when.' }) input: BookVisitInput) {
    return toPayload(ctx.locale, async () => ({ visit: await bookVisit(ctx.app, ctx.em, ctx.viewer!.userId, input) }));
  }

  @Mutation(() => CreateFrontDeskVisitPayload, { description: "Book several services in one visit for a customer by phone number, from the salon's front desk, all or nothing (staff, receptionists and managers of the salon)." })
  createFrontDeskVisit(@Ctx() ctx: AppContext, @Arg('input', () => CreateFrontDeskVisitInput, { description: 'Who, what, with whom and when.' }) input: CreateFrontDeskVisitInput) {
    return toPayload(ctx.locale, async () => ({ visit: await createFrontDeskVisit(ctx.app, ctx.em, ctx.viewer!.userId, input) }));
  }

  @Mutation(() => RescheduleVisitPayload, { description: 'Move a whole visit to a new start, each part with its own stylist: customers until the cut-off, the salon any time.' })
  async rescheduleVisit(@Ctx() ctx: AppContext, @Arg('input', () => RescheduleVisitInput, { description: 'The visit and its new start.' }) input: RescheduleVisitInput) {
    // The permission rule has already found the viewer's role on the visit (through its first part); a stylist who
    // serves a part moves it as the salon does.
    const leadId = (await ctx.loaders.bookings.leadIdByVisitId.load(input.visitId))!;
    const who = { userId: ctx.viewer!.userId, role: (await ctx.loaders.bookings.viewerRole.load(leadId))! };
    return toPayload(ctx.locale, async () => ({ visit: await rescheduleVisit(ctx.app, ctx.em, input, who) }));
  }

  @FieldResolver(() => [Booking], { description: 'Its services, in order: each an ordinary booking (staff act on them one by one; cancelling one cancels the visit).' })
  parts(@Root() visit: Visit, @Ctx() ctx: AppContext): Promise<Booking[]> {
    return ctx.loaders.bookings.partsByVisitId.load(visit.id);
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When the first service starts.' })
  async startsAt(@Root() visit: Visit, @Ctx() ctx: AppContext): Promise<Date> {
    return (await ctx.loaders.bookings.partsByVisitId.load(visit.id))[0].startsAt;
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When the last service ends.' })
  async endsAt(@Root() visit: Visit, @Ctx() ctx: AppContext): Promise<Date> {
    return (await ctx.loaders.bookings.partsByVisitId.load(visit.id)).at(-1)!.endsAt;
  }

  @FieldResolver(() => BookingStatus, { description: "The first part's status: the visit is booked, paid, cancelled and moved as a whole." })
  async status(@Root() visit: Visit, @Ctx() ctx: AppContext): Promise<BookingStatus> {
    return (await ctx.loaders.bookings.partsByVisitId.load(visit.id))[0].status;
  }

  @FieldResolver(() => Salon, { description: 'Where.' })
  async salon(@Root() visit: Visit, @Ctx() ctx: AppContext): Promise<Salon> {
    return (await ctx.loaders.catalog.salonById.load(visit.salon.id))!;
  }
}

@Resolver(() => Booking)
export class BookingVisitResolver {
  @FieldResolver(() => Visit, { nullable: true, description: 'The visit this booking is a part of, when several services were booked together; null otherwise.' })
  visit(@Root() booking: Booking, @Ctx() ctx: AppContext): Promise<Visit | null> | null {
    return booking.visit ? ctx.loaders.bookings.visitById.load(booking.visit.id) : null;
  }
}
