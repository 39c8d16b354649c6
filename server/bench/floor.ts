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

/**
 * The catalogue page as one hand-written query, with the same answer: what a perfect data layer would cost. (Until
 * 2026-12-03 evening its photos included those of services and stylists, which the page leaves out.)
 */
export async function catalogueFloor(pool: Pool): Promise<void> {
  await pool.query(`
    with page as (select * from salons where is_active order by rating_average desc, id desc limit 20)
    select p.id, p.name_en,
      (select json_agg(json_build_object('id', sv.id, 'name', sv.name_en, 'price', sv.price_halalas)) from services sv where sv.salon_id = p.id and sv.is_active) as services,
      (select json_agg(json_build_object('id', sm.id, 'name', sm.display_name,
          'services', (select json_agg(ss.service_id) from staff_member_services ss join services sv on sv.id = ss.service_id and sv.is_active where ss.staff_member_id = sm.id),
          'hours', (select json_agg(json_build_object('d', wh.weekday, 's', wh.start_time, 'e', wh.end_time)) from weekly_hours wh where wh.staff_id = sm.id)))
        from staff_members sm where sm.salon_id = p.id and sm.is_active) as staff,
      (select json_agg(ph.url order by ph.position, ph.id) from salon_photos ph where ph.salon_id = p.id and ph.service_id is null and ph.staff_id is null) as photos,
      (select json_agg(json_build_object('rating', r.rating, 'first', u.first_name)) from (select * from reviews r where r.salon_id = p.id and r.hidden_at is null order by created_at desc, id desc limit 3) r join users u on u.id = r.customer_id) as reviews
    from page p`);
}

/**
 * The salon page (bench/documents.ts SALON) as one query, with the same answer: every field the document asks
 * for, the stylists' services and weekly hours and the reviewers' first names included. (Until 2026-12-03 it read
 * the salon's lists as whole rows and left out the stylists' services and hours, the closures and the reviewers,
 * which made the floor cheaper than the answer.)
 */
export async function salonFloor(pool: Pool, salonId: string): Promise<void> {
  await pool.query(`
    select s.id, s.name_ar, s.description_ar, s.city, s.district, s.address, s.phone, s.time_zone, s.rating_average, s.review_count,
      (select json_build_object('min', min(sv.price_halalas), 'max', max(sv.price_halalas)) from services sv where sv.salon_id = s.id and sv.is_active) as price_range,
      (select json_agg(json_build_object('url', ph.url, 'position', ph.position) order by ph.position, ph.id) from salon_photos ph
         where ph.salon_id = s.id and ph.service_id is null and ph.staff_id is null) as photos,
      (select json_agg(json_build_object('id', sv.id, 'name', sv.name_ar, 'category', sv.category, 'duration', sv.duration_minutes, 'price', sv.price_halalas)
         order by sv.category, sv.name_en, sv.id) from services sv where sv.salon_id = s.id and sv.is_active) as services,
      (select json_agg(json_build_object('id', sm.id, 'name', sm.display_name, 'bio', sm.bio,
          'services', (select json_agg(ss.service_id) from staff_member_services ss join services sv on sv.id = ss.service_id and sv.is_active where ss.staff_member_id = sm.id),
          'hours', (select json_agg(json_build_object('d', wh.weekday, 's', to_char(wh.start_time, 'HH24:MI'), 'e', to_char(wh.end_time, 'HH24:MI')) order by wh.weekday, wh.start_time)
             from weekly_hours wh where wh.staff_id = sm.id)) order by sm.display_name, sm.id)
         from staff_members sm where sm.salon_id = s.id and sm.is_active) as staff,
      (select json_agg(json_build_object('start', c.start_date, 'end', c.end_date) order by c.start_date) from salon_closures c where c.salon_id = s.id and c.end_date >= current_date - 1) as closures,
      (select json_agg(json_build_object('rating', r.rating, 'comment', r.comment, 'createdAt', r.created_at, 'first', u.first_name) order by r.created_at desc, r.id desc)
         from (select * from reviews where salon_id = s.id and hidden_at is null order by created_at desc, id desc limit 10) r join users u on u.id = r.customer_id) as reviews
    from salons s where s.id = $1 and s.is_active`, [salonId]);
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
