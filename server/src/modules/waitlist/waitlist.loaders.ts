import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, uuidArray } from '../../db/sql';
import { byKey } from '../../graphql/batch';
import { isUuid } from '../../graphql/ids';
import { WaitlistOffer, WaitlistOfferStatus } from './waitlist.entity';

export function createWaitlistLoaders(em: EntityManager) {
  return {
    /** Each entry's open offer, if any (at most one: a partial unique index). */
    openOfferByEntryId: new DataLoader<string, WaitlistOffer | null>(async (ids) =>
      byKey(ids, await em.find(WaitlistOffer, { entry: { $in: [...ids] }, status: WaitlistOfferStatus.OPEN }), (o) => o.entry.id),
    ),
    /** Who each offer is for: the customer of its entry (for the permission rules). */
    customerIdByOfferId: new DataLoader<string, string | null>(async (ids) => {
      const rows = await execute<{ id: string; customer_id: string }>(
        em, 'select o.id, e.customer_id from waitlist_offers o join waitlist_entries e on e.id = o.entry_id where o.id = any(?::uuid[])', [uuidArray(ids.filter(isUuid))],
      );
      return byKey(ids, rows, (r) => r.id).map((r) => r?.customer_id ?? null);
    }),
    customerIdByEntryId: new DataLoader<string, string | null>(async (ids) => {
      const rows = await execute<{ id: string; customer_id: string }>(em, 'select id, customer_id from waitlist_entries where id = any(?::uuid[])', [uuidArray(ids.filter(isUuid))]);
      return byKey(ids, rows, (r) => r.id).map((r) => r?.customer_id ?? null);
    }),
  };
}
