import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';

/**
 * Unpaid holds that lapsed become EXPIRED, which frees their time (the exclusion constraint only covers PENDING
 * and CONFIRMED). Run by the worker for everyone, and inside booking transactions for the staff member at stake,
 * so a lapsed hold never blocks a new booking even between sweeps. Returns how many expired.
 */
export async function expireLapsedHolds(em: EntityManager, now: Date, staffId?: string): Promise<number> {
  const rows = await execute<{ id: string }>(
    em,
    `with expired as (
       update bookings set status = 'EXPIRED', updated_at = now(), version = version + 1
        where status = 'PENDING' and hold_expires_at <= ? ${staffId ? 'and staff_id = ?' : ''}
        returning id)
     insert into booking_events (id, created_at, updated_at, booking_id, from_status, to_status, reason)
     select gen_random_uuid(), now(), now(), id, 'PENDING', 'EXPIRED', 'unpaid hold lapsed' from expired
     returning booking_id as id`,
    staffId ? [now, staffId] : [now],
  );
  return rows.length;
}
