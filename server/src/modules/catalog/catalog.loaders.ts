import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, groupByKey } from '../../graphql/batch';
import { Salon } from './salon.entity';
import { Service } from './service.entity';
import { StaffMember } from './staff-member.entity';

export function createCatalogLoaders(em: EntityManager) {
  return {
    salonById: new DataLoader<string, Salon | null>(async (ids) =>
      byKey(ids, await em.find(Salon, { id: { $in: [...ids] } }), (s) => s.id),
    ),
    serviceById: new DataLoader<string, Service | null>(async (ids) =>
      byKey(ids, await em.find(Service, { id: { $in: [...ids] } }), (s) => s.id),
    ),
    /** Active services of each salon, cheapest category first then by name. */
    activeServicesBySalonId: new DataLoader<string, Service[]>(async (salonIds) =>
      groupByKey(
        salonIds,
        await em.find(Service, { salon: { $in: [...salonIds] }, isActive: true }, { orderBy: { category: 'asc', nameEn: 'asc', id: 'asc' } }),
        (s) => s.salon.id,
      ),
    ),
    activeStaffBySalonId: new DataLoader<string, StaffMember[]>(async (salonIds) =>
      groupByKey(
        salonIds,
        await em.find(StaffMember, { salon: { $in: [...salonIds] }, isActive: true }, { orderBy: { displayName: 'asc', id: 'asc' } }),
        (s) => s.salon.id,
      ),
    ),
    /** Salons where a user is active staff, for permission rules. */
    activeSalonIdsByStaffUserId: new DataLoader<string, string[]>(async (userIds) => {
      const members = await em.find(StaffMember, { user: { $in: [...userIds] }, isActive: true }, { fields: ['id', 'user', 'salon'] });
      return groupByKey(userIds, members, (m) => m.user.id).map((list) => list.map((m) => m.salon.id));
    }),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
