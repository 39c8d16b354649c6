import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';

const DAY = 86_400_000;

/**
 * Deletes audit log entries older than AUDIT_RETENTION_DAYS through `audit_log_purge`, the one way past the
 * append-only trigger (ADR 0015). The cutoff comes from the application clock.
 */
export async function purgeExpiredAuditLog(app: AppServices): Promise<number> {
  const cutoff = new Date(app.now().getTime() - app.config.AUDIT_RETENTION_DAYS * DAY);
  const [{ purged }] = await execute<{ purged: number }>(app.orm.em.fork() as EntityManager, 'select audit_log_purge(?) as purged', [cutoff]);
  return purged;
}
