import type { EntityManager } from '@mikro-orm/postgresql';
import { emNow } from '../../db/clock';
import { execute } from '../../db/sql';
import { AuditAction, recordAudit, type AuditOrigin } from '../audit/audit-log';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';
import { RoleEvent, RoleEventAction, RoleEventSource } from './role-event.entity';
import { accountRole, SalonRole } from './roles';

export interface RoleChange {
  salonId?: string | null;
  subjectId?: string | null;
  subjectPhoneNumber?: string | null;
  action: RoleEventAction;
  fromRole?: string | null;
  toRole?: string | null;
  reason?: string;
  source?: RoleEventSource;
}

/**
 * Writes one row of the role trail, and the matching ROLE_CHANGE entry of the personal-data audit log (who, from
 * where; ids and role names only), in the caller's transaction, so the change and its records commit together.
 */
export async function recordRoleEvent(tx: EntityManager, origin: AuditOrigin, change: RoleChange): Promise<RoleEvent> {
  const event = tx.create(RoleEvent, {
    salon: change.salonId ? tx.getReference(Salon, change.salonId) : null,
    subject: change.subjectId ? tx.getReference(User, change.subjectId) : null,
    subjectPhoneNumber: change.subjectPhoneNumber ?? null,
    actor: origin.actorId ? tx.getReference(User, origin.actorId) : null,
    action: change.action,
    fromRole: change.fromRole ?? null,
    toRole: change.toRole ?? null,
    reason: change.reason ?? '',
    source: change.source ?? RoleEventSource.API,
  });
  await recordAudit(tx, emNow(tx), origin, [{
    action: AuditAction.ROLE_CHANGE, salonId: change.salonId, subjectUserId: change.subjectId,
    targetType: 'ROLE_EVENT', targetId: event.id, details: { change: change.action, from: change.fromRole ?? null, to: change.toRole ?? null },
  }]);
  return event;
}

/** Re-derives the deprecated account-wide `users.role` from the person's salon roles, after flushing the change. */
export async function syncAccountRole(tx: EntityManager, userId: string): Promise<void> {
  await tx.flush();
  const [row] = await execute<{ roles: SalonRole[] | null; stylist: boolean }>(
    tx,
    `select (select array_agg(role) from salon_memberships where user_id = ?) as roles,
            exists (select 1 from staff_members where user_id = ? and is_active) as stylist`,
    [userId, userId],
  );
  const user = await tx.findOneOrFail(User, { id: userId });
  user.role = accountRole({ memberships: row.roles ?? [], isStylist: row.stylist });
}
