import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { shield, deny } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import type { AppContext } from './context';
import { allow, fields, isPerObject } from './rules';
import { forbiddenError } from './errors';
import { ObjectRules, type ShieldOptions } from './object-rules';
import { accountsPermissions } from '../modules/accounts/accounts.permissions';
import { catalogPermissions } from '../modules/catalog/catalog.permissions';
import { availabilityPermissions } from '../modules/availability/availability.permissions';
import { bookingsPermissions } from '../modules/bookings/bookings.permissions';
import { waitlistPermissions } from '../modules/waitlist/waitlist.permissions';
import { paymentsPermissions } from '../modules/payments/payments.permissions';
import { calendarPermissions } from '../modules/calendar/calendar.permissions';
import { auditPermissions } from '../modules/audit/audit.permissions';
import { invoicesPermissions } from '../modules/invoices/invoices.permissions';
import { counterPaymentsPermissions } from '../modules/counter-payments/counter-payments.permissions';
import { hoursPermissions } from '../modules/hours/hours.permissions';
import { reportsPermissions } from '../modules/reports/reports.permissions';
import { peoplePermissions } from '../modules/people/people.permissions';
import { privacyPermissions } from '../modules/privacy/privacy.permissions';
import { reviewsPermissions } from '../modules/reviews/reviews.permissions';
import { mediaPermissions } from '../modules/media/media.permissions';
import { notificationsPermissions } from '../modules/notifications/notifications.permissions';

type RuleMap = Record<string, Record<string, unknown>>;

const commonPermissions: RuleMap = {
  PageInfo: fields(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'], allow),
  UserError: fields(['code', 'message', 'field'], allow),
};

/** Every module's rules. A field with no rule here is denied (see the coverage test). */
export const permissionMaps: RuleMap[] = [commonPermissions, accountsPermissions, catalogPermissions, hoursPermissions, availabilityPermissions, bookingsPermissions, paymentsPermissions, calendarPermissions, auditPermissions, invoicesPermissions, counterPaymentsPermissions, reportsPermissions, peoplePermissions, privacyPermissions, reviewsPermissions, waitlistPermissions, mediaPermissions, notificationsPermissions];

export function mergeRuleMaps(maps: RuleMap[]): RuleMap {
  const merged: RuleMap = {};
  for (const map of maps) {
    for (const [type, typeRules] of Object.entries(map)) {
      merged[type] ??= {};
      for (const [field, rule] of Object.entries(typeRules)) {
        if (field in merged[type]) throw new Error(`Permission for ${type}.${field} is declared twice`);
        merged[type][field] = rule;
      }
    }
  }
  return merged;
}

/** How a rule's answer becomes the field's: shared by shield and the once-per-object check (object-rules.ts). */
const shieldOptions: ShieldOptions = {
  // Rules that return their own GraphQLError (UNAUTHENTICATED) keep it; everything else is FORBIDDEN.
  fallbackError: (thrown, _parent, _args, ctx) => {
    if (thrown instanceof GraphQLError) return thrown;
    const context = ctx as unknown as AppContext;
    // A rule that crashed denies access, but it is a bug: log it rather than hide it behind FORBIDDEN.
    if (thrown instanceof Error) context?.app?.logger.error({ event: 'permissions.rule_failed', requestId: context.requestId, err: thrown }, 'A permission rule failed');
    return forbiddenError(context?.locale ?? 'ar');
  },
  allowExternalErrors: true,
  debug: false,
};

export function createPermissions(rules: RuleMap = mergeRuleMaps(permissionMaps)) {
  return shield(rules as IRules, { fallbackRule: deny, ...shieldOptions });
}

/**
 * The contract schema with its permissions, compiled at schema build. graphql-shield wraps every field in an async
 * rule check, `allow` included: on a catalogue page that is thousands of promises spent on leaves the viewer was
 * already allowed to reach. A field whose rule is exactly `allow` gets its own resolver back, unwrapped: shield
 * would only have awaited `true` and called it (with `allowExternalErrors` it passes the resolver's errors through
 * unchanged). A rule marked `perObject` is checked once per object, not per field (object-rules.ts). Every other
 * field, and every field with no rule (`fallbackRule: deny`), keeps shield's wrapper.
 */
export function applyPermissions(contract: GraphQLSchema, rules: RuleMap = mergeRuleMaps(permissionMaps)): GraphQLSchema {
  const schema = applyMiddleware(contract, createPermissions(rules));
  const objectRules = new ObjectRules(shieldOptions);
  for (const [typeName, typeRules] of Object.entries(rules)) {
    const shielded = schema.getType(typeName);
    const original = contract.getType(typeName);
    if (!isObjectType(shielded) || !isObjectType(original)) continue;
    const shieldedFields = shielded.getFields();
    const originalFields = original.getFields();
    for (const [fieldName, rule] of Object.entries(typeRules)) {
      const field = shieldedFields[fieldName];
      const plain = originalFields[fieldName];
      const perObject = isPerObject(rule);
      if ((rule !== allow && !perObject) || !field || !plain) continue;
      if (field === plain) throw new Error('applyMiddleware must not change the contract schema in place');
      field.resolve = perObject ? objectRules.guard(typeName, fieldName, rule, plain.resolve) : plain.resolve;
    }
  }
  objectRules.settleFirst(schema);
  return schema;
}
