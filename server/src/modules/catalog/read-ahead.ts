import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../graphql/context';
import { pageSize } from '../../graphql/relay';
import { selectedAt } from '../../graphql/selection';

/**
 * Starts the loads of what the operation asks of these salons, before the level above has finished (ADR 0029):
 * `salon(id:)` knows its salon's id from its argument, a catalogue page knows its salons' ids once its own statement
 * returns. The loads then travel in one message with the salon row (or with the salons' lists), and the stylists'
 * hours and services (keyed by salon) and the reviewers (with their reviews) come a level early. `path` leads from
 * the field being resolved to the salons.
 *
 * Only what the salon's own field resolvers would load, with the same keys, is started here, so they find it in the
 * request's loaders; their rules still decide what is returned. A failed read-ahead is dropped: the resolver loads
 * again and gets its own error.
 */
export function readSalonsAhead(ctx: AppContext, salonIds: readonly string[], info: GraphQLResolveInfo, path: readonly string[]): void {
  if (salonIds.length === 0) return;
  const asks = (...names: string[]) => selectedAt(info, [...path, ...names]).length > 0;
  const catalog = ctx.loaders.catalog;
  const each = <T>(load: (id: string) => Promise<T>) => {
    for (const id of salonIds) load(id).catch(ignore);
  };
  if (asks('services') || asks('priceRange') || asks('staff', 'services')) each((id) => catalog.activeServicesBySalonId.load(id));
  if (asks('staff')) each((id) => catalog.activeStaffBySalonId.load(id));
  if (asks('staff', 'weeklyHours')) catalog.readStaffHoursAhead(salonIds);
  if (asks('staff', 'services')) catalog.readStaffServicesAhead(salonIds);
  if (asks('photos')) each((id) => catalog.photosBySalonId.load(id));
  if (asks('closures')) each((id) => catalog.upcomingClosuresBySalonId.load(id));
  const reviews = selectedAt(info, [...path, 'reviews']);
  const reviewers = asks('reviews', 'edges', 'node', 'customer');
  if (reviews.length > 0) {
    const field = (info.schema.getType('Salon') as GraphQLObjectType).getFields().reviews;
    for (const node of reviews) {
      try {
        // The same page the resolver will ask for; arguments it would refuse are left for it to refuse.
        const { first, after } = getArgumentValues(field, node, info.variableValues) as { first?: number | null; after?: string | null };
        const size = pageSize(first, 10);
        if (reviewers) catalog.readReviewersAhead(size, after);
        each((salonId) => catalog.reviewPage({ salonId, first: size, after }));
      } catch {
        // the resolver reports it
      }
    }
  }
}

function ignore(): void {}
