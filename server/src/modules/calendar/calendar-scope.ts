import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { SalonRole } from '../people/roles';

/**
 * Which columns of a salon's calendar the viewer may see: 'all' for its managers and receptionists, the ids of their own staff
 * records for its staff, null for anyone else. The permission rule and the resolver share it.
 */
export async function calendarScope(ctx: AppContext, salonId: string): Promise<'all' | string[] | null> {
  if (!ctx.viewer || !isUuid(salonId)) return null;
  const { userId } = ctx.viewer;
  // Read together (one round trip): the calendar reads the salon's stylists anyway, whoever is asking.
  const [salon, memberships, stylists] = await Promise.all([
    ctx.loaders.catalog.salonById.load(salonId),
    ctx.loaders.people.membershipsByUserId.load(userId),
    ctx.loaders.catalog.activeStaffBySalonId.load(salonId),
  ]);
  if (!salon) return null;
  if (memberships.some((m) => m.salonId === salonId && [SalonRole.MANAGER, SalonRole.RECEPTIONIST].includes(m.role))) return 'all';
  const own = stylists.filter((s) => s.user.id === userId).map((s) => s.id);
  return own.length ? own : null;
}
