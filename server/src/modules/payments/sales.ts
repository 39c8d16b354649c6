import type { OnlineSale } from '../invoices/online-sales';
import { Payment, PaymentStatus } from './payment.entity';

/** Statuses in which the money was taken for good. */
export const CHARGED = [PaymentStatus.PAID, PaymentStatus.CAPTURED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED];

/**
 * A payment as the invoices module sees it: money taken for good (a surplus payment is given back, so it was never
 * a sale) and money given back; a paid payment that was voided gave everything back.
 */
export function onlineSale(payment: Payment, at: Date): OnlineSale {
  const captured = Number((payment.providerPayload as { captured?: number } | null)?.captured ?? 0);
  const charged = !payment.surplus && CHARGED.includes(payment.status) ? captured || payment.amountHalalas : 0;
  const returned = payment.status === PaymentStatus.VOIDED ? payment.amountHalalas : payment.refundedHalalas;
  return { paymentId: payment.id, bookingId: payment.booking.id, chargedHalalas: charged, returnedHalalas: returned, at };
}
