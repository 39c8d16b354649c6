import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { decodeCursor, instantIdCursor, toConnection, type ConnectionShape } from '../../graphql/relay';
import type { AuditAction } from './audit-log';
import type { AuditEntry } from './audit.types';

interface Row {
  id: string;
  occurred_at: Date;
  action: AuditAction;
  actor_id: string | null;
  actor_role: string | null;
  subject_user_id: string | null;
  salon_id: string | null;
  target_type: string | null;
  target_id: string | null;
  details: unknown;
  ip: string | null;
  user_agent: string;
}

const toEntry = (r: Row): AuditEntry => ({
  id: r.id, occurredAt: new Date(r.occurred_at), action: r.action, actorId: r.actor_id, actorRole: r.actor_role, subjectUserId: r.subject_user_id,
  salonId: r.salon_id, targetType: r.target_type, targetId: r.target_id, details: JSON.stringify(r.details ?? {}), ip: r.ip, userAgent: r.user_agent,
});

export interface AuditLogQuery {
  /** One salon's entries; null: every entry (the platform administrator). */
  salonId: string | null;
  action?: AuditAction | null;
  first: number;
  after?: string | null;
}

/** Newest first, keyset-paginated on (occurred_at, id), served by the (salon_id, occurred_at, id) index. */
export async function listAuditLog(em: EntityManager, q: AuditLogQuery): Promise<ConnectionShape<AuditEntry>> {
  const cursor = q.after ? decodeCursor(q.after, instantIdCursor) : null;
  const where: string[] = [];
  const params: unknown[] = [];
  const filter = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (q.salonId) filter('salon_id = ?', q.salonId);
  if (q.action) filter('action = ?', q.action);
  if (cursor) filter('(occurred_at, id) < (?, ?)', cursor[0], cursor[1]);
  const rows = await execute<Row>(em, `select * from audit_log ${where.length ? `where ${where.join(' and ')}` : ''}
    order by occurred_at desc, id desc limit ?`, [...params, q.first + 1]);
  return toConnection(rows.map(toEntry), q.first, (e) => [e.occurredAt.toISOString(), e.id], Boolean(q.after));
}
