import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { User } from '../accounts/user.entity';
import { Review } from '../catalog/photo-review.entity';
import { recomputeSalonRating } from '../catalog/ratings';
import { enqueue, enqueueFor, scheduleReminders, type BookingParties } from '../notifications/outbox';
import { NotificationEvent } from '../notifications/notification.entity';
import { ACTIVE_STATUSES, Booking, BookingStatus } from './booking.entity';
import { assertTransition, invalidTransition, recordEvent, transition, type ChangedBy } from './lifecycle';
import { assertCustomerFree, checkSlot, mapConstraintViolation, requireStaffFor, SALON_OVERRIDES, UNIQUE_VIOLATION, violates } from './slot-guard';
import { lockStaff } from './staff-lock';
import { localDate } from '../availability/slots';
import './bookings.messages';

/** How a person relates to a booking; 'receptionist' keeps the salon's desk (no money, settings or staff). */
export type BookingRole = 'customer' | 'staff' | 'receptionist' | 'manager' | null;

const MINUTE = 60_000;
export const SALON_MOVE = { ...SALON_OVERRIDES, slotIntervalMinutes: 1 };
const SYSTEM: ChangedBy = { userId: null, kind: 'system' };

export interface Actor {
  userId: string;
  role: Exclude<BookingRole, null>;
}

/** Which booking, and optionally the version the caller last saw (optimistic concurrency for calendars). */
export interface BookingRef {
  bookingId: string;
  expectedVersion?: number | null;
}

const changedBy = (actor: Actor): ChangedBy => ({ userId: actor.userId, kind: actor.role === 'customer' ? 'customer' : 'salon' });

/**
 * Loads the booking locked for update, so concurrent changes to one booking run one after another. A caller who
 * saw an older version is told so instead of acting on what they did not see. An unpaid hold that lapsed counts
 * as EXPIRED even before the sweeper has written it.
 */
async function lockBooking(app: AppServices, tx: EntityManager, ref: BookingRef): Promise<Booking> {
  const booking = await tx.findOne(Booking, { id: ref.bookingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!booking) throw new BusinessError(UserErrorCode.NOT_FOUND, 'bookings.notFound', ['input', 'bookingId']);
  if (ref.expectedVersion != null && ref.expectedVersion !== booking.version) {
    throw new BusinessError(UserErrorCode.BOOKING_CHANGED, 'bookings.stale', ['input', 'expectedVersion']);
  }
  if (booking.status === BookingStatus.PENDING && booking.holdExpiresAt && booking.holdExpiresAt <= app.now()) {
    throw invalidTransition(BookingStatus.EXPIRED);
  }
  await tx.populate(booking, ['salon', 'service', 'staff', 'staff.user']);
  return booking;
}

/**
 * A booking and, when it is part of a visit, every part of that visit, each locked for update: the first part
 * (the lead) first, then the others in order, the order every visit-wide change and a payment for the visit take,
 * so they never deadlock. The caller acts on `parts` (all of them, or the one booking outside a visit).
 */
export async function lockWithVisit(app: AppServices, tx: EntityManager, ref: BookingRef): Promise<{ booking: Booking; parts: Booking[] }> {
  const rows = await execute<{ id: string }>(
    tx,
    `select p.id from bookings b join bookings p on p.visit_id = b.visit_id where b.id = ? order by p.visit_position`,
    [isUuid(ref.bookingId) ? ref.bookingId : null],
  );
  if (rows.length === 0) {
    const booking = await lockBooking(app, tx, ref);
    return { booking, parts: [booking] };
  }
  const parts: Booking[] = [];
  for (const row of rows) parts.push(await lockBooking(app, tx, row.id === ref.bookingId ? ref : { bookingId: row.id }));
  return { booking: parts.find((p) => p.id === ref.bookingId)!, parts };
}

export function parties(booking: Booking): BookingParties {
  return { bookingId: booking.id, customerId: booking.customer.id, staffUserId: booking.staff.user.id, startsAt: booking.startsAt };
}

/** An unpaid hold was never announced to the stylist (see confirmPaidBooking), so its changes concern the customer only. */
export const audience = (booking: Booking): 'both' | 'customer' => (booking.status === BookingStatus.PENDING && booking.holdExpiresAt ? 'customer' : 'both');

/** Customers may change their booking only until the salon's cut-off; the salon may change it any time. */
export function assertBeforeCutoff(app: AppServices, booking: Booking, actor: Actor, field = ['input', 'bookingId']): void {
  if (actor.role !== 'customer') return;
  const cutoff = booking.startsAt.getTime() - booking.salon.cancellationCutoffHours * 3_600_000;
  if (app.now().getTime() > cutoff) {
    throw new BusinessError(UserErrorCode.CANCELLATION_WINDOW_PASSED, 'bookings.cancellationWindowPassed', field, { hours: booking.salon.cancellationCutoffHours });
  }
}

export async function confirmBooking(app: AppServices, em: EntityManager, ref: BookingRef, actor: Actor): Promise<Booking> {
  return em.transactional(async (tx) => {
    // Confirming one part of a visit confirms the visit: the customer comes for all of it.
    const { booking, parts } = await lockWithVisit(app, tx, ref);
    assertTransition(booking, BookingStatus.CONFIRMED);
    for (const [i, part] of parts.entries()) {
      if (part !== booking && part.status !== BookingStatus.PENDING) continue;
      const confirmed = await transition(app, tx, part, BookingStatus.CONFIRMED, changedBy(actor), 'confirmed by the salon');
      await enqueue(tx, parties(part), NotificationEvent.CONFIRMED, app.config.NOTIFICATION_CHANNEL, app.now(), confirmed.id, i === 0 ? 'both' : 'staff');
      if (i === 0) await scheduleReminders(tx, parties(part), app.config.NOTIFICATION_CHANNEL, app.now());
    }
    return booking;
  });
}

/**
 * The seam for the payments module: the prepayment of a held booking succeeded. Runs in the caller's transaction
 * when it passes one. The hold ends; the booking is CONFIRMED when the salon auto-confirms and otherwise waits,
 * paid, for the salon. A hold that lapsed or was cancelled meanwhile gives INVALID_TRANSITION: refund the payment.
 */
export async function confirmPaidBooking(app: AppServices, em: EntityManager, bookingId: string): Promise<Booking> {
  return em.transactional(async (tx) => {
    // A visit is paid on its first part; the payment ends the hold of every part.
    const { booking, parts } = await lockWithVisit(app, tx, { bookingId });
    for (const part of parts) if (part.status !== BookingStatus.PENDING || !part.holdExpiresAt) throw invalidTransition(part.status);
    for (const [i, part] of parts.entries()) {
      let paid;
      if (part.salon.autoConfirm) {
        paid = await transition(app, tx, part, BookingStatus.CONFIRMED, SYSTEM, 'prepayment received');
      } else {
        part.holdExpiresAt = null;
        paid = recordEvent(tx, part, BookingStatus.PENDING, BookingStatus.PENDING, null, 'prepayment received');
      }
      // Announced only now: until it was paid, the booking was a hold that might lapse. The customer hears of a
      // visit once, through its first part.
      await enqueue(tx, parties(part), NotificationEvent.BOOKING_CREATED, app.config.NOTIFICATION_CHANNEL, app.now(), paid.id, i === 0 ? 'both' : 'staff');
      if (part.salon.autoConfirm && i === 0) await scheduleReminders(tx, parties(part), app.config.NOTIFICATION_CHANNEL, app.now());
    }
    return booking;
  });
}

export async function cancelBooking(app: AppServices, em: EntityManager, ref: BookingRef, actor: Actor, reason: string | null | undefined): Promise<Booking> {
  const cleanReason = (reason ?? '').trim();
  if (actor.role !== 'customer' && !cleanReason) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.reasonRequired', ['input', 'reason']);
  // The reason is kept in varchar(500) columns (the booking and its audit event).
  if (cleanReason.length > 500) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.reasonTooLong', ['input', 'reason'], { max: 500 });
  return em.transactional(async (tx) => {
    // Cancelling any part of a visit cancels the visit: its parts that still hold time, the first one (with the
    // visit's money and terms) first. The cut-off counts from the visit's start.
    const { booking, parts } = await lockWithVisit(app, tx, ref);
    assertTransition(booking, BookingStatus.CANCELLED);
    assertBeforeCutoff(app, parts[0], actor);
    for (const [i, part] of parts.entries()) {
      if (part !== booking && !ACTIVE_STATUSES.includes(part.status)) continue;
      const recipients = audience(part);
      const cancelled = await transition(app, tx, part, BookingStatus.CANCELLED, changedBy(actor), cleanReason || 'cancelled by the customer');
      part.cancelledAt = app.now();
      part.cancelledBy = tx.getReference(User, actor.userId);
      part.cancelReason = cleanReason || null;
      // The customer hears once per visit; each stylist of their own part.
      await enqueue(tx, parties(part), NotificationEvent.CANCELLED, app.config.NOTIFICATION_CHANNEL, app.now(), cancelled.id, i === 0 || parts.length === 1 ? recipients : recipients === 'both' ? 'staff' : 'none');
    }
    return booking;
  });
}

/**
 * The customer deleted their account: a future booking ends in the deletion's own transaction, inside the
 * cut-off too. Payments give the money back as for any cancellation (booking-hooks.ts); the stylist is told, the
 * customer is not (their number is being erased).
 */
export async function cancelForAccountDeletion(app: AppServices, tx: EntityManager, bookingId: string, customerId: string): Promise<void> {
  const booking = await lockBooking(app, tx, { bookingId });
  const stylistKnows = audience(booking) === 'both';
  const cancelled = await transition(app, tx, booking, BookingStatus.CANCELLED, { userId: customerId, kind: 'customer' }, 'the customer deleted their account');
  booking.cancelledAt = app.now();
  booking.cancelledBy = tx.getReference(User, customerId);
  booking.cancelReason = null;
  if (stylistKnows) await enqueueFor(tx, booking.id, booking.staff.user.id, NotificationEvent.CANCELLED, app.config.NOTIFICATION_CHANNEL, app.now(), cancelled.id);
}

export async function rescheduleBooking(
  app: AppServices,
  em: EntityManager,
  ref: BookingRef,
  actor: Actor,
  input: { startsAt: Date; staffId?: string | null },
): Promise<Booking> {
  try {
    return await em.transactional(async (tx) => {
      const booking = await lockBooking(app, tx, ref);
      // A part cannot move alone: the next part would no longer follow it. The visit moves as a whole (rescheduleVisit).
      if (booking.visit) throw new BusinessError(UserErrorCode.PART_OF_VISIT, 'bookings.partOfVisit', ['input', 'bookingId']);
      if (![BookingStatus.PENDING, BookingStatus.CONFIRMED].includes(booking.status)) throw invalidTransition(booking.status);
      assertBeforeCutoff(app, booking, actor);
      const staff = input.staffId ? await requireStaffFor(tx, booking.service, input.staffId) : booking.staff;
      await lockStaff(tx, staff.id);
      // The salon moves knowingly (another stylist now, a walk-in that started off the grid); a customer gets the online rules.
      const overrides = actor.role === 'customer' ? undefined : SALON_MOVE;
      await checkSlot(tx, app, { service: booking.service, salon: booking.salon, staffId: staff.id, startsAt: input.startsAt, excludeBookingIds: [booking.id], overrides });
      const endsAt = new Date(input.startsAt.getTime() + booking.service.durationMinutes * MINUTE);
      await assertCustomerFree(app, tx, booking.customer.id, input.startsAt, endsAt, [booking.id]);
      const previousStaffUserId = booking.staff.user.id;
      // One UPDATE moves the booking: the old time is released only because the new one is taken.
      booking.staff = staff;
      booking.startsAt = input.startsAt;
      booking.endsAt = endsAt;
      booking.blockedUntil = new Date(endsAt.getTime() + booking.service.bufferAfterMinutes * MINUTE);
      const moved = recordEvent(tx, booking, booking.status, booking.status, actor.userId, 'rescheduled');
      await tx.flush();
      await notifyMoved(app, tx, booking, previousStaffUserId, moved.id);
      if (booking.status === BookingStatus.CONFIRMED) await scheduleReminders(tx, parties(booking), app.config.NOTIFICATION_CHANNEL, app.now());
      return booking;
    });
  } catch (err) {
    throw mapConstraintViolation(err) ?? err;
  }
}

/**
 * The customer hears the new time. A stylist who keeps the booking hears it moved; when it changes hands, the new
 * stylist hears of a new booking and the previous one that it left their calendar.
 */
async function notifyMoved(app: AppServices, tx: EntityManager, booking: Booking, previousStaffUserId: string, occurrenceId: string): Promise<void> {
  const channel = app.config.NOTIFICATION_CHANNEL;
  const recipients = audience(booking);
  const handedOver = recipients === 'both' && previousStaffUserId !== booking.staff.user.id;
  await enqueue(tx, parties(booking), NotificationEvent.RESCHEDULED, channel, app.now(), occurrenceId, handedOver ? 'customer' : recipients);
  if (!handedOver) return;
  await enqueueFor(tx, booking.id, booking.staff.user.id, NotificationEvent.BOOKING_CREATED, channel, app.now(), occurrenceId);
  await enqueueFor(tx, booking.id, previousStaffUserId, NotificationEvent.REASSIGNED, channel, app.now(), occurrenceId);
}

/** Completing or marking a no-show happens only once the appointment has started. */
export async function finishBooking(app: AppServices, em: EntityManager, ref: BookingRef, actor: Actor, to: BookingStatus.COMPLETED | BookingStatus.NO_SHOW): Promise<Booking> {
  return em.transactional(async (tx) => {
    const booking = await lockBooking(app, tx, ref);
    if (booking.status === BookingStatus.CONFIRMED && app.now() < booking.startsAt) {
      throw new BusinessError(UserErrorCode.INVALID_TRANSITION, 'bookings.notStarted', ['input', 'bookingId']);
    }
    await transition(app, tx, booking, to, changedBy(actor), to === BookingStatus.COMPLETED ? 'completed' : 'customer did not come');
    return booking;
  });
}

/**
 * The customer has arrived: the salon checks them in from its calendar, on the booking's own salon-local day (or
 * later, for a customer who came late). A confirmed booking stays CONFIRMED, gains `checkedInAt` and an audit event;
 * checking in twice changes nothing.
 */
export async function checkInBooking(app: AppServices, em: EntityManager, ref: BookingRef, actor: Actor): Promise<Booking> {
  return em.transactional(async (tx) => {
    const booking = await lockBooking(app, tx, ref);
    if (booking.status !== BookingStatus.CONFIRMED) throw invalidTransition(booking.status);
    if (booking.checkedInAt) return booking;
    if (localDate(app.now(), booking.salon.timeZone) < localDate(booking.startsAt, booking.salon.timeZone)) {
      throw new BusinessError(UserErrorCode.INVALID_TRANSITION, 'bookings.checkInTooEarly', ['input', 'bookingId']);
    }
    booking.checkedInAt = app.now();
    recordEvent(tx, booking, booking.status, booking.status, actor.userId, 'checked in');
    return booking;
  });
}

/** One review per completed booking, by its customer; the salon's average moves in the same transaction. */
export async function createReview(app: AppServices, em: EntityManager, bookingId: string, customerId: string, input: { rating: number; comment?: string | null }): Promise<Review> {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
    throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.invalidRating', ['input', 'rating']);
  }
  try {
    return await em.transactional(async (tx) => {
      const booking = await lockBooking(app, tx, { bookingId });
      if (booking.status !== BookingStatus.COMPLETED) throw invalidTransition(booking.status);
      if (await tx.findOne(Review, { bookingId })) throw alreadyReviewed();
      const review = tx.create(Review, {
        salon: booking.salon, customer: customerId, bookingId, service: booking.service, staff: booking.staff,
        rating: input.rating, comment: (input.comment ?? '').trim().slice(0, 2000),
      });
      await tx.flush();
      await recomputeSalonRating(tx, booking.salon.id, app.now());
      return review;
    });
  } catch (err) {
    // The booking row lock serialises reviews of one booking; the unique key is the backstop.
    if (violates(err, UNIQUE_VIOLATION, 'reviews_booking_id_unique')) throw alreadyReviewed();
    throw err;
  }
}

const alreadyReviewed = () => new BusinessError(UserErrorCode.ALREADY_REVIEWED, 'bookings.alreadyReviewed', ['input', 'bookingId']);
