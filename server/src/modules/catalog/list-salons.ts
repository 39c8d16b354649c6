import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { cursorPart, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/relay';
import { Salon } from './salon.entity';
import { execute } from '../../db/sql';
import { mapPlain, selectList, type PlainRow } from '../../db/plain-rows';
import { criteriaSql, DEFAULT_RADIUS_KM, type SalonCriteria } from './salon-filters';

export enum SalonOrder {
  RELEVANCE = 'RELEVANCE',
  RATING = 'RATING',
  NAME = 'NAME',
  NEWEST = 'NEWEST',
  DISTANCE = 'DISTANCE',
}

export interface SalonPage {
  orderBy: SalonOrder;
  first: number;
  after?: string | null;
}

/** A salon of a list, with how far it is from the searched place (metres) when the search had one. */
export type ListedSalon = PlainRow<Salon> & { distanceMeters?: number | null };

/** Metres from the searched place (the `origin` CTE) to the salon, along the earth's surface. */
const DISTANCE = 'earth_distance((select e from origin), ll_to_earth(s.latitude, s.longitude))';

// Each order is a keyset: (sort value, id), both in the same direction, so cursors stay valid when rows are inserted.
// The cursor's sort value has the exact shape its order writes: numeric(3,2) comes back from pg as a string.
const ORDER_SQL: Record<Exclude<SalonOrder, SalonOrder.RELEVANCE>, { expr: string; dir: 'asc' | 'desc'; value: z.ZodType }> = {
  [SalonOrder.RATING]: { expr: 's.rating_average', dir: 'desc', value: z.string().regex(/^\d(\.\d{1,2})?$/) },
  [SalonOrder.NAME]: { expr: 'lower(s.name_en)', dir: 'asc', value: z.string().max(400).refine((v) => !v.includes('\u0000')) },
  [SalonOrder.NEWEST]: { expr: 's.created_at', dir: 'desc', value: cursorPart.pgTimestamp },
  [SalonOrder.DISTANCE]: { expr: DISTANCE, dir: 'asc', value: z.number().min(0).max(2.1e7).refine((v) => v === 0 || v >= 1e-9) },
};
/** A search score: a word similarity between 0 and 1. */
const SCORE = z.number().min(0).max(1);

/** The expression the trigram indexes are built on (Migration20261203500000SearchFold): folded Arabic and English names. */
const FOLDED_NAMES = (alias: string) => `search_fold(${alias}.name_ar || ' ' || ${alias}.name_en)`;

/** Minimum trigram word similarity for a search term to match a salon or service name. */
export const SEARCH_THRESHOLD = 0.3;

/**
 * The order a page is sorted in. RELEVANCE means the search score with text, else the distance with a place,
 * else the rating.
 */
function orderOf(c: SalonCriteria, orderBy: SalonOrder) {
  if (orderBy === SalonOrder.DISTANCE && !c.near) {
    throw new GraphQLError('orderBy DISTANCE needs filter.near', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'orderBy' } });
  }
  if (orderBy !== SalonOrder.RELEVANCE) return ORDER_SQL[orderBy];
  if (c.search?.trim()) return null;
  return ORDER_SQL[c.near ? SalonOrder.DISTANCE : SalonOrder.RATING];
}

/**
 * The page's SQL, with `?` placeholders. With search text, the trigram GIN indexes pick the candidate salons
 * (`<%` compares at pg_trgm.word_similarity_threshold, which `listSalons` sets to SEARCH_THRESHOLD), and only
 * those are scored: the cost follows the matches, not the size of the catalogue. With a place, the GiST index on
 * the salons' positions picks those within the radius (`earth_box`), and the exact distance trims the box's corners.
 */
export function salonPageQuery(c: SalonCriteria, page: SalonPage, now: Date, columns = 's.*'): { sql: string; params: unknown[]; search: string | null } {
  const search = c.search?.trim() || null;
  const order = orderOf(c, page.orderBy);
  const sortExpr = order ? order.expr : 'm.score';
  const dir = order ? order.dir : 'desc';

  const params: unknown[] = [];
  const ctes: string[] = [];
  const where: string[] = ['s.is_active'];
  let from = 'salons s';
  if (c.near) {
    ctes.push('origin as (select ll_to_earth(?::float8, ?::float8) as e, ?::float8 as r)');
    params.push(c.near.latitude, c.near.longitude, (c.near.radiusKm ?? DEFAULT_RADIUS_KM) * 1000);
    where.push('s.latitude is not null and s.longitude is not null',
      'earth_box((select e from origin), (select r from origin)) @> ll_to_earth(s.latitude, s.longitude)', `${DISTANCE} <= (select r from origin)`);
    // With a place, home service means the customer is within the salon's reach.
    if (c.homeService) where.push(`${DISTANCE} <= s.home_service_radius_km * 1000`);
  }
  if (search) {
    // Candidates come from the indexes on the folded names (Arabic and English together, search_fold in
    // docs/search.md); each is scored once, as the best similarity of the folded term against the salon's names
    // and its active services' names.
    const term = 'search_fold(?::text)';
    ctes.push(`candidates as (
        select s.id from salons s where ${term} <% ${FOLDED_NAMES('s')}
        union select sv.salon_id from services sv where sv.is_active and ${term} <% ${FOLDED_NAMES('sv')}),
      scored as materialized (
        select c.id, greatest(word_similarity(${term}, ${FOLDED_NAMES('s')}),
          coalesce((select max(word_similarity(${term}, ${FOLDED_NAMES('sv')}))
                    from services sv where sv.salon_id = c.id and sv.is_active), 0))::float8 as score
        from candidates c join salons s on s.id = c.id)`);
    params.push(...Array<string>(4).fill(search));
    from = 'salons s join scored m on m.id = s.id';
    where.push('m.score >= ?');
    params.push(SEARCH_THRESHOLD);
  }
  const criteria = criteriaSql(c, now);
  where.push(...criteria.where);
  params.push(...criteria.params);
  if (page.after) {
    const [value, id] = decodeCursor(page.after, z.tuple([order ? order.value : SCORE, cursorPart.id]));
    where.push(`(${sortExpr}, s.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`);
    params.push(value, id);
  }
  const sql = `${ctes.length ? `with ${ctes.join(',\n')}\n` : ''}select ${columns}, ${sortExpr} as sort_value, ${c.near ? DISTANCE : 'null::float8'} as distance_m
    from ${from}
    where ${where.join(' and ')}
    order by ${sortExpr} ${dir}, s.id ${dir}
    limit ?`;
  params.push(page.first + 1);
  return { sql, params, search };
}

/**
 * Finds active salons by text (Arabic or English names and service names, folded and tolerant of typos through
 * pg_trgm), place and distance, city, who they serve, home service, open now, category, price and rating, one
 * keyset page at a time.
 */
export async function listSalons(
  em: EntityManager,
  c: SalonCriteria,
  page: SalonPage,
  now: Date,
  asked: ReadonlySet<string> | null = null,
): Promise<ConnectionShape<ListedSalon>> {
  // Only the salon columns the operation reads (graphql/projection.ts).
  const { sql, params, search } = salonPageQuery(c, page, now, selectList(em, Salon, 's', asked));
  type PageRow = Record<string, unknown> & { sort_value: unknown; distance_m: number | null };
  const rows = search
    ? await em.transactional(async (tx) => {
        // Both settings last for this read's transaction only. The planner prices `<%` like a cheap operator,
        // though each comparison costs microseconds, so it would rather compare every name than ask the indexes;
        // without sequential scans it asks them (measured on 20,500 salons: a miss 610 → 15 ms).
        await execute(tx, "select set_config('pg_trgm.word_similarity_threshold', ?, true), set_config('enable_seqscan', 'off', true)", [String(SEARCH_THRESHOLD)]);
        return execute<PageRow>(tx, sql, params);
      })
    : await execute<PageRow>(em, sql, params);
  // The page query returns the salons' own columns too, so the page is one statement, not two.
  const salons = mapPlain(em, Salon, rows.map(({ sort_value: _sort, distance_m: _distance, ...columns }) => columns));
  const listed = salons.map((salon, i): { salon: ListedSalon; sortValue: unknown } => ({
    salon: { ...salon, distanceMeters: rows[i].distance_m },
    sortValue: normaliseSortValue(rows[i].sort_value),
  }));
  const connection = toConnection(listed, page.first, (r) => [r.sortValue, r.salon.id], Boolean(page.after));
  return { pageInfo: connection.pageInfo, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.salon })) };
}

function normaliseSortValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
