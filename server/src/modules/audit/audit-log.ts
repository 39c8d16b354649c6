import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { execute } from '../../db/sql';

export enum AuditAction {
  /** Salon staff or a manager read a customer's phone number. */
  PHONE_READ = 'PHONE_READ',
  /** A person downloaded everything the platform holds about them. */
  EXPORT = 'EXPORT',
  /** A person deleted their account. */
  DELETION = 'DELETION',
  /** Money was given back (by a manager, or because a paid booking was cancelled). */
  REFUND = 'REFUND',
  /** A person's role changed (a customer became staff, say). */
  ROLE_CHANGE = 'ROLE_CHANGE',
  /** A platform administrator hid a review, or closed a report on it and left it up (details.decision). */
  REVIEW_MODERATION = 'REVIEW_MODERATION',
}
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit log entry records.' });

/** Who acted and from where: the signed-in person, their network address and browser. Null actor: the system. */
export interface AuditOrigin {
  actorId: string | null;
  actorRole: string | null;
  ip: string | null;
  userAgent: string;
}

export const SYSTEM_ORIGIN: AuditOrigin = { actorId: null, actorRole: null, ip: null, userAgent: '' };

export interface AuditEntryInput {
  action: AuditAction;
  salonId?: string | null;
  /** The person the entry is about (whose phone was read, who was exported or deleted). */
  subjectUserId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Ids, amounts and codes only: never a name, phone number or email (the log outlives a deletion). */
  details?: Record<string, string | number | boolean | null>;
}

const COLUMNS = 12;

/** Appends entries in the caller's transaction (or on their own when there is none), in one statement. */
export async function recordAudit(em: EntityManager, at: Date, origin: AuditOrigin, entries: AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map(() => `(${new Array(COLUMNS).fill('?').join(', ')})`).join(', ');
  const params = entries.flatMap((e) => [
    randomUUID(), at, e.action, origin.actorId, origin.actorRole, e.salonId ?? null, e.subjectUserId ?? null,
    e.targetType ?? null, e.targetId ?? null, JSON.stringify(e.details ?? {}), origin.ip, origin.userAgent.slice(0, 300),
  ]);
  await execute(em, `insert into audit_log (id, occurred_at, action, actor_id, actor_role, salon_id, subject_user_id, target_type, target_id, details, ip, user_agent)
    values ${rows}`, params);
}
