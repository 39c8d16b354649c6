import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';

/**
 * Serialises everything that books or frees one staff member's time: a transaction-scoped advisory lock, so it
 * holds across every server instance and worker on the database and is released by commit or rollback alone.
 */
export async function lockStaff(tx: EntityManager, staffId: string): Promise<void> {
  await execute(tx, 'select pg_advisory_xact_lock(hashtext(?))', [`booking:staff:${staffId}`]);
}
