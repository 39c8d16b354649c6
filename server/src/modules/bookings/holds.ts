import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { NotificationEvent } from '../notifications/notification.entity';
import { enqueueFor } from '../notifications/outbox';
import { BookingStatus } from './booking.entity';
import { lockStaff } from './staff-lock';

/**
 * The request fingerprint of a hold the waitlist placed for an offer not yet accepted (modules/waitlist). Its lapse
 * is the offer passing to the next in line, not a payment missed, so no HOLD_EXPIRED message goes out for it.
 */
export const UNANSWERED_OFFER_FINGERPRINT = 'waitlist:offered';

/**
 * Unpaid holds that lapsed become EXPIRED, which frees their time (the exclusion constraints only cover PENDING
 * and CONFIRMED). Booking transactions call it for the staff member (whose lock they hold) and the customer at
 * stake before their checks, so a lapsed hold never blocks anyone even between sweeps. Returns how many expired.
 * The customer is told, through the outbox in the same transaction: a hold expires once, so the message goes once.
 */
export async function expireLapsedHolds(app: AppServices, tx: EntityManager, whose: { staffId: string } | { customerId: string }): Promise<number> {
  const [column, id] = 'staffId' in whose ? ['staff_id', whose.staffId] : ['customer_id', whose.customerId];
  const now = app.now();
  const rows = await execute<{ id: string; customer_id: string; request_fingerprint: string }>(
    tx,
    // Rows are locked in id order, so two callers expiring overlapping sets (a customer's, a staff member's) never deadlock.
    `with lapsed as (
       select id from bookings where status = 'PENDING' and hold_expires_at <= ? and ${column} = ? order by id for update),
     expired as (
       update bookings b set status = 'EXPIRED', hold_expires_at = null, updated_at = ?, version = b.version + 1
         from lapsed where b.id = lapsed.id
        returning b.id, b.customer_id, b.request_fingerprint),
     logged as (
       insert into booking_events (id, created_at, updated_at, booking_id, from_status, to_status, reason)
       select gen_random_uuid(), ?::timestamptz, ?::timestamptz, id, 'PENDING', 'EXPIRED', 'unpaid hold lapsed' from expired)
     select id, customer_id, request_fingerprint from expired`,
    [now, id, now, now, now],
  );
  for (const row of rows) {
    await app.bookingPaymentHooks.onStatusChange(tx, { bookingId: row.id, from: BookingStatus.PENDING, to: BookingStatus.EXPIRED, by: 'system', actorId: null, at: now });
    if (row.request_fingerprint === UNANSWERED_OFFER_FINGERPRINT) continue;
    await enqueueFor(tx, row.id, row.customer_id, NotificationEvent.HOLD_EXPIRED, app.config.NOTIFICATION_CHANNEL, now, row.id); // keyed by the booking: a hold lapses only once
  }
  return rows.length;
}

/**
 * The sweeper, run by the background jobs: one transaction per staff member with lapsed holds, taking the same
 * per-staff lock as bookings do, so it never deadlocks with a booking that expires the same rows.
 */
export async function sweepLapsedHolds(app: AppServices): Promise<number> {
  const em = app.orm.em.fork() as EntityManager;
  const staff = await execute<{ staff_id: string }>(em, "select distinct staff_id from bookings where status = 'PENDING' and hold_expires_at <= ?", [app.now()]);
  let expired = 0;
  for (const { staff_id } of staff) {
    expired += await em.transactional(async (tx) => {
      await lockStaff(tx, staff_id);
      return expireLapsedHolds(app, tx, { staffId: staff_id });
    });
  }
  return expired;
}
