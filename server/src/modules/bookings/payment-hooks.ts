import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookingStatus } from './booking.entity';

/** Who moved a booking: its customer, the salon (staff or manager), or the system (an unpaid hold lapsing). */
export type BookingActorKind = 'customer' | 'salon' | 'system';

export interface BookingStatusChange {
  bookingId: string;
  from: BookingStatus;
  to: BookingStatus;
  by: BookingActorKind;
  /** The person who made the change; null for the system. */
  actorId: string | null;
  /** When, on the application clock: what the change causes (a refund, say) is due from then. */
  at: Date;
}

/**
 * The seam between bookings and payments. Bookings call it for every status change (confirm, cancel, complete,
 * no-show, expiry) INSIDE the transaction that makes the change, so the two commit or roll back together:
 * - CANCELLED: refund a captured payment, void an authorised one;
 * - COMPLETED or NO_SHOW: capture an authorised payment (a kept deposit for a no-show);
 * - EXPIRED: void whatever the lapsed hold authorised.
 * An implementation records its intent in `tx` (a refund row, say) and talks to the gateway after commit, from its
 * own worker; a gateway call inside the transaction would hold the booking's locks for the length of an HTTP call.
 * Throwing a BusinessError refuses the change (the caller sees it in `errors`). The payments module implements it
 * (`modules/payments/booking-hooks.ts`).
 *
 * The opposite direction, a payment arriving for a held booking, is `confirmPaidBooking` in manage-booking.ts.
 */
export interface BookingPaymentHooks {
  onStatusChange(tx: EntityManager, change: BookingStatusChange): Promise<void>;
}
