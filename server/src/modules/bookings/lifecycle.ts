import type { EntityManager } from '@mikro-orm/postgresql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { Booking, BookingEvent, BookingStatus } from './booking.entity';

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

export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(booking: Booking, to: BookingStatus): void {
  if (!canTransition(booking.status, to)) {
    throw new BusinessError(UserErrorCode.INVALID_TRANSITION, 'bookings.invalidTransition', ['input', 'bookingId'], { status: booking.status });
  }
}

/** Changes the status and writes the audit row, in the caller's transaction. */
export function moveTo(em: EntityManager, booking: Booking, to: BookingStatus, actorId: string | null, reason = ''): void {
  assertTransition(booking, to);
  recordEvent(em, booking, booking.status, to, actorId, reason);
  booking.status = to;
  if (to !== S.PENDING) booking.holdExpiresAt = null;
}

export function recordEvent(em: EntityManager, booking: Booking, from: BookingStatus | null, to: BookingStatus, actorId: string | null, reason: string): void {
  em.create(BookingEvent, { booking, actor: actorId, fromStatus: from, toStatus: to, reason: reason.slice(0, 500) });
}
