import type { Pool } from 'pg';
import { salonPageQuery, SalonOrder } from '../src/modules/catalog/list-salons';
import type { SalonCriteria } from '../src/modules/catalog/salon-filters';
import { BOOKING_FIGURES_SQL, bookingFiguresParams } from '../src/modules/reports/report-figures';
import type { ReportPeriods } from '../src/modules/reports/report-period';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

/** Runs `task` from `connections` concurrent loops for `seconds`, like autocannon does for HTTP. */
export async function runLoop(task: () => Promise<void>, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        try {
          await task();
        } catch {
          errors += 1;
        }
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pick = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return { requestsPerSecond: latencies.length / ((Date.now() - started) / 1000), p50: pick(0.5), p99: pick(0.99), errors, requests: latencies.length };
}

/** The catalogue page as one hand-written query: what a perfect data layer would cost. */
export async function catalogueFloor(pool: Pool): Promise<void> {
  await pool.query(`
    with page as (select * from salons where is_active order by rating_average desc, id desc limit 20)
    select p.id, p.name_en,
      (select json_agg(json_build_object('id', sv.id, 'name', sv.name_en, 'price', sv.price_halalas)) from services sv where sv.salon_id = p.id and sv.is_active) as services,
      (select json_agg(json_build_object('id', sm.id, 'name', sm.display_name,
          'services', (select json_agg(ss.service_id) from staff_member_services ss where ss.staff_member_id = sm.id),
          'hours', (select json_agg(json_build_object('d', wh.weekday, 's', wh.start_time, 'e', wh.end_time)) from weekly_hours wh where wh.staff_id = sm.id)))
        from staff_members sm where sm.salon_id = p.id and sm.is_active) as staff,
      (select json_agg(ph.url) from salon_photos ph where ph.salon_id = p.id) as photos,
      (select json_agg(json_build_object('rating', r.rating, 'first', u.first_name)) from (select * from reviews r where r.salon_id = p.id order by created_at desc limit 3) r join users u on u.id = r.customer_id) as reviews
    from page p`);
}

export async function salonFloor(pool: Pool, salonId: string): Promise<void> {
  await pool.query(`
    select s.*, (select json_agg(sv) from services sv where sv.salon_id = s.id and sv.is_active) as services,
      (select json_agg(sm) from staff_members sm where sm.salon_id = s.id and sm.is_active) as staff,
      (select json_agg(ph) from salon_photos ph where ph.salon_id = s.id) as photos,
      (select json_agg(r) from (select * from reviews where salon_id = s.id order by created_at desc limit 10) r) as reviews
    from salons s where s.id = $1`, [salonId]);
}

/** The rows the slot calculation reads, fetched in one round trip (the calculation itself is excluded). */
export async function slotsFloor(pool: Pool, serviceId: string, date: string): Promise<void> {
  await pool.query(`
    with staff as (select ss.staff_member_id as id from staff_member_services ss join staff_members sm on sm.id = ss.staff_member_id where ss.service_id = $1 and sm.is_active)
    select (select json_agg(wh) from weekly_hours wh where wh.staff_id in (select id from staff)) as hours,
           (select json_agg(b) from (select staff_id, starts_at, blocked_until from bookings where staff_id in (select id from staff)
              and status in ('PENDING','CONFIRMED') and starts_at < ($2::date + 1) and blocked_until > $2::date) b) as busy`, [serviceId, date]);
}

/** A search page as the server's own page statement, with the services and photos the list shows folded in as JSON. */
export async function searchFloor(pool: Pool, search: string): Promise<void> {
  await pageFloor(pool, { search }, SalonOrder.RELEVANCE);
}

/** A near-me page: the same, sorted by distance. */
export async function nearFloor(pool: Pool, criteria: SalonCriteria): Promise<void> {
  await pageFloor(pool, criteria, SalonOrder.DISTANCE);
}

async function pageFloor(pool: Pool, criteria: SalonCriteria, orderBy: SalonOrder): Promise<void> {
  const { sql, params } = salonPageQuery(criteria, { orderBy, first: 12 }, new Date(0));
  let n = 0;
  await pool.query(`with page as (${sql.replace(/\?/g, () => `$${++n}`)})
    select p.*, (select json_agg(json_build_object('id', sv.id, 'price', sv.price_halalas)) from services sv where sv.salon_id = p.id and sv.is_active) as services,
      (select json_agg(ph.url) from salon_photos ph where ph.salon_id = p.id) as photos
    from page p`, params);
}

/**
 * The report's floor: its booking statement for the period and the one before, as the server sends it, from a
 * plain pg pool. What the server adds is the rest: the invoices' sums, the schedule expansion and GraphQL.
 */
export async function reportFloor(pool: Pool, salonId: string, periods: ReportPeriods, now: Date): Promise<void> {
  let n = 0;
  const text = BOOKING_FIGURES_SQL.replace(/\?/g, () => `$${++n}`);
  for (const range of [periods.current, periods.previous]) await pool.query(text, bookingFiguresParams(salonId, range, now));
}
