import type { EntityManager } from '@mikro-orm/postgresql';
import { BookingStatus } from '../bookings/booking.entity';
import type { BookingPaymentHooks } from '../bookings/payment-hooks';
import { Payment, PaymentOperation, PaymentOperationKind, PaymentStatus } from './payment.entity';
import { HOLDS_MONEY } from './payment-state';
import { auditRefund } from './refund-audit';
import { SYSTEM_ORIGIN } from '../audit/audit-log';

/**
 * What booking changes mean for money, recorded in the booking's own transaction as operations that the payment
 * worker sends to Moyasar after commit:
 * - cancelled (by the customer inside the policy, or by the salon) or a hold that lapsed: give everything back,
 *   voiding an authorisation and refunding a charge;
 * - completed or no-show: capture an authorisation (a kept deposit for a no-show).
 */
export const paymentHooks: BookingPaymentHooks = {
  async onStatusChange(tx: EntityManager, change) {
    // A surplus payment is already being given back (apply-report.ts).
    const payments = await tx.find(Payment, { booking: change.bookingId, status: { $in: HOLDS_MONEY }, surplus: false });
    for (const payment of payments) {
      const kind = operationFor(change.to, payment.status);
      if (!kind) continue;
      tx.create(PaymentOperation, { payment, kind, nextAttemptAt: change.at, reason: `booking ${change.to.toLowerCase()} by ${change.by}` });
      if (kind === PaymentOperationKind.REFUND) await auditRefund(tx, change.at, { ...SYSTEM_ORIGIN, actorId: change.actorId, actorRole: change.by }, payment.id, null);
    }
  },
};

function operationFor(to: BookingStatus, status: PaymentStatus): PaymentOperationKind | null {
  const authorised = status === PaymentStatus.AUTHORIZED;
  if (to === BookingStatus.CANCELLED || to === BookingStatus.EXPIRED) return authorised ? PaymentOperationKind.VOID : PaymentOperationKind.REFUND;
  if ((to === BookingStatus.COMPLETED || to === BookingStatus.NO_SHOW) && authorised) return PaymentOperationKind.CAPTURE;
  return null;
}
