import type { TestServer } from './harness';
import type { Stage } from './booking-fixtures';
import { sql } from './sql';

export const VISIT_STARTS = `query($input: AvailableVisitStartsInput!) { availableVisitStarts(input: $input) {
  startsAt endsAt parts { startsAt endsAt staff { id } } } }`;

export const BOOK_VISIT = `mutation($input: BookVisitInput!) { bookVisit(input: $input) {
  visit { id totalHalalas status startsAt endsAt
    parts { id status visitPosition startsAt endsAt blockedUntil priceHalalas holdExpiresAt staff { id } service { id } nextPayment { amountHalalas } visit { id } } }
  errors { code message field } } }`;

export const DESK_VISIT_STARTS = `query($input: FrontDeskVisitStartsInput!) { frontDeskVisitStarts(input: $input) {
  startsAt endsAt parts { startsAt endsAt staff { id } } } }`;

export const DESK_VISIT = `mutation($input: CreateFrontDeskVisitInput!) { createFrontDeskVisit(input: $input) {
  visit { id totalHalalas status startsAt endsAt
    parts { id status visitPosition startsAt endsAt holdExpiresAt channel staff { id } service { id } customer { id firstName } createdBy { id }
      events { toStatus reason actor { id } } } }
  errors { code message field } } }`;

export const RESCHEDULE_VISIT = `mutation($input: RescheduleVisitInput!) { rescheduleVisit(input: $input) {
  visit { id startsAt endsAt status parts { id startsAt endsAt staff { id } service { id } } }
  errors { code message field } } }`;

/** The stage salon's three shortest services, offered by both of the stage's stylists: a visit of three parts. */
export async function threeServices(t: TestServer, s: Stage): Promise<{ id: string; duration: number; buffer: number; price: number }[]> {
  const rows = await sql(
    t,
    `select sv.id, sv.duration_minutes as duration, sv.buffer_after_minutes as buffer, sv.price_halalas as price from services sv
      where sv.salon_id = $1 and sv.is_active order by sv.duration_minutes, sv.id limit 3`,
    [s.salonId],
  );
  for (const staffId of [s.staffId, s.otherStaffId]) {
    for (const { id } of rows) {
      await sql(t, 'insert into staff_member_services (staff_member_id, service_id) values ($1, $2) on conflict do nothing', [staffId, id]);
    }
  }
  return rows;
}

/** Live bookings of one stylist, or of one customer, that overlap: must always be none. */
export async function overlaps(t: TestServer): Promise<{ staff: number; customer: number }> {
  const [{ staff }] = await sql(t, `select count(*)::int as staff from bookings a join bookings b on a.staff_id = b.staff_id and a.id < b.id
    where a.status in ('PENDING', 'CONFIRMED') and b.status in ('PENDING', 'CONFIRMED')
      and tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)`);
  const [{ customer }] = await sql(t, `select count(*)::int as customer from bookings a join bookings b on a.customer_id = b.customer_id and a.id < b.id
    where a.status in ('PENDING', 'CONFIRMED') and b.status in ('PENDING', 'CONFIRMED')
      and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`);
  return { staff, customer };
}

/** Visits whose parts are not all there, or not all in one state of holding time: must always be none. */
export async function partialVisits(t: TestServer, parts: number): Promise<number> {
  const [{ n }] = await sql(t, `select count(*)::int as n from visits v where
      (select count(*) from bookings b where b.visit_id = v.id) <> $1
      or (select count(distinct b.status in ('PENDING', 'CONFIRMED')) from bookings b where b.visit_id = v.id) <> 1`, [parts]);
  return n;
}
