import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';

/**
 * Serialises everything that may create the account of one phone number (a sign-in code, a manager adding staff)
 * until the transaction ends, so two of them never both find no account and both insert one.
 */
export async function lockAccountOf(tx: EntityManager, phoneNumber: string): Promise<void> {
  await execute(tx, 'select pg_advisory_xact_lock(hashtext(?))', [`account:${phoneNumber}`]);
}
