import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { pageSize, type ConnectionShape } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';
import { isErasedPhone } from '../accounts/phone';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';
import { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { Booking, BookingChannel, BookingEvent, BookingStatus } from './booking.entity';
import { logPhoneRead } from '../audit/phone-reads';
import { createFrontDeskBooking } from './front-desk';
import {
  BookingConnection, BookingFilter, CancelBookingInput, CancelBookingPayload, CheckInBookingInput, CheckInBookingPayload, CompleteBookingInput, CompleteBookingPayload,
  ConfirmBookingInput, ConfirmBookingPayload, CreateBookingInput, CreateBookingPayload, CreateFrontDeskBookingInput, CreateFrontDeskBookingPayload,
  CreateReviewInput, CreateReviewPayload, CreateWalkInBookingInput, CreateWalkInBookingPayload,
  MarkNoShowInput, MarkNoShowPayload, RescheduleBookingInput, RescheduleBookingPayload,
} from './bookings.types';
import { createBooking } from './create-booking';
import { listBookings, listSalonBookings } from './list-bookings';
import { cancelBooking, checkInBooking, confirmBooking, createReview, finishBooking, rescheduleBooking, type Actor } from './manage-booking';

/** The viewer's role on the booking; the permission rule has already refused anyone without one. */
async function actor(ctx: AppContext, bookingId: string): Promise<Actor> {
  const role = await ctx.loaders.bookings.viewerRole.load(bookingId);
  return { userId: ctx.viewer!.userId, role: role! };
}

@Resolver(() => Booking)
export class BookingsResolver {
  @Query(() => BookingConnection, { description: "The signed-in customer's bookings." })
  myBookings(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => BookingFilter, { nullable: true, description: 'Which bookings.' }) filter?: BookingFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<Booking>> {
    return listBookings(ctx.em, ctx.viewer!.userId, { status: filter?.status, upcoming: filter?.upcoming, first: pageSize(first), after, now: ctx.app.now() });
  }

  @Query(() => Booking, { nullable: true, description: 'One booking: for its customer and for the staff and managers of its salon.' })
  booking(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Booking id.' }) id: string): Promise<Booking | null> {
    return isUuid(id) ? ctx.loaders.bookings.bookingById.load(id) : Promise.resolve(null);
  }

  @Query(() => [Booking], { description: "A salon's bookings in a time range (at most 31 days), for calendars. Staff and managers of the salon." })
  salonBookings(
    @Ctx() ctx: AppContext,
    @Arg('salonId', () => ID, { description: 'The salon.' }) salonId: string,
    @Arg('from', () => DateTimeScalar, { description: 'Range start.' }) from: Date,
    @Arg('to', () => DateTimeScalar, { description: 'Range end (exclusive).' }) to: Date,
    @Arg('staffId', () => ID, { nullable: true, description: 'Only this staff member.' }) staffId?: string | null,
  ): Promise<Booking[]> {
    if (to <= from || to.getTime() - from.getTime() > 31 * 86_400_000) {
      throw new GraphQLError('The range must run forward and span at most 31 days', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'to' } });
    }
    if (staffId && !isUuid(staffId)) return Promise.resolve([]);
    return listSalonBookings(ctx.em, salonId, from, to, staffId ?? null);
  }

  @Mutation(() => CreateBookingPayload, { description: 'Book a free time (phone-verified customers).' })
  createBooking(@Ctx() ctx: AppContext, @Arg('input', () => CreateBookingInput, { description: 'What and when.' }) input: CreateBookingInput) {
    return toPayload(ctx.locale, async () => ({ booking: await createBooking(ctx.app, ctx.em, ctx.viewer!.userId, input) }));
  }

  @Mutation(() => CreateFrontDeskBookingPayload, { description: "Book for a customer by phone number, from the salon's front desk (staff and managers of the salon)." })
  createFrontDeskBooking(@Ctx() ctx: AppContext, @Arg('input', () => CreateFrontDeskBookingInput, { description: 'Who, what and when.' }) input: CreateFrontDeskBookingInput) {
    return toPayload(ctx.locale, async () => ({ booking: await createFrontDeskBooking(ctx.app, ctx.em, ctx.viewer!.userId, input, BookingChannel.FRONT_DESK) }));
  }

  @Mutation(() => CreateWalkInBookingPayload, { description: 'Start a walk-in now with a free stylist (staff and managers of the salon).' })
  createWalkInBooking(@Ctx() ctx: AppContext, @Arg('input', () => CreateWalkInBookingInput, { description: 'Who and what.' }) input: CreateWalkInBookingInput) {
    return toPayload(ctx.locale, async () => ({ booking: await createFrontDeskBooking(ctx.app, ctx.em, ctx.viewer!.userId, input, BookingChannel.WALK_IN) }));
  }

  @Mutation(() => ConfirmBookingPayload, { description: 'Confirm a pending booking (staff and managers).' })
  async confirmBooking(@Ctx() ctx: AppContext, @Arg('input', () => ConfirmBookingInput, { description: 'The booking.' }) input: ConfirmBookingInput) {
    const who = await actor(ctx, input.bookingId);
    return toPayload(ctx.locale, async () => ({ booking: await confirmBooking(ctx.app, ctx.em, input, who) }));
  }

  @Mutation(() => CancelBookingPayload, { description: 'Cancel: customers until the cut-off, the salon any time with a reason.' })
  async cancelBooking(@Ctx() ctx: AppContext, @Arg('input', () => CancelBookingInput, { description: 'The booking and why.' }) input: CancelBookingInput) {
    const who = await actor(ctx, input.bookingId);
    return toPayload(ctx.locale, async () => ({ booking: await cancelBooking(ctx.app, ctx.em, input, who, input.reason) }));
  }

  @Mutation(() => RescheduleBookingPayload, { description: 'Move a booking: customers until the cut-off, the salon any time.' })
  async rescheduleBooking(@Ctx() ctx: AppContext, @Arg('input', () => RescheduleBookingInput, { description: 'The booking and its new time.' }) input: RescheduleBookingInput) {
    const who = await actor(ctx, input.bookingId);
    return toPayload(ctx.locale, async () => ({ booking: await rescheduleBooking(ctx.app, ctx.em, input, who, input) }));
  }

  @Mutation(() => CompleteBookingPayload, { description: 'Mark a started booking as done (staff and managers).' })
  async completeBooking(@Ctx() ctx: AppContext, @Arg('input', () => CompleteBookingInput, { description: 'The booking.' }) input: CompleteBookingInput) {
    const who = await actor(ctx, input.bookingId);
    return toPayload(ctx.locale, async () => ({ booking: await finishBooking(ctx.app, ctx.em, input, who, BookingStatus.COMPLETED) }));
  }

  @Mutation(() => CheckInBookingPayload, { description: 'Record that the customer has arrived (staff, receptionists and managers of the salon), from the booking\'s day on.' })
  async checkInBooking(@Ctx() ctx: AppContext, @Arg('input', () => CheckInBookingInput, { description: 'The booking.' }) input: CheckInBookingInput) {
    const who = await actor(ctx, input.bookingId);
    return toPayload(ctx.locale, async () => ({ booking: await checkInBooking(ctx.app, ctx.em, input, who) }));
  }

  @Mutation(() => MarkNoShowPayload, { description: 'Record that the customer did not come (staff and managers).' })
  async markNoShow(@Ctx() ctx: AppContext, @Arg('input', () => MarkNoShowInput, { description: 'The booking.' }) input: MarkNoShowInput) {
    const who = await actor(ctx, input.bookingId);
    return toPayload(ctx.locale, async () => ({ booking: await finishBooking(ctx.app, ctx.em, input, who, BookingStatus.NO_SHOW) }));
  }

  @Mutation(() => CreateReviewPayload, { description: 'Review a completed booking, once.' })
  createReview(@Ctx() ctx: AppContext, @Arg('input', () => CreateReviewInput, { description: 'Stars and words.' }) input: CreateReviewInput) {
    return toPayload(ctx.locale, async () => ({ review: await createReview(ctx.app, ctx.em, input.bookingId, ctx.viewer!.userId, input) }));
  }

  @FieldResolver(() => Salon, { description: 'Where.' })
  async salon(@Root() b: Booking, @Ctx() ctx: AppContext): Promise<Salon> {
    return (await ctx.loaders.catalog.salonById.load(b.salon.id))!;
  }

  @FieldResolver(() => Service, { description: 'What (name and duration as the service is now; the price is the booking\'s own).' })
  async service(@Root() b: Booking, @Ctx() ctx: AppContext): Promise<Service> {
    return (await ctx.loaders.catalog.serviceById.load(b.service.id))!;
  }

  @FieldResolver(() => StaffMember, { description: 'With whom.' })
  async staff(@Root() b: Booking, @Ctx() ctx: AppContext): Promise<StaffMember> {
    return (await ctx.loaders.catalog.staffMemberById.load(b.staff.id))!;
  }

  @FieldResolver(() => User, { description: 'Who booked.' })
  async customer(@Root() b: Booking, @Ctx() ctx: AppContext): Promise<User> {
    return (await ctx.loaders.accounts.userById.load(b.customer.id))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made it: the customer online, or the staff member or manager at the front desk.' })
  async createdBy(@Root() b: Booking, @Ctx() ctx: AppContext): Promise<User | null> {
    return b.createdBy ? ctx.loaders.accounts.userById.load(b.createdBy.id) : null;
  }

  @FieldResolver(() => String, { description: "The customer's phone number, for the salon to call; empty once the customer deleted their account. Every read by the salon's staff or managers is recorded in the salon's audit log." })
  async customerPhoneNumber(@Root() b: Booking, @Ctx() ctx: AppContext): Promise<string> {
    const [customer, role] = await Promise.all([ctx.loaders.accounts.userById.load(b.customer.id), ctx.loaders.bookings.viewerRole.load(b.id)]);
    // A deleted account has no number left to show or to log.
    if (isErasedPhone(customer!.phoneNumber)) return '';
    if (role !== 'customer' && customer!.id !== ctx.viewer!.userId) await logPhoneRead(ctx, { bookingId: b.id, salonId: b.salon.id, customerId: customer!.id });
    return customer!.phoneNumber;
  }

  @FieldResolver(() => [BookingEvent], { description: 'Every change, oldest first.' })
  events(@Root() b: Booking, @Ctx() ctx: AppContext): Promise<BookingEvent[]> {
    return ctx.loaders.bookings.eventsByBookingId.load(b.id);
  }

  @FieldResolver(() => DateTimeScalar, { description: 'Until when the customer may cancel or reschedule it themselves.' })
  async cancellableUntil(@Root() b: Booking, @Ctx() ctx: AppContext): Promise<Date> {
    const salon = (await ctx.loaders.catalog.salonById.load(b.salon.id))!;
    return new Date(b.startsAt.getTime() - salon.cancellationCutoffHours * 3_600_000);
  }
}

@Resolver(() => BookingEvent)
export class BookingEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change; null for the system (an unpaid hold lapsing, a payment arriving).' })
  async actor(@Root() e: BookingEvent, @Ctx() ctx: AppContext): Promise<User | null> {
    return e.actor ? ctx.loaders.accounts.userById.load(e.actor.id) : null;
  }
}
