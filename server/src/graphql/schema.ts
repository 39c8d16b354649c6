import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { DateScalar, DateTimeScalar } from './scalars';
import { createPermissions } from './permissions';
import { UserError } from './errors';
import { AccountsResolver } from '../modules/accounts/accounts.resolver';
import { SalonResolver } from '../modules/catalog/salon.resolver';
import { ServiceResolver } from '../modules/catalog/service.resolver';
import { StaffMemberResolver } from '../modules/catalog/staff-member.resolver';
import { ReviewResolver } from '../modules/catalog/review.resolver';
import { AvailabilityResolver } from '../modules/availability/availability.resolver';
import { ManageCatalogResolver } from '../modules/catalog/manage.resolver';
import { BookingsResolver } from '../modules/bookings/bookings.resolver';
import { BookingPaymentResolver, PaymentsResolver } from '../modules/payments/payments.resolver';
import { CalendarResolver } from '../modules/calendar/calendar.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [AccountsResolver, SalonResolver, ServiceResolver, StaffMemberResolver, ReviewResolver, AvailabilityResolver, ManageCatalogResolver, BookingsResolver, PaymentsResolver, BookingPaymentResolver, CalendarResolver];

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
  return cached;
}

/** The executable schema: the contract plus graphql-shield's permission layer. */
export function buildExecutableSchema(): GraphQLSchema {
  return applyMiddleware(buildContractSchema(), createPermissions());
}

export function printContract(schema: GraphQLSchema = buildContractSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}

export { DateScalar };
