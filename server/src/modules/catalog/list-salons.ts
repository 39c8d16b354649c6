import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { cursorPart, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/relay';
import { Salon, type City } from './salon.entity';
import type { ServiceCategory } from './service.entity';
import { execute } from '../../db/sql';
import { mapPlain, type PlainRow } from '../../db/plain-rows';

export enum SalonOrder {
  RELEVANCE = 'RELEVANCE',
  RATING = 'RATING',
  NAME = 'NAME',
  NEWEST = 'NEWEST',
}

export interface SalonQuery {
  search?: string | null;
  city?: City | null;
  category?: ServiceCategory | null;
  minRating?: number | null;
  orderBy: SalonOrder;
  first: number;
  after?: string | null;
}

// Each order is a keyset: (sort value, id), both in the same direction, so cursors stay valid when rows are inserted.
// The cursor's sort value has the exact shape its order writes: numeric(3,2) comes back from pg as a string.
const ORDER_SQL: Record<Exclude<SalonOrder, SalonOrder.RELEVANCE>, { expr: string; dir: 'asc' | 'desc'; value: z.ZodType }> = {
  [SalonOrder.RATING]: { expr: 's.rating_average', dir: 'desc', value: z.string().regex(/^\d(\.\d{1,2})?$/) },
  [SalonOrder.NAME]: { expr: 'lower(s.name_en)', dir: 'asc', value: z.string().max(400).refine((v) => !v.includes('\u0000')) },
  [SalonOrder.NEWEST]: { expr: 's.created_at', dir: 'desc', value: cursorPart.pgTimestamp },
};
/** A search score: a word similarity between 0 and 1. */
const SCORE = z.number().min(0).max(1);

/** The expression the trigram indexes are built on (Migration20261203500000SearchFold): folded Arabic and English names. */
const FOLDED_NAMES = (alias: string) => `search_fold(${alias}.name_ar || ' ' || ${alias}.name_en)`;

/** Minimum trigram word similarity for a search term to match a salon or service name. */
export const SEARCH_THRESHOLD = 0.3;

/**
 * The page's SQL, with `?` placeholders. With search text, the trigram GIN indexes pick the candidate salons
 * (`<%` compares at pg_trgm.word_similarity_threshold, which `listSalons` sets to SEARCH_THRESHOLD), and only
 * those are scored: the cost follows the matches, not the size of the catalogue.
 */
export function salonPageQuery(q: SalonQuery): { sql: string; params: unknown[]; search: string | null } {
  const search = q.search?.trim() || null;
  const order = q.orderBy === SalonOrder.RELEVANCE ? (search ? null : ORDER_SQL[SalonOrder.RATING]) : ORDER_SQL[q.orderBy];
  const sortExpr = order ? order.expr : 'm.score';
  const dir = order ? order.dir : 'desc';

  const params: unknown[] = [];
  const where: string[] = ['s.is_active'];
  let scored = '';
  let from = 'salons s';
  if (search) {
    // Candidates come from the indexes on the folded names (Arabic and English together, search_fold in
    // docs/search.md); each is scored once, as the best similarity of the folded term against the salon's names
    // and its active services' names.
    const term = 'search_fold(?::text)';
    scored = `with candidates as (
        select s.id from salons s where ${term} <% ${FOLDED_NAMES('s')}
        union select sv.salon_id from services sv where sv.is_active and ${term} <% ${FOLDED_NAMES('sv')}),
      scored as materialized (
        select c.id, greatest(word_similarity(${term}, ${FOLDED_NAMES('s')}),
          coalesce((select max(word_similarity(${term}, ${FOLDED_NAMES('sv')}))
                    from services sv where sv.salon_id = c.id and sv.is_active), 0))::float8 as score
        from candidates c join salons s on s.id = c.id)
      `;
    params.push(...Array<string>(4).fill(search));
    from = 'salons s join scored m on m.id = s.id';
    where.push('m.score >= ?');
    params.push(SEARCH_THRESHOLD);
  }
  if (q.city) {
    where.push('s.city = ?');
    params.push(q.city);
  }
  if (q.minRating != null) {
    where.push('s.rating_average >= ?');
    params.push(q.minRating);
  }
  if (q.category) {
    where.push('exists (select 1 from services c where c.salon_id = s.id and c.is_active and c.category = ?)');
    params.push(q.category);
  }
  if (q.after) {
    const [value, id] = decodeCursor(q.after, z.tuple([order ? order.value : SCORE, cursorPart.id]));
    where.push(`(${sortExpr}, s.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`);
    params.push(value, id);
  }
  const sql = `${scored}select s.*, ${sortExpr} as sort_value from ${from}
    where ${where.join(' and ')}
    order by ${sortExpr} ${dir}, s.id ${dir}
    limit ?`;
  params.push(q.first + 1);
  return { sql, params, search };
}

/**
 * Finds active salons by text (Arabic or English names and service names, tolerant of typos through
 * pg_trgm), city, category and minimum rating, one keyset page at a time.
 */
export async function listSalons(em: EntityManager, q: SalonQuery): Promise<ConnectionShape<PlainRow<Salon>>> {
  const { sql, params, search } = salonPageQuery(q);
  type PageRow = Record<string, unknown> & { sort_value: unknown };
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
  const sortValues = rows.map((r) => normaliseSortValue(r.sort_value));
  const salons = mapPlain(em, Salon, rows.map(({ sort_value: _sort, ...columns }) => columns));
  const ordered = salons.map((salon, i) => ({ salon, sortValue: sortValues[i] }));
  const connection = toConnection(ordered, q.first, (r) => [r.sortValue, r.salon.id], Boolean(q.after));
  return { pageInfo: connection.pageInfo, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.salon })) };
}

function normaliseSortValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
