import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, uuidArray } from '../../db/sql';
import { groupByKey } from '../../graphql/batch';
import type { MembershipRole } from './roles';

export interface SalonRoleRow {
  salonId: string;
  role: MembershipRole;
}

/** Plain rows for permission rules: which salons a person manages or keeps the desk of. */
export function createPeopleLoaders(em: EntityManager) {
  return {
    membershipsByUserId: new DataLoader<string, SalonRoleRow[]>(async (userIds) => {
      const rows = await execute<{ user_id: string; salon_id: string; role: MembershipRole }>(
        em, 'select user_id, salon_id, role from salon_memberships where user_id = any(?::uuid[])', [uuidArray(userIds)],
      );
      return groupByKey(userIds, rows, (r) => r.user_id).map((list) => list.map((r) => ({ salonId: r.salon_id, role: r.role })));
    }),
    /** Whether each user is a platform administrator (granted only by the command line). */
    isPlatformAdmin: new DataLoader<string, boolean>(async (userIds) => {
      const rows = await execute<{ user_id: string }>(em, 'select user_id from platform_admins where user_id = any(?::uuid[])', [uuidArray(userIds)]);
      const admins = new Set(rows.map((r) => r.user_id));
      return userIds.map((id) => admins.has(id));
    }),
  };
}
