import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';

/**
 * The salon's review count and average from its visible reviews (a hidden one counts for nothing). Called inside
 * the transaction that adds, edits or hides a review, so the figures never disagree with the list. The salon row
 * is locked first: the count then starts after any other review change of this salon has committed (a new
 * statement sees it), so two changes at once cannot leave a figure that misses one of them.
 */
export async function recomputeSalonRating(tx: EntityManager, salonId: string, at: Date): Promise<void> {
  await execute(tx, 'select id from salons where id = ? for no key update', [salonId]);
  await execute(
    tx,
    `update salons set review_count = r.n, rating_average = r.avg, updated_at = ?
       from (select count(*) as n, coalesce(round(avg(rating), 2), 0) as avg from reviews where salon_id = ? and hidden_at is null) r
      where id = ?`,
    [at, salonId, salonId],
  );
}
