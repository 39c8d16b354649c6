import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { BookingStatus } from '../bookings/booking.entity';
import { takingsBetween } from '../invoices/takings';
import type { ReportRange } from './report-period';

export interface StatusCount { status: BookingStatus; count: number }
export interface BookedMinutes { staffId: string; bookedMinutes: number }
export interface ServiceFigures { serviceId: string; bookingCount: number; bookedHalalas: number }
export interface CustomerFigures { newCustomers: number; returningCustomers: number }

export interface BookingFigures {
  byStatus: StatusCount[];
  booked: BookedMinutes[];
  topServices: ServiceFigures[];
  customers: CustomerFigures;
}

export const TOP_SERVICES = 10;

/**
 * Everything a report says about bookings in one statement: the period's bookings (by start, over the
 * (salon_id, starts_at) index) are read once into a CTE that every figure aggregates. A PENDING booking whose
 * unpaid hold has lapsed counts as EXPIRED, as everywhere else. Bookings that kept their time (not cancelled or
 * expired) make the booked minutes, the top services and the period's customers; a customer is returning when
 * they completed a visit at the salon before the period (a probe of the partial index per customer). Exported
 * with its parameters (knex `?` placeholders) because the bench's floor runs the same statement.
 */
export const BOOKING_FIGURES_SQL = `with b as materialized (
    select staff_id, service_id, customer_id, starts_at, ends_at, price_halalas,
           case when status = 'PENDING' and hold_expires_at <= ? then 'EXPIRED' else status end as status
      from bookings where salon_id = ? and starts_at >= ? and starts_at < ?),
  kept as (select * from b where status not in ('CANCELLED', 'EXPIRED'))
  select
    (select coalesce(json_agg(json_build_object('status', status, 'count', n) order by status), '[]')
       from (select status, count(*)::int as n from b group by status) s) as "byStatus",
    (select coalesce(json_agg(json_build_object('staffId', staff_id, 'bookedMinutes', minutes) order by staff_id), '[]')
       from (select staff_id, (sum(extract(epoch from ends_at - starts_at)) / 60)::int as minutes from kept group by staff_id) m) as booked,
    (select coalesce(json_agg(json_build_object('serviceId', service_id, 'bookingCount', n, 'bookedHalalas', halalas) order by n desc, halalas desc, service_id), '[]')
       from (select service_id, count(*)::int as n, sum(price_halalas)::int as halalas from kept group by service_id
             order by n desc, halalas desc, service_id limit ${TOP_SERVICES}) t) as "topServices",
    (select json_build_object('newCustomers', count(*) filter (where not visited), 'returningCustomers', count(*) filter (where visited))
       from (select c.customer_id, exists (select 1 from bookings p where p.salon_id = ? and p.customer_id = c.customer_id
                                              and p.status = 'COMPLETED' and p.starts_at < ?) as visited
               from (select distinct customer_id from kept) c) r) as customers`;

export const bookingFiguresParams = (salonId: string, range: ReportRange, now: Date): unknown[] => [now, salonId, range.startsAt, range.endsAt, salonId, range.startsAt];

export async function bookingFigures(em: EntityManager, salonId: string, range: ReportRange, now: Date): Promise<BookingFigures> {
  const [row] = await execute<BookingFigures>(em, BOOKING_FIGURES_SQL, bookingFiguresParams(salonId, range, now));
  return row;
}

export interface RevenueFigures {
  grossHalalas: number;
  refundsHalalas: number;
  netHalalas: number;
  vatHalalas: number;
  onlineHalalas: number;
  counterHalalas: number;
  invoiceCount: number;
  creditNoteCount: number;
}

/** The money of the period, from its invoices and credit notes (the takings' own figures). */
export async function revenueFigures(em: EntityManager, salonId: string, range: ReportRange): Promise<RevenueFigures> {
  const t = await takingsBetween(em, salonId, range.startsAt, range.endsAt);
  return {
    grossHalalas: t.onlineHalalas + t.counterHalalas, refundsHalalas: t.refundsHalalas, netHalalas: t.netHalalas, vatHalalas: t.vatHalalas,
    onlineHalalas: t.onlineHalalas, counterHalalas: t.counterHalalas, invoiceCount: t.invoiceCount, creditNoteCount: t.creditNoteCount,
  };
}

/** Share of a whole, null when there is no whole (no bookings, no working time). */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** No-shows among the appointments that came due (completed or no-show); cancellations among bookings that were not left to lapse. */
export function bookingRates(byStatus: StatusCount[]): { count: number; noShowRate: number | null; cancellationRate: number | null } {
  const of = (s: BookingStatus) => byStatus.find((r) => r.status === s)?.count ?? 0;
  const all = byStatus.reduce((sum, r) => sum + r.count, 0);
  return {
    count: all,
    noShowRate: rate(of(BookingStatus.NO_SHOW), of(BookingStatus.NO_SHOW) + of(BookingStatus.COMPLETED)),
    cancellationRate: rate(of(BookingStatus.CANCELLED), all - of(BookingStatus.EXPIRED)),
  };
}
