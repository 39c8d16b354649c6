import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute, uuidArray } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { erasedPhoneFor } from '../accounts/phone';
import { UserRole } from '../accounts/user.entity';
import { AuditAction, recordAudit, type AuditOrigin } from '../audit/audit-log';
import { cancelForAccountDeletion } from '../bookings/manage-booking';
import { reducedObservation, reducedReport } from '../payments/reduced-report';
import { deactivateStaffMember } from '../people/stylists';
import { leaveWaitlistForDeletedAccount } from '../waitlist/manage-waitlist';
import { removeMember } from '../people/team';
import { checkDeletionCode, spendDeletionCode } from './deletion-code';
import { INVOICE_RETAINED_REASON, PAYMENT_RETAINED_REASON } from './retention';

export interface DeletionResult {
  /** Future bookings that were cancelled (the salon told, paid amounts given back). */
  cancelledBookings: number;
}

/**
 * Deletes a person's account (PDPL, docs/privacy.md), confirmed with a fresh deletion code, in one transaction
 * under a lock on their row: a second or concurrent request finds the account already deleted and does nothing.
 * Staff memberships end first; future bookings are cancelled; sessions are revoked; every personal field is
 * erased; payments stay, reduced to what the tax and payment rules need, and invoices stay as issued, both marked
 * with why.
 */
export async function deleteAccount(app: AppServices, em: EntityManager, userId: string, requestId: string, code: string, origin: AuditOrigin): Promise<DeletionResult> {
  await checkDeletionCode(app, em, userId, requestId, code);
  return em.transactional(async (tx) => {
    const now = app.now();
    const [user] = await execute<{ phone_number: string; deleted_at: Date | null }>(tx, 'select phone_number, deleted_at from users where id = ? for update', [userId]);
    if (user.deleted_at) return { cancelledBookings: 0 };
    const [soleManager] = await execute(tx, `select 1 from salon_memberships m where m.user_id = ? and m.role = 'MANAGER' and not exists
      (select 1 from salon_memberships o where o.salon_id = m.salon_id and o.role = 'MANAGER' and o.user_id <> m.user_id) limit 1`, [userId]);
    if (soleManager) throw new BusinessError(UserErrorCode.SOLE_SALON_MANAGER, 'privacy.soleManager', null);
    await spendDeletionCode(tx, requestId, now);

    // Removed from their salons first, the way the team's own lifecycle does it (role trail, audit entries); the
    // bookings a stylist serves stay with the salon to move or cancel (salonTeam.bookingsToHandle).
    const memberships = await execute<{ salon_id: string }>(tx, 'select salon_id from salon_memberships where user_id = ?', [userId]);
    for (const { salon_id: salonId } of memberships) await removeMember(tx, origin, { salonId, userId });
    const stylist = await execute<{ id: string }>(tx, 'select id from staff_members where user_id = ? and is_active', [userId]);
    for (const { id } of stylist) await deactivateStaffMember(app, tx, origin, id);
    await execute(tx, "update staff_members set display_name = '—', bio = '', updated_at = ? where user_id = ?", [now, userId]);
    await execute(tx, 'delete from platform_admins where user_id = ?', [userId]);
    await execute(tx, 'delete from salon_invitations where phone_number = ?', [user.phone_number]);
    await execute(tx, 'update role_events set subject_phone_number = null where subject_phone_number = ?', [user.phone_number]);

    const future = await execute<{ id: string }>(tx,
      `select id from bookings where customer_id = ? and starts_at > ?
         and (status = 'CONFIRMED' or (status = 'PENDING' and (hold_expires_at is null or hold_expires_at > ?))) order by starts_at`,
      [userId, now, now]);
    for (const { id } of future) await cancelForAccountDeletion(app, tx, id, userId);
    await tx.flush();
    await leaveWaitlistForDeletedAccount(tx, userId, now);

    await execute(tx, "update notifications set status = 'SKIPPED', updated_at = ? where recipient_id = ? and status = 'PENDING'", [now, userId]);
    await execute(tx, 'update notifications set last_error = null where recipient_id = ?', [userId]);
    await execute(tx, 'delete from refresh_tokens where session_id in (select id from sessions where user_id = ?)', [userId]);
    await execute(tx, "update sessions set revoked_at = coalesce(revoked_at, ?), revoked_reason = coalesce(revoked_reason, 'account-deleted'), user_agent = '' where user_id = ?", [now, userId]);
    // Free text the person wrote: notes to the salon, their cancellation reasons, their reviews.
    await execute(tx, "update bookings set notes = '' where customer_id = ? and notes <> ''", [userId]);
    await execute(tx, 'update bookings set cancel_reason = null where cancelled_by_id = ? and cancel_reason is not null', [userId]);
    await execute(tx, "update booking_events set reason = '' where actor_id = ? and reason <> ''", [userId]);
    await execute(tx, 'delete from reviews where customer_id = ?', [userId]);
    await execute(tx, 'delete from consents where user_id = ?', [userId]);
    await execute(tx, 'delete from phone_otps where phone_number = ?', [user.phone_number]);

    const payments = await reducePayments(tx, userId, now);
    const invoices = await execute(tx, `insert into retained_records (id, user_id, record_type, record_id, reason, retained_at)
      select gen_random_uuid(), ?, 'INVOICE', id, ?, ? from invoices where customer_id = ? on conflict do nothing returning id`, [userId, INVOICE_RETAINED_REASON, now, userId]);
    await execute(tx,
      `update users set phone_number = ?, email = null, first_name = '', last_name = '', is_phone_verified = false, role = ?,
         deleted_at = ?, updated_at = ? where id = ?`,
      [erasedPhoneFor(userId), UserRole.CUSTOMER, now, now, userId]);
    await recordAudit(tx, now, origin, [{
      action: AuditAction.DELETION, subjectUserId: userId, targetType: 'USER', targetId: userId,
      details: { cancelledBookings: future.length, retainedPayments: payments, retainedInvoices: invoices.length },
    }]);
    return { cancelledBookings: future.length };
  });
}

/** The person's payments stay for the tax and payment rules, marked with why and reduced to what those need. */
async function reducePayments(tx: EntityManager, userId: string, now: Date): Promise<number> {
  const payments = await execute<{ id: string; provider_payload: Record<string, unknown> | null }>(tx,
    'select p.id, p.provider_payload from payments p join bookings b on b.id = p.booking_id where b.customer_id = ? for update of p', [userId]);
  for (const p of payments) {
    await execute(tx, 'update payments set provider_payload = ?, retained_reason = ?, updated_at = ? where id = ?',
      [p.provider_payload ? JSON.stringify(reducedReport(p.provider_payload)) : null, PAYMENT_RETAINED_REASON, now, p.id]);
  }
  const events = await execute<{ id: string; payload: Record<string, unknown> }>(tx, 'select id, payload from payment_events where payment_id = any(?::uuid[])', [uuidArray(payments.map((p) => p.id))]);
  for (const e of events) await execute(tx, 'update payment_events set payload = ? where id = ?', [JSON.stringify(reducedObservation(e.payload)), e.id]);
  return payments.length;
}
