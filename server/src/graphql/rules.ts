import { allow, deny, rule } from 'graphql-shield';
import type { AppContext } from './context';
import { unauthenticatedError } from './errors';
import { UserRole } from '../modules/accounts/user.entity';

export { allow, deny };

/** Signed in with a valid access token. */
export const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, ctx: AppContext) =>
  ctx.viewer ? true : unauthenticatedError(ctx.locale),
);

/** Signed in with one of the given roles. */
export function hasRole(...roles: UserRole[]) {
  return rule(`hasRole:${roles.join(',')}`, { cache: 'contextual' })((_parent, _args, ctx: AppContext) => {
    if (!ctx.viewer) return unauthenticatedError(ctx.locale);
    return roles.includes(ctx.viewer.role);
  });
}

export const isCustomer = hasRole(UserRole.CUSTOMER);

type SalonIdOf = (parent: any, args: any, ctx: AppContext) => string | null | undefined | Promise<string | null | undefined>;

/**
 * The viewer manages the salon that `salonIdOf` names (its owner). These rules are not cached by shield: its
 * "strict" cache hashes the parent object, and parents here are ORM entities; the DataLoaders cache the lookups.
 */
export function isManagerOf(name: string, salonIdOf: SalonIdOf) {
  return rule(`isManagerOf:${name}`, { cache: 'no_cache' })(async (parent, args, ctx: AppContext) => {
    if (!ctx.viewer) return unauthenticatedError(ctx.locale);
    if (ctx.viewer.role !== UserRole.MANAGER) return false;
    const salonId = await salonIdOf(parent, args, ctx);
    if (!salonId) return false;
    const salon = await ctx.loaders.catalog.salonById.load(salonId);
    return salon?.owner.id === ctx.viewer.userId;
  });
}

/** The viewer is an active staff member of the salon that `salonIdOf` names. */
export function isStaffOf(name: string, salonIdOf: SalonIdOf) {
  return rule(`isStaffOf:${name}`, { cache: 'no_cache' })(async (parent, args, ctx: AppContext) => {
    if (!ctx.viewer) return unauthenticatedError(ctx.locale);
    const salonId = await salonIdOf(parent, args, ctx);
    if (!salonId) return false;
    const staffSalons = await ctx.loaders.catalog.activeSalonIdsByStaffUserId.load(ctx.viewer.userId);
    return staffSalons.includes(salonId);
  });
}

/** The viewer is the person `ownerIdOf` names (their own booking, payment or profile). */
export function isOwnerOf(name: string, ownerIdOf: (parent: any, args: any, ctx: AppContext) => string | null | undefined | Promise<string | null | undefined>) {
  return rule(`isOwnerOf:${name}`, { cache: 'no_cache' })(async (parent, args, ctx: AppContext) => {
    if (!ctx.viewer) return unauthenticatedError(ctx.locale);
    return (await ownerIdOf(parent, args, ctx)) === ctx.viewer.userId;
  });
}

type FieldRules = Record<string, unknown>;

/** The same rule for each named field; every field must still be listed, so nothing is open by accident. */
export function fields(names: string[], ruleForAll: unknown): FieldRules {
  return Object.fromEntries(names.map((name) => [name, ruleForAll]));
}
