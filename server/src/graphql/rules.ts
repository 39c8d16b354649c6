import { allow, deny, rule } from 'graphql-shield';
import type { AppContext } from './context';
import { unauthenticatedError } from './errors';
import { SalonRole } from '../modules/people/roles';
import { isUuid } from './ids';

export { allow, deny };

/** Signed in with a valid access token. */
export const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, ctx: AppContext) =>
  ctx.viewer ? true : unauthenticatedError(ctx.locale),
);

type SalonIdOf = (parent: any, args: any, ctx: AppContext) => string | null | undefined | Promise<string | null | undefined>;

/** The viewer's role at the salon `salonIdOf` names (a membership: MANAGER or RECEPTIONIST), or null. */
async function membershipAt(ctx: AppContext, salonId: string | null | undefined): Promise<SalonRole | null> {
  if (!ctx.viewer || !salonId || !isUuid(salonId)) return null;
  const memberships = await ctx.loaders.people.membershipsByUserId.load(ctx.viewer.userId);
  return memberships.find((m) => m.salonId === salonId)?.role ?? null;
}

/**
 * The viewer holds one of `roles` at the salon that `salonIdOf` names (salon memberships, ADR 0011). These rules
 * are not cached by shield: its "strict" cache hashes the parent object, and parents here are ORM entities; the
 * DataLoaders cache the lookups.
 */
function hasSalonRole(kind: string, roles: SalonRole[], name: string, salonIdOf: SalonIdOf) {
  return rule(`${kind}:${name}`, { cache: 'no_cache' })(async (parent, args, ctx: AppContext) => {
    if (!ctx.viewer) return unauthenticatedError(ctx.locale);
    const role = await membershipAt(ctx, await salonIdOf(parent, args, ctx));
    return role !== null && roles.includes(role);
  });
}

/** The viewer is a manager of the salon: money, settings and staff. */
export const isManagerOf = (name: string, salonIdOf: SalonIdOf) => hasSalonRole('isManagerOf', [SalonRole.MANAGER], name, salonIdOf);

/** The viewer keeps the salon's front desk (a manager or a receptionist): bookings, calendar and customers. */
export const isDeskOf = (name: string, salonIdOf: SalonIdOf) => hasSalonRole('isDeskOf', [SalonRole.MANAGER, SalonRole.RECEPTIONIST], name, salonIdOf);

/** The viewer is a platform administrator, read from the database on each request (never from the token). */
export const isPlatformAdmin = rule('isPlatformAdmin', { cache: 'contextual' })(async (_parent, _args, ctx: AppContext) => {
  if (!ctx.viewer) return unauthenticatedError(ctx.locale);
  return ctx.loaders.people.isPlatformAdmin.load(ctx.viewer.userId);
});

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

const perObjectRules = new WeakSet<object>();

/**
 * A rule that answers for the whole object: it reads only the parent (and the viewer), never the field or its
 * arguments, so it is checked once per object and request instead of once per field (graphql/object-rules.ts).
 */
export function perObject<R extends object>(rule: R): R {
  perObjectRules.add(rule);
  return rule;
}

export const isPerObject = (rule: unknown): boolean => typeof rule === 'object' && rule !== null && perObjectRules.has(rule);

type FieldRules = Record<string, unknown>;

/** The same rule for each named field; every field must still be listed, so nothing is open by accident. */
export function fields(names: string[], ruleForAll: unknown): FieldRules {
  return Object.fromEntries(names.map((name) => [name, ruleForAll]));
}
