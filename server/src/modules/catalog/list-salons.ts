import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, toConnection, type ConnectionShape } from '../../graphql/relay';
import { Salon, type City } from './salon.entity';
import type { ServiceCategory } from './service.entity';
import { execute } from '../../db/sql';

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
const ORDER_SQL: Record<Exclude<SalonOrder, SalonOrder.RELEVANCE>, { expr: string; dir: 'asc' | 'desc' }> = {
  [SalonOrder.RATING]: { expr: 's.rating_average', dir: 'desc' },
  [SalonOrder.NAME]: { expr: 'lower(s.name_en)', dir: 'asc' },
  [SalonOrder.NEWEST]: { expr: 's.created_at', dir: 'desc' },
};

/** Minimum trigram word similarity for a search term to match a salon or service name. */
export const SEARCH_THRESHOLD = 0.3;

/**
 * Finds active salons by text (Arabic or English names and service names, tolerant of typos through
 * pg_trgm), city, category and minimum rating, one keyset page at a time.
 */
export async function listSalons(em: EntityManager, q: SalonQuery): Promise<ConnectionShape<Salon>> {
  const search = q.search?.trim() || null;
  const order = q.orderBy === SalonOrder.RELEVANCE ? (search ? null : ORDER_SQL[SalonOrder.RATING]) : ORDER_SQL[q.orderBy];
  const sortExpr = order ? order.expr : 'm.score';
  const dir = order ? order.dir : 'desc';

  const params: unknown[] = [];
  const where: string[] = ['s.is_active'];
  let from = 'salons s';
  if (search) {
    // Best similarity of the term against the salon's names and its active services' names.
    from = `salons s join lateral (
      select greatest(
        word_similarity(?, s.name_en), word_similarity(?, s.name_ar),
        coalesce((select max(greatest(word_similarity(?, sv.name_en), word_similarity(?, sv.name_ar)))
                  from services sv where sv.salon_id = s.id and sv.is_active), 0)
      )::float8 as score) m on true`;
    params.push(search, search, search, search);
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
    const [value, id] = decodeCursor(q.after, 2);
    where.push(`(${sortExpr}, s.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`);
    params.push(value, id);
  }
  const sql = `select s.id, ${sortExpr} as sort_value from ${from}
    where ${where.join(' and ')}
    order by ${sortExpr} ${dir}, s.id ${dir}
    limit ?`;
  params.push(q.first + 1);
  const rows: { id: string; sort_value: unknown }[] = await execute(em, sql, params);
  const salons = await em.find(Salon, { id: { $in: rows.map((r) => r.id) } });
  const byId = new Map(salons.map((s) => [s.id, s]));
  const ordered = rows.map((r) => ({ salon: byId.get(r.id)!, sortValue: normaliseSortValue(r.sort_value) }));
  const connection = toConnection(ordered, q.first, (r) => [r.sortValue, r.salon.id], Boolean(q.after));
  return { pageInfo: connection.pageInfo, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.salon })) };
}

function normaliseSortValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
