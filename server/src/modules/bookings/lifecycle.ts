import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { Booking, BookingEvent, BookingStatus } from './booking.entity';
import type { BookingActorKind } from './payment-hooks';

const S = BookingStatus;

/** Which status may follow which. Everything else is INVALID_TRANSITION. */
const TRANSITIONS: Record<BookingStatus, BookingStatus[]> = {
  [S.PENDING]: [S.CONFIRMED, S.CANCELLED, S.EXPIRED],
  [S.CONFIRMED]: [S.COMPLETED, S.NO_SHOW, S.CANCELLED],
  [S.COMPLETED]: [],
  [S.CANCELLED]: [],
  [S.NO_SHOW]: [],
  [S.EXPIRED]: [],
};

function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function invalidTransition(status: BookingStatus, field = ['input', 'bookingId']): BusinessError {
  return new BusinessError(UserErrorCode.INVALID_TRANSITION, 'bookings.invalidTransition', field, {}, {}, { status: `bookings.status.${status}` });
}

export function assertTransition(booking: Booking, to: BookingStatus): void {
  if (!canTransition(booking.status, to)) throw invalidTransition(booking.status);
}

export interface ChangedBy {
  userId: string | null;
  kind: BookingActorKind;
}

/**
 * Changes the status, writes the audit row and tells payments, all in the caller's transaction, so a status
 * change and its consequences commit together. Returns the audit row (the occurrence that messages refer to).
 */
export async function transition(app: AppServices, tx: EntityManager, booking: Booking, to: BookingStatus, by: ChangedBy, reason: string): Promise<BookingEvent> {
  assertTransition(booking, to);
  const from = booking.status;
  const event = recordEvent(tx, booking, from, to, by.userId, reason);
  booking.status = to;
  if (to !== S.PENDING) booking.holdExpiresAt = null;
  await app.bookingPaymentHooks.onStatusChange(tx, { bookingId: booking.id, from, to, by: by.kind, actorId: by.userId, at: app.now() });
  return event;
}

export function recordEvent(em: EntityManager, booking: Booking, from: BookingStatus | null, to: BookingStatus, actorId: string | null, reason: string): BookingEvent {
  return em.create(BookingEvent, { booking, actor: actorId, fromStatus: from, toStatus: to, reason: reason.slice(0, 500) });
}
