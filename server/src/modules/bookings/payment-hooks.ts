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
 * - CANCELLED: refund a captured payment, void an authorised one, minus a late-cancellation fee;
 * - COMPLETED: capture an authorised payment, release a fee guarantee;
 * - NO_SHOW: keep the no-show fee (or, without one, the deposit) and give back the rest;
 * - EXPIRED: void whatever the lapsed hold authorised.
 * An implementation records its intent in `tx` (a refund row, say) and talks to the gateway after commit, from its
 * own worker; a gateway call inside the transaction would hold the booking's locks for the length of an HTTP call.
 * Throwing a BusinessError refuses the change (the caller sees it in `errors`). The payments module implements it
 * (`modules/payments/booking-hooks.ts`).
 *
 * `prepare` runs before a booking is made (its payment terms: deposit, fees and their acceptance).
 *
 * The opposite direction, a payment arriving for a held booking, is `confirmPaidBooking` in manage-booking.ts.
 */
export interface BookingPaymentHooks {
  onStatusChange(tx: EntityManager, change: BookingStatusChange): Promise<void>;
  /**
   * Before a booking is made, in its transaction: the salon's payment policy for the service decides whether the
   * booking must hold its time until paid online, and refuses (BusinessError) fees the customer did not accept.
   * `record` stores the terms once the booking exists, in the same transaction.
   */
  prepare(tx: EntityManager, request: BookingPaymentRequest): Promise<PreparedPayment>;
}

export interface BookingPaymentRequest {
  salonId: string;
  serviceId: string;
  priceHalalas: number;
  /** Online by the customer; the front desk takes money at the counter and accepts no fees for the customer. */
  online: boolean;
  termsAccepted: boolean;
  /** When the booking starts: a fee guarantee further ahead than an authorisation lasts saves the card instead. */
  startsAt: Date;
  at: Date;
}

export interface PreparedPayment {
  holdForPayment: boolean;
  record(tx: EntityManager, bookingId: string): void;
}
