import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../../app-services';
import { BusinessError, UserErrorCode } from '../../../graphql/errors';
import { isUuid } from '../../../graphql/ids';
import { User } from '../../accounts/user.entity';
import { Booking } from '../../bookings/booking.entity';
import type { AuditOrigin } from '../../audit/audit-log';
import { runOneOperation } from '../operations';
import { auditRefund } from '../refund-audit';
import { Payment, PaymentOperation, PaymentOperationKind } from '../payment.entity';
import { SETTLED } from '../payment-state';
import { BookingFee, FeeStatus } from './policy.entity';
import { heldOf } from './policy-store';

/**
 * A manager gives a kept fee back. Under the booking's lock (then the payment's, the order every money decision
 * takes) the fee moves CHARGED → REFUNDED and the refund is queued in one transaction, so two managers on two
 * instances refund it once; then the refund is sent at once (the worker retries it if Moyasar is down).
 */
export async function refundBookingFee(app: AppServices, em: EntityManager, bookingId: string, origin: AuditOrigin & { actorId: string }): Promise<BookingFee> {
  const noFee = () => new BusinessError(UserErrorCode.NOT_FOUND, 'payments.noFee', ['input', 'bookingId']);
  if (!isUuid(bookingId)) throw noFee();
  const { feeId, opId } = await em.transactional(async (tx) => {
    await tx.findOne(Booking, { id: bookingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const fee = await tx.findOne(BookingFee, { booking: bookingId }, { refresh: true });
    // A declined saved-card charge took nothing: there is nothing to give back.
    if (!fee || fee.status === FeeStatus.DECLINED) throw noFee();
    if (fee.status === FeeStatus.REFUNDED) throw new BusinessError(UserErrorCode.FEE_ALREADY_REFUNDED, 'payments.feeAlreadyRefunded', ['input', 'bookingId']);
    const payment = await tx.findOneOrFail(Payment, { id: fee.payment.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    // A fee kept from an authorisation is refundable once its capture went through.
    if (!SETTLED.includes(payment.status) || heldOf(payment).heldHalalas < fee.amountHalalas) {
      throw new BusinessError(UserErrorCode.PAYMENT_IN_PROGRESS, 'payments.feeNotSettled', ['input', 'bookingId']);
    }
    fee.status = FeeStatus.REFUNDED;
    fee.returnedAt = app.now();
    fee.refundedBy = tx.getReference(User, origin.actorId);
    await auditRefund(tx, app.now(), origin, payment.id, fee.amountHalalas);
    const op = tx.create(PaymentOperation, { payment, kind: PaymentOperationKind.REFUND, amountHalalas: fee.amountHalalas, nextAttemptAt: app.now(), reason: `${fee.kind.toLowerCase()} fee refunded by a manager` });
    return { feeId: fee.id, opId: op.id };
  });
  await runOneOperation(app, opId);
  return em.fork().findOneOrFail(BookingFee, { id: feeId });
}
