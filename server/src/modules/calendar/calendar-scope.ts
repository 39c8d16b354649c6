import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { SalonRole } from '../people/roles';

/**
 * Which columns of a salon's calendar the viewer may see: 'all' for its managers and receptionists, the ids of their own staff
 * records for its staff, null for anyone else. The permission rule and the resolver share it.
 */
export async function calendarScope(ctx: AppContext, salonId: string): Promise<'all' | string[] | null> {
  if (!ctx.viewer || !isUuid(salonId)) return null;
  const salon = await ctx.loaders.catalog.salonById.load(salonId);
  if (!salon) return null;
  const memberships = await ctx.loaders.people.membershipsByUserId.load(ctx.viewer.userId);
  if (memberships.some((m) => m.salonId === salonId && [SalonRole.MANAGER, SalonRole.RECEPTIONIST].includes(m.role))) return 'all';
  const own = (await ctx.loaders.catalog.activeStaffBySalonId.load(salonId)).filter((s) => s.user.id === ctx.viewer!.userId).map((s) => s.id);
  return own.length ? own : null;
}
