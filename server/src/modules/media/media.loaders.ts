import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findPlain, type PlainRow } from '../../db/plain-rows';
import { execute, uuidArray } from '../../db/sql';
import { byKey, groupByKey } from '../../graphql/batch';
import { isUuid } from '../../graphql/ids';
import { SalonPhoto } from '../catalog/photo-review.entity';

const ORDER = { position: 'asc', id: 'asc' } as const;

export function createMediaLoaders(em: EntityManager) {
  return {
    /** Photos of each service, in order: one statement per list of services. */
    photosByServiceId: new DataLoader<string, PlainRow<SalonPhoto>[]>(async (ids) =>
      groupByKey(ids, await findPlain(em, SalonPhoto, { service: { $in: ids.filter(isUuid) } }, ORDER), (p) => p.service!.id)),
    /** Photos of each stylist, in order. */
    photosByStaffId: new DataLoader<string, PlainRow<SalonPhoto>[]>(async (ids) =>
      groupByKey(ids, await findPlain(em, SalonPhoto, { staff: { $in: ids.filter(isUuid) } }, ORDER), (p) => p.staff!.id)),
    /** Whether each person's latest choice about photos of them is yes. */
    photoConsentByUserId: new DataLoader<string, boolean>(async (ids) => {
      const rows = await execute<{ user_id: string; granted: boolean }>(em,
        `select distinct on (user_id) user_id, granted from consents where user_id = any(?::uuid[]) and purpose = 'STYLIST_PHOTOS'
          order by user_id, recorded_at desc, id desc`, [uuidArray(ids.filter(isUuid))]);
      return byKey(ids, rows, (r) => r.user_id).map((r) => r?.granted ?? false);
    }),
  };
}
