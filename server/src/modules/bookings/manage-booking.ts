import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { Review } from '../catalog/photo-review.entity';
import { enqueue, scheduleReminders } from '../notifications/outbox';
import { NotificationEvent } from '../notifications/notification.entity';
import { Booking, BookingStatus } from './booking.entity';
export type BookingRole = 'customer' | 'staff' | 'manager' | null;
import { assertTransition, moveTo, recordEvent } from './lifecycle';
import { User } from '../accounts/user.entity';
import { assertCustomerFree, lockAndCheckSlot, mapConstraintViolation, requireStaffFor } from './slot-guard';
import './bookings.messages';

const MINUTE = 60_000;

export interface Actor {
  userId: string;
  role: Exclude<BookingRole, null>;
}

/** Loads the booking locked for update, so concurrent changes to one booking run one after another. */
async function lockBooking(tx: EntityManager, bookingId: string): Promise<Booking> {
  const booking = await tx.findOne(Booking, { id: bookingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!booking) throw new BusinessError(UserErrorCode.NOT_FOUND, 'bookings.notFound', ['input', 'bookingId']);
  await tx.populate(booking, ['salon', 'service', 'staff', 'staff.user']);
  return booking;
}

function parties(booking: Booking) {
  return { bookingId: booking.id, customerId: booking.customer.id, staffUserId: booking.staff.user.id, startsAt: booking.startsAt };
}

/** Customers may change their booking only until the salon's cut-off; the salon may change it any time. */
function assertBeforeCutoff(app: AppServices, booking: Booking, actor: Actor): void {
  if (actor.role !== 'customer') return;
  const cutoff = booking.startsAt.getTime() - booking.salon.cancellationCutoffHours * 3_600_000;
  if (app.now().getTime() > cutoff) {
    throw new BusinessError(UserErrorCode.CANCELLATION_WINDOW_PASSED, 'bookings.cancellationWindowPassed', ['input', 'bookingId'], { hours: booking.salon.cancellationCutoffHours });
  }
}

export async function confirmBooking(app: AppServices, em: EntityManager, bookingId: string, actor: Actor): Promise<Booking> {
  return em.transactional(async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    moveTo(tx, booking, BookingStatus.CONFIRMED, actor.userId, 'confirmed by the salon');
    await enqueue(tx, parties(booking), NotificationEvent.CONFIRMED, app.config.NOTIFICATION_CHANNEL, app.now());
    await scheduleReminders(tx, parties(booking), app.config.NOTIFICATION_CHANNEL, app.now());
    return booking;
  });
}

export async function cancelBooking(app: AppServices, em: EntityManager, bookingId: string, actor: Actor, reason: string | null | undefined): Promise<Booking> {
  const cleanReason = (reason ?? '').trim();
  if (actor.role !== 'customer' && !cleanReason) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.reasonRequired', ['input', 'reason']);
  const booking = await em.transactional(async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    assertTransition(booking, BookingStatus.CANCELLED);
    assertBeforeCutoff(app, booking, actor);
    moveTo(tx, booking, BookingStatus.CANCELLED, actor.userId, cleanReason || 'cancelled by the customer');
    booking.cancelledAt = app.now();
    booking.cancelledBy = tx.getReference(User, actor.userId);
    booking.cancelReason = cleanReason || null;
    await enqueue(tx, parties(booking), NotificationEvent.CANCELLED, app.config.NOTIFICATION_CHANNEL, app.now());
    return booking;
  });
  // Money moves after the cancellation is committed; the payments module records and retries its own outcome.
  await app.bookingPaymentHooks.afterCancellation(booking.id, actor.role === 'customer' ? 'customer' : 'salon');
  return booking;
}

export async function rescheduleBooking(
  app: AppServices,
  em: EntityManager,
  bookingId: string,
  actor: Actor,
  input: { startsAt: Date; staffId?: string | null },
): Promise<Booking> {
  try {
    return await em.transactional(async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      if (![BookingStatus.PENDING, BookingStatus.CONFIRMED].includes(booking.status)) {
        throw new BusinessError(UserErrorCode.INVALID_TRANSITION, 'bookings.invalidTransition', ['input', 'bookingId'], { status: booking.status });
      }
      assertBeforeCutoff(app, booking, actor);
      const staff = input.staffId ? await requireStaffFor(tx, booking.service, input.staffId) : booking.staff;
      await lockAndCheckSlot(tx, app, { service: booking.service, salon: booking.salon, staffId: staff.id, startsAt: input.startsAt, excludeBookingId: booking.id });
      const endsAt = new Date(input.startsAt.getTime() + booking.service.durationMinutes * MINUTE);
      await assertCustomerFree(tx, booking.customer.id, input.startsAt, endsAt, booking.id);
      // One UPDATE moves the booking: the old time is released only because the new one is taken.
      booking.staff = staff;
      booking.startsAt = input.startsAt;
      booking.endsAt = endsAt;
      booking.blockedUntil = new Date(endsAt.getTime() + booking.service.bufferAfterMinutes * MINUTE);
      recordEvent(tx, booking, booking.status, booking.status, actor.userId, 'rescheduled');
      await tx.flush();
      await enqueue(tx, parties(booking), NotificationEvent.RESCHEDULED, app.config.NOTIFICATION_CHANNEL, app.now());
      if (booking.status === BookingStatus.CONFIRMED) await scheduleReminders(tx, parties(booking), app.config.NOTIFICATION_CHANNEL, app.now());
      return booking;
    });
  } catch (err) {
    throw mapConstraintViolation(err) ?? err;
  }
}

/** Completing or marking a no-show happens only once the appointment has started. */
export async function finishBooking(app: AppServices, em: EntityManager, bookingId: string, actor: Actor, to: BookingStatus.COMPLETED | BookingStatus.NO_SHOW): Promise<Booking> {
  const booking = await em.transactional(async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (booking.status === BookingStatus.CONFIRMED && app.now() < booking.startsAt) {
      throw new BusinessError(UserErrorCode.INVALID_TRANSITION, 'bookings.notStarted', ['input', 'bookingId']);
    }
    moveTo(tx, booking, to, actor.userId, to === BookingStatus.COMPLETED ? 'completed' : 'customer did not come');
    return booking;
  });
  if (to === BookingStatus.COMPLETED) await app.bookingPaymentHooks.afterCompletion(booking.id);
  return booking;
}

/** One review per completed booking, by its customer; the salon's average moves in the same transaction. */
export async function createReview(em: EntityManager, bookingId: string, customerId: string, input: { rating: number; comment?: string | null }): Promise<Review> {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
    throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.invalidRating', ['input', 'rating']);
  }
  try {
    return await em.transactional(async (tx) => {
      const booking = await lockBooking(tx, bookingId);
      if (booking.status !== BookingStatus.COMPLETED) {
        throw new BusinessError(UserErrorCode.INVALID_TRANSITION, 'bookings.invalidTransition', ['input', 'bookingId'], { status: booking.status });
      }
      if (await tx.findOne(Review, { bookingId })) throw new BusinessError(UserErrorCode.ALREADY_REVIEWED, 'bookings.alreadyReviewed', ['input', 'bookingId']);
      const review = tx.create(Review, { salon: booking.salon, customer: customerId, bookingId, rating: input.rating, comment: (input.comment ?? '').trim().slice(0, 2000) });
      await tx.flush();
      await execute(
        tx,
        `update salons set review_count = r.n, rating_average = r.avg, updated_at = now()
           from (select count(*) as n, coalesce(round(avg(rating), 2), 0) as avg from reviews where salon_id = ?) r where id = ?`,
        [booking.salon.id, booking.salon.id],
      );
      return review;
    });
  } catch (err) {
    if (err instanceof Error && err.message.includes('reviews_booking_id_unique')) {
      throw new BusinessError(UserErrorCode.ALREADY_REVIEWED, 'bookings.alreadyReviewed', ['input', 'bookingId']);
    }
    throw err;
  }
}
