import type { TestServer } from './harness';
import type { Stage } from './booking-fixtures';
import { sql } from './sql';

export const JOIN = `mutation($input: JoinWaitlistInput!) { joinWaitlist(input: $input) {
  entry { id status dateFrom dateTo partOfDay timeFrom timeTo staff { id } offer { id } } errors { code message field } } }`;
export const ACCEPT = `mutation($input: AcceptWaitlistOfferInput!) { acceptWaitlistOffer(input: $input) {
  booking { id status startsAt holdExpiresAt } offer { id status } errors { code message field } } }`;
export const LEAVE = 'mutation($input: LeaveWaitlistInput!) { leaveWaitlist(input: $input) { entry { id status } errors { code field } } }';

/** The stage's salon without money online (no prepayment, no fees), so an accepted offer confirms at once. */
export async function noPrepayment(t: TestServer, s: Stage): Promise<void> {
  await sql(t, 'update salons set requires_prepayment = false, auto_confirm = true, minimum_notice_minutes = 0 where id = $1', [s.salonId]);
  await sql(t, 'delete from payment_policies where salon_id = $1', [s.salonId]);
}

/** A waitlist entry for the stage's 10:00 start with its first stylist only (the window is that one start). */
export function tenOClock(s: Stage, day = s.startsAt.slice(0, 10)) {
  return { serviceId: s.serviceId, staffId: s.staffId, dateFrom: day, dateTo: day, timeFrom: '10:00', timeTo: '10:15' };
}

export async function offersOf(t: TestServer, entryId: string) {
  return sql(t, 'select id, status, booking_id, starts_at, expires_at from waitlist_offers where entry_id = $1 order by created_at', [entryId]);
}
