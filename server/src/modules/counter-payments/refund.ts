import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { AuditAction, recordAudit, type AuditOrigin } from '../audit/audit-log';
import { Invoice, InvoiceKind } from '../invoices/invoice.entity';
import { issueDocument } from '../invoices/issue';
import { CounterPayment, CounterRefund, type CounterPaymentMethod } from './counter-payment.entity';
import { lockBooking, means } from './record';
import './counter-payments.messages';

export interface RefundCounterPaymentInput {
  counterPaymentId: string;
  amountHalalas: number;
  method: CounterPaymentMethod;
  reason: string;
}

/** Money refunded so far from a counter payment: the sum of its refund rows, which only ever grow. */
export async function refundedSoFar(em: EntityManager, counterPaymentId: string): Promise<number> {
  const [{ refunded }] = await execute<{ refunded: number }>(em, 'select coalesce(sum(amount_halalas), 0)::int as refunded from counter_refunds where counter_payment_id = ?', [counterPaymentId]);
  return refunded;
}

/**
 * A manager gives counter money back: a refund row and a credit note referring to the payment's invoice, in one
 * transaction under the booking's lock, never more than what is left of the payment.
 */
export async function refundCounterPayment(app: AppServices, em: EntityManager, origin: AuditOrigin & { actorId: string }, input: RefundCounterPaymentInput): Promise<{ counterPayment: CounterPayment; creditNote: Invoice }> {
  if (!Number.isInteger(input.amountHalalas) || input.amountHalalas <= 0) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'counter.invalidAmount', ['input', 'amountHalalas']);
  const reason = input.reason.trim();
  if (!reason || reason.length > 500) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'counter.reasonRequired', ['input', 'reason']);

  return em.transactional(async (tx) => {
    const payment = await tx.findOneOrFail(CounterPayment, { id: input.counterPaymentId });
    await lockBooking(tx, payment.booking.id);
    const max = payment.totalHalalas - (await refundedSoFar(tx, payment.id));
    if (input.amountHalalas > max) throw new BusinessError(UserErrorCode.REFUND_EXCEEDS_BALANCE, 'counter.refundExceeds', ['input', 'amountHalalas'], { max });
    const refund = tx.create(CounterRefund, { counterPayment: payment, recordedBy: origin.actorId, amountHalalas: input.amountHalalas, method: input.method, reason });
    await tx.flush();
    const original = await tx.findOneOrFail(Invoice, { counterPaymentId: payment.id, kind: InvoiceKind.INVOICE });
    const creditNote = await issueDocument(tx, {
      bookingId: payment.booking.id, kind: InvoiceKind.CREDIT_NOTE, amountHalalas: input.amountHalalas, at: app.now(), original,
      counterRefundId: refund.id, reason, means: [{ method: means(input.method), amountHalalas: input.amountHalalas }],
    });
    // Money given back is in the salon's audit log, as an online refund is (ADR 0015).
    await recordAudit(tx, app.now(), origin, [{
      action: AuditAction.REFUND, salonId: creditNote.salon.id, subjectUserId: creditNote.customer.id, targetType: 'COUNTER_PAYMENT', targetId: payment.id,
      details: { bookingId: payment.booking.id, amountHalalas: input.amountHalalas, method: input.method, creditNoteNumber: creditNote.number },
    }]);
    app.logger.info({ event: 'counter.refund_recorded', counterPaymentId: payment.id, amountHalalas: input.amountHalalas, creditNoteNumber: creditNote.number, by: origin.actorId }, 'Counter refund recorded');
    return { counterPayment: payment, creditNote };
  });
}
