import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { AuditAction, recordAudit, type AuditOrigin } from '../audit/audit-log';

/** Every refund is in the salon's audit log: a manager's, and the automatic one of a cancelled paid booking. Null amount: all that is left. */
export async function auditRefund(tx: EntityManager, at: Date, origin: AuditOrigin, paymentId: string, amountHalalas: number | null): Promise<void> {
  const [booking] = await execute<{ id: string; salon_id: string; customer_id: string }>(tx,
    'select b.id, b.salon_id, b.customer_id from payments p join bookings b on b.id = p.booking_id where p.id = ?', [paymentId]);
  await recordAudit(tx, at, origin, [{
    action: AuditAction.REFUND, salonId: booking.salon_id, subjectUserId: booking.customer_id, targetType: 'PAYMENT', targetId: paymentId,
    details: { bookingId: booking.id, amountHalalas },
  }]);
}
