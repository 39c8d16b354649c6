import 'reflect-metadata';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { DateScalar, DateTimeScalar } from './scalars';
import { applyPermissions } from './permissions';
import { UserError } from './errors';
import type { AppContext } from './context';
import { AccountsResolver } from '../modules/accounts/accounts.resolver';
import { UserResolver } from '../modules/accounts/user.resolver';
import { SalonResolver } from '../modules/catalog/salon.resolver';
import { ServiceResolver } from '../modules/catalog/service.resolver';
import { StaffMemberResolver } from '../modules/catalog/staff-member.resolver';
import { ReviewResolver } from '../modules/catalog/review.resolver';
import { AvailabilityResolver } from '../modules/availability/availability.resolver';
import { ManageCatalogResolver } from '../modules/catalog/manage.resolver';
import { BookingEventResolver, BookingsResolver } from '../modules/bookings/bookings.resolver';
import { BookingVisitResolver, VisitsResolver } from '../modules/bookings/visits.resolver';
import { BookingPaymentResolver, PaymentsResolver } from '../modules/payments/payments.resolver';
import { BookingFeeResolver, BookingTermsResolver, PaymentPolicyResolver, SalonPaymentPolicyResolver, ServicePaymentTermsResolver } from '../modules/payments/policy/policy.resolver';
import { CalendarResolver } from '../modules/calendar/calendar.resolver';
import { PeopleResolver, RoleEventResolver, SalonInvitationResolver, SalonMemberResolver } from '../modules/people/people.resolver';
import { PlatformResolver, UserPlatformResolver } from '../modules/people/platform.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { BookingInvoicesResolver, InvoicesResolver, SalonTaxDetailsResolver } from '../modules/invoices/invoices.resolver';
import { BookingCounterPaymentsResolver, CounterPaymentsResolver } from '../modules/counter-payments/counter-payments.resolver';
import { HoursResolver } from '../modules/hours/hours.resolver';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver';
import { BookingReviewResolver, ReviewsResolver } from '../modules/reviews/reviews.resolver';
import { WaitlistOfferResolver, WaitlistResolver } from '../modules/waitlist/waitlist.resolver';
import { MediaResolver, ServicePhotosResolver, StaffPhotosResolver } from '../modules/media/media.resolver';
import { ReportServiceResolver, ReportsResolver, StylistUtilisationResolver } from '../modules/reports/reports.resolver';
import { BookingNotificationsResolver } from '../modules/notifications/notifications.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [AccountsResolver, UserResolver, SalonResolver, ServiceResolver, StaffMemberResolver, ReviewResolver, AvailabilityResolver, ManageCatalogResolver, HoursResolver, BookingsResolver, BookingEventResolver, VisitsResolver, BookingVisitResolver, PaymentsResolver, BookingPaymentResolver, PaymentPolicyResolver, SalonPaymentPolicyResolver, ServicePaymentTermsResolver, BookingTermsResolver, BookingFeeResolver, CalendarResolver, InvoicesResolver, BookingInvoicesResolver, SalonTaxDetailsResolver, CounterPaymentsResolver, BookingCounterPaymentsResolver, AuditResolver, ReportsResolver, StylistUtilisationResolver, ReportServiceResolver, PeopleResolver, SalonInvitationResolver, SalonMemberResolver, RoleEventResolver, PlatformResolver, UserPlatformResolver, PrivacyResolver, ReviewsResolver, BookingReviewResolver, WaitlistResolver, WaitlistOfferResolver, MediaResolver, ServicePhotosResolver, StaffPhotosResolver, BookingNotificationsResolver];

let cached: GraphQLSchema | undefined;

/** The schema as declared by the code, without permissions: what `schema.graphql` must match. */
export function buildContractSchema(): GraphQLSchema {
  if (cached) return cached;
  cached = buildSchemaSync({
    resolvers,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // UserError is part of every mutation payload; listing it keeps it in the contract even before the first one.
    orphanedTypes: [UserError],
    emitSchemaFile: false,
  });
  // type-graphql cannot describe the root types; the contract documents every type, so add it here.
  const roots: [GraphQLObjectType | null | undefined, string][] = [
    [cached.getQueryType(), 'Reads: salons, free times, the signed-in person and their bookings.'],
    [cached.getMutationType(), 'Changes, one per user action; each returns a payload with `errors`.'],
  ];
  for (const [type, description] of roots) if (type) type.description = description;
  useDefaultResolvers(cached);
  passRootsAsTheyAre();
  callFieldResolversDirectly(cached);
  return cached;
}

/**
 * type-graphql turns a resolver's `@Root()` into an instance of its declared class when it is not one already,
 * by constructing one and copying the fields over. Loaders return plain rows (ADR 0009), so that built an entity
 * per parent per field resolver (seen in the profile). Every root here is an entity or a plain row of the same
 * shape, so roots are passed as they are.
 */
function passRootsAsTheyAre(): void {
  for (const param of getMetadataStorage().params) if (param.kind === 'root') param.getType = undefined;
}

/**
 * type-graphql gives every plain property field a resolver of its own, only to run type-graphql middlewares and
 * auth checks around reading the property. This API uses neither (permissions are graphql-shield's), so a field
 * whose GraphQL name is its property name is left to graphql-js's default resolver, which reads the same property
 * without a closure and an object per value: `simpleResolvers: true` for every object type, decided once here.
 */
function useDefaultResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    // Fields declared on a base class (every entity's `id` and `createdAt`) are listed on the base class's metadata
    // only: without them, every id on a page went through type-graphql's wrapper (the most allocated site of a
    // catalogue page: a resolve info, a path and three closures per id).
    const inherited: typeof objectType.fields = [];
    for (let base = Object.getPrototypeOf(objectType.target); base && base !== Function.prototype; base = Object.getPrototypeOf(base)) {
      inherited.push(...(storage.objectTypes.find((o) => o.target === base)?.fields ?? []));
    }
    for (const field of [...(objectType.fields ?? []), ...inherited]) {
      const target = fields[field.schemaName];
      if (!target) continue;
      const hasFieldResolver = storage.fieldResolvers.some((r) => r.methodName === field.name && [field.target, objectType.target].includes(r.getObjectType?.() as Function)); // eslint-disable-line @typescript-eslint/no-unsafe-function-type
      if (hasFieldResolver) continue;
      // A plain field reads its own property and nothing else (projection.ts); field resolvers say with @Reads.
      (target as { extensions: object }).extensions = { ...target.extensions, reads: [field.name] };
      if (field.name === field.schemaName && !field.middlewares?.length && !field.roles?.length) target.resolve = undefined;
    }
  }
}

type ParamGetter = (root: unknown, ctx: unknown, info: unknown) => unknown;

/**
 * type-graphql calls every field resolver through a generic wrapper: per call, an object for the resolver data, a
 * container lookup, the (empty) middleware chain, and the parameter list sorted and mapped again; on a catalogue
 * page that was a tenth of all the memory a request allocated. A field resolver whose parameters are only @Root,
 * @Ctx and @Info (the per-row ones: names in the reader's language, a salon's services and staff) is called
 * directly on one instance of its class with its parameters in order, decided once here. Resolvers that take
 * arguments keep the wrapper, which turns input objects into their classes.
 */
function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, (...params: unknown[]) => unknown>>(); // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.middlewares?.length || resolver.roles?.length) continue;
    const objectClass = resolver.getObjectType?.();
    const objectType = storage.objectTypes.find((o) => o.target === objectClass);
    const type = objectType && schema.getType(objectType.name);
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    if (!field || params.some((p) => p.kind !== 'root' && p.kind !== 'context' && p.kind !== 'info')) continue;
    const getters: ParamGetter[] = params.map((p) => {
      const property = 'propertyName' in p ? p.propertyName : undefined;
      if (p.kind === 'root') return property ? (root) => (root as Record<string, unknown>)[property] : (root) => root;
      if (p.kind === 'context') return property ? (_, ctx) => (ctx as Record<string, unknown>)[property] : (_, ctx) => ctx;
      return (_, __, info) => info;
    });
    let instance = instances.get(resolver.target);
    if (!instance) instances.set(resolver.target, (instance = new (resolver.target as new () => Record<string, (...params: unknown[]) => unknown>)()));
    const target = instance;
    const method = target[resolver.methodName];
    const [a, b, c] = getters;
    field.resolve =
      getters.length === 1 ? (root, _, ctx, info) => method.call(target, a(root, ctx, info))
        : getters.length === 2 ? (root, _, ctx, info) => method.call(target, a(root, ctx, info), b(root, ctx, info))
          : getters.length === 3 ? (root, _, ctx, info) => method.call(target, a(root, ctx, info), b(root, ctx, info), c(root, ctx, info))
            : (root, _, ctx, info) => method.apply(target, getters.map((g) => g(root, ctx, info)));
  }
}

/** The executable schema: the contract plus graphql-shield's permission layer, compiled (see applyPermissions). */
export function buildExecutableSchema(): GraphQLSchema {
  const schema = applyPermissions(buildContractSchema());
  renewLoadersAfterMutations(schema);
  return schema;
}

/**
 * Loaders cache plain rows for the rest of the request. A mutation changes what they would return, so once it
 * has run, its payload and any later mutation (mutations run one after another) read through fresh loaders.
 */
function renewLoadersAfterMutations(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = async (parent, args, ctx: AppContext, info) => {
      try {
        return await resolve(parent, args, ctx, info);
      } finally {
        // On the context graphql-js passes around (Apollo hands execution a copy of the one it built).
        ctx.loaders = ctx.newLoaders();
      }
    };
  }
}

export function printContract(schema: GraphQLSchema = buildContractSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}

export { DateScalar };
