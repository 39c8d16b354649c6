import { or, rule } from 'graphql-shield';
import type { AppContext } from '../../graphql/context';
import { unauthenticatedError } from '../../graphql/errors';
import { allow, fields, isAuthenticated, isDeskOf, isStaffOf, perObject } from '../../graphql/rules';
import { isUuid } from '../../graphql/ids';
import type { Booking } from './booking.entity';
import type { BookingRole } from './manage-booking';

/** The viewer is one of `roles` on the booking that `bookingIdOf` names. Unknown bookings are refused alike. */
function onBooking(name: string, roles: Exclude<BookingRole, null>[], bookingIdOf: (parent: any, args: any, ctx: AppContext) => string | undefined | Promise<string | undefined>) {
  return rule(`onBooking:${name}`, { cache: 'no_cache' })(async (parent, args, ctx: AppContext) => {
    if (!ctx.viewer) return unauthenticatedError(ctx.locale);
    const id = await bookingIdOf(parent, args, ctx);
    if (!id) return false;
    const role = await ctx.loaders.bookings.viewerRole.load(id);
    return role !== null && roles.includes(role);
  });
}

const input = (_: unknown, args: { input: { bookingId: string } }) => args.input.bookingId;
const parentId = (parent: Booking) => parent.id;
const anyone = ['customer', 'staff', 'receptionist', 'manager'] as const;

/**
 * Who may move a visit: its customer, the salon's desk (managers, receptionists), and a stylist of the salon who
 * serves one of its parts (the moved visit lands on their own column). Another stylist of the salon is refused, as
 * is anyone elsewhere; an unknown visit is refused alike. A visit is reached through its first part.
 */
async function mayMoveVisit(visitId: string, ctx: AppContext): Promise<boolean> {
  const leadId = await ctx.loaders.bookings.leadIdByVisitId.load(visitId);
  if (!leadId) return false;
  const role = await ctx.loaders.bookings.viewerRole.load(leadId);
  if (role === 'staff') return ctx.loaders.bookings.viewerServesVisit.load(visitId);
  return role === 'customer' || role === 'receptionist' || role === 'manager';
}

const canMoveVisit = rule('canMoveVisit', { cache: 'no_cache' })(async (_, args: { input: { visitId: string } }, ctx: AppContext) =>
  (ctx.viewer ? mayMoveVisit(args.input.visitId, ctx) : unauthenticatedError(ctx.locale)));

/**
 * Free times are public, like availableSlots. Leaving a visit's own parts out of the busy time (to move it) shows
 * where that visit is, so that is for those who may move it.
 */
const visitTimes = (name: string) => rule(`visitTimes:${name}`, { cache: 'no_cache' })(async (_, args: { input: { excludeVisitId?: string | null } }, ctx: AppContext) => {
  if (args.input.excludeVisitId == null) return true;
  return ctx.viewer ? mayMoveVisit(args.input.excludeVisitId, ctx) : unauthenticatedError(ctx.locale);
});
const salonSide = ['staff', 'receptionist', 'manager'] as const;

/**
 * A booking exists for its customer and its salon; nobody else learns anything about it, not even whether the id
 * exists: an unknown id is refused exactly like someone else's (FORBIDDEN), never answered with null.
 */
const canSeeBooking = onBooking('booking', [...anyone], (_: unknown, args: { id: string }) => args.id);

/** Staff, receptionists and managers of the salon the input names book at its front desk. */
const salonDesk = (name: string) => {
  const salonOf = (_: unknown, a: { input: { salonId: string } }) => (isUuid(a.input.salonId) ? a.input.salonId : null);
  return or(isDeskOf(name, salonOf), isStaffOf(name, salonOf));
};

export const bookingsPermissions = {
  Query: {
    myBookings: isAuthenticated,
    availableVisitStarts: visitTimes('starts'),
    availableVisitDays: visitTimes('days'),
    // The desk's view ignores the salon's notice and horizon: for the salon's own people only.
    frontDeskVisitStarts: salonDesk('frontDeskVisitStarts'),
    booking: canSeeBooking,
    salonBookings: or(isDeskOf('salonBookings', (_: unknown, a: { salonId: string }) => a.salonId), isStaffOf('salonBookings', (_: unknown, a: { salonId: string }) => a.salonId)),
  },
  Mutation: {
    createBooking: isAuthenticated,
    createFrontDeskBooking: salonDesk('frontDesk'),
    createWalkInBooking: salonDesk('walkIn'),
    confirmBooking: onBooking('confirm', [...salonSide], input),
    cancelBooking: onBooking('cancel', [...anyone], input),
    rescheduleBooking: onBooking('reschedule', [...anyone], input),
    completeBooking: onBooking('complete', [...salonSide], input),
    markNoShow: onBooking('noShow', [...salonSide], input),
    checkInBooking: onBooking('checkIn', [...salonSide], input),
    createReview: onBooking('review', ['customer'], input),
    bookVisit: isAuthenticated,
    createFrontDeskVisit: salonDesk('frontDeskVisit'),
    rescheduleVisit: canMoveVisit,
  },
  BookingConnection: fields(['edges', 'pageInfo'], allow),
  BookingEdge: fields(['cursor', 'node'], allow),
  // Whoever reached a booking may read it; the phone number is for the salon and the customer only (also true of both).
  Booking: {
    ...fields(['id', 'createdAt', 'startsAt', 'endsAt', 'blockedUntil', 'priceHalalas', 'currency', 'status', 'holdExpiresAt', 'notes',
      'cancelledAt', 'cancelReason', 'version', 'salon', 'service', 'staff', 'customer', 'events', 'cancellableUntil', 'channel', 'createdBy', 'checkedInAt', 'visit', 'visitPosition'], perObject(onBooking('read', [...anyone], parentId))),
    customerPhoneNumber: perObject(onBooking('phone', [...anyone], parentId)),
  },
  // Reached only through Booking.events, which is guarded.
  BookingEvent: fields(['id', 'createdAt', 'fromStatus', 'toStatus', 'reason', 'actor'], allow),
  ...Object.fromEntries(
    ['CreateBookingPayload', 'CreateFrontDeskBookingPayload', 'CreateWalkInBookingPayload', 'ConfirmBookingPayload', 'CancelBookingPayload', 'RescheduleBookingPayload', 'CompleteBookingPayload', 'MarkNoShowPayload', 'CheckInBookingPayload'].map((t) => [t, fields(['booking', 'errors'], allow)]),
  ),
  CreateReviewPayload: fields(['review', 'errors'], allow),
  // Reached only through Booking.visit (guarded), the customer's own bookVisit and the desk's createFrontDeskVisit; each part is a guarded Booking.
  Visit: fields(['id', 'createdAt', 'totalHalalas', 'currency', 'parts', 'startsAt', 'endsAt', 'status', 'salon'], allow),
  VisitSlot: fields(['startsAt', 'endsAt', 'parts'], allow),
  BookVisitPayload: fields(['visit', 'errors'], allow),
  CreateFrontDeskVisitPayload: fields(['visit', 'errors'], allow),
  RescheduleVisitPayload: fields(['visit', 'errors'], allow),
};
