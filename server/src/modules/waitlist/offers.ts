import { DateTime } from 'luxon';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError } from '../../graphql/errors';
import { loadSchedule } from '../availability/schedule-loader';
import { localDate, type Slot } from '../availability/slots';
import { datesBetween } from '../hours/day-plan';
import { Salon } from '../catalog/salon.entity';
import { Service } from '../catalog/service.entity';
import { Booking, BookingChannel, BookingStatus } from '../bookings/booking.entity';
import { expireLapsedHolds, UNANSWERED_OFFER_FINGERPRINT } from '../bookings/holds';
import { recordEvent } from '../bookings/lifecycle';
import { assertCustomerFree, checkSlot, mapConstraintViolation } from '../bookings/slot-guard';
import { lockStaff } from '../bookings/staff-lock';
import { NotificationEvent } from '../notifications/notification.entity';
import { enqueueFor } from '../notifications/outbox';
import { WaitlistEntry, WaitlistEntryStatus, WaitlistOffer } from './waitlist.entity';

const MINUTE = 60_000;
/** Entries one pass looks at, oldest first; the rest wait for the next pass (every WORKER_INTERVAL_MS). */
const ENTRIES_PER_PASS = 200;
/** Free times tried for one entry in one pass before moving on to the next entry. */
const CANDIDATES_PER_ENTRY = 5;

/** Whether a start `minutes` after local midnight lies in [from, to), a range that may cross midnight (from > to). */
export function inTimeWindow(minutes: number, from: number | null | undefined, to: number | null | undefined): boolean {
  if (from == null || to == null) return true;
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

export function localMinutes(instant: Date, zone: string): number {
  const t = DateTime.fromJSDate(instant, { zone });
  return t.hour * 60 + t.minute;
}

/**
 * Offers that lapsed (on the application's clock) pass on: the offer becomes EXPIRED, its hold booking EXPIRED
 * (which frees the time under the staff lock, as the bookings' sweeper does), and the entry waits again. It is
 * never offered that same time again (a unique index), so the next pass offers it to the next in line.
 */
export async function expireLapsedOffers(app: AppServices): Promise<number> {
  const em = app.orm.em.fork() as EntityManager;
  const due = await execute<{ id: string; entry_id: string; staff_id: string }>(
    em, `select id, entry_id, staff_id from waitlist_offers where status = 'OPEN' and expires_at <= ? order by expires_at limit ?`, [app.now(), ENTRIES_PER_PASS],
  );
  let expired = 0;
  for (const offer of due) {
    expired += await em.transactional(async (tx) => {
      const now = app.now();
      // Lock order everywhere: entry, offer, staff lock, booking rows.
      await execute(tx, 'select id from waitlist_entries where id = ? for update', [offer.entry_id]);
      const [still] = await execute(tx, `select id from waitlist_offers where id = ? and status = 'OPEN' and expires_at <= ? for update`, [offer.id, now]);
      if (!still) return 0;
      await lockStaff(tx, offer.staff_id);
      await expireLapsedHolds(app, tx, { staffId: offer.staff_id });
      await execute(tx, `update waitlist_offers set status = 'EXPIRED', closed_at = ?, updated_at = ? where id = ?`, [now, now, offer.id]);
      await execute(tx, `update waitlist_entries set status = 'WAITING', updated_at = ?, version = version + 1 where id = ? and status = 'OFFERED'`, [now, offer.entry_id]);
      return 1;
    });
  }
  return expired;
}

interface WaitingRow {
  id: string;
  customer_id: string;
  salon_id: string;
  service_id: string;
  staff_id: string | null;
  date_from: string;
  date_to: string;
  time_from_minutes: number | null;
  time_to_minutes: number | null;
  created_at: Date;
}

/**
 * Hands freed time to waiting customers in order of joining: for each waiting entry, oldest first, the earliest
 * free start that fits it (service, dates, stylist, time of day, never a time it was offered before) is held for
 * the customer by a PENDING booking with a hold until the offer lapses, and the offer is sent through the outbox.
 * It does not matter what freed the time (a cancellation, a lapsed hold, new hours): the pass asks the same slot
 * calculation bookings use. Returns how many offers it made.
 */
export async function offerFreedTimes(app: AppServices): Promise<number> {
  const em = app.orm.em.fork() as EntityManager;
  const waiting = await execute<WaitingRow>(
    em,
    `select id, customer_id, salon_id, service_id, staff_id, to_char(date_from, 'YYYY-MM-DD') as date_from, to_char(date_to, 'YYYY-MM-DD') as date_to,
            time_from_minutes, time_to_minutes, created_at
       from waitlist_entries where status = 'WAITING' order by created_at, id limit ?`,
    [ENTRIES_PER_PASS],
  );
  let offered = 0;
  for (const entry of waiting) {
    const fork = em.fork();
    const [salon, service] = await Promise.all([fork.findOne(Salon, { id: entry.salon_id }), fork.findOne(Service, { id: entry.service_id }, { populate: ['salon'] })]);
    if (!salon || !service) continue;
    const now = app.now();
    const today = localDate(now, salon.timeZone);
    if (entry.date_to < today) {
      await execute(fork, `update waitlist_entries set status = 'CLOSED', updated_at = ?, version = version + 1 where id = ? and status = 'WAITING'`, [now, entry.id]);
      continue;
    }
    if (!salon.isActive || !service.isActive) continue;
    const from = entry.date_from < today ? today : entry.date_from;
    const schedule = await loadSchedule(fork, {
      service, salon, staffId: entry.staff_id, from, to: entry.date_to, now, slotIntervalMinutes: app.config.SLOT_INTERVAL_MINUTES,
    });
    const before = new Set(
      (await execute<{ staff_id: string; starts_at: Date }>(fork, 'select staff_id, starts_at from waitlist_offers where entry_id = ?', [entry.id]))
        .map((o) => `${o.staff_id}|${new Date(o.starts_at).toISOString()}`),
    );
    const candidates: Slot[] = [];
    for (const date of datesBetween(from, entry.date_to)) {
      if (candidates.length >= CANDIDATES_PER_ENTRY) break;
      for (const slot of schedule.slots(date)) {
        if (!inTimeWindow(localMinutes(slot.startsAt, salon.timeZone), entry.time_from_minutes, entry.time_to_minutes)) continue;
        if (before.has(`${slot.staffId}|${slot.startsAt.toISOString()}`)) continue;
        candidates.push(slot);
        if (candidates.length >= CANDIDATES_PER_ENTRY) break;
      }
    }
    for (const slot of candidates) {
      const outcome = await tryOffer(app, em.fork() as EntityManager, entry, salon, service, slot);
      if (outcome === 'offered') offered += 1;
      if (outcome !== 'next-slot') break;
    }
  }
  return offered;
}

type Outcome = 'offered' | 'entry-busy' | 'next-slot';

/**
 * One offer, in one transaction under the entry's row lock and the stylist's booking lock: the same check a booking
 * makes (checkSlot, the customer's other bookings), then the hold, the offer row and its message. An earlier entry
 * still waiting that would take this very time goes first (the order of joining holds across workers too, since
 * every pass checks this under the same staff lock).
 */
async function tryOffer(app: AppServices, em: EntityManager, entry: WaitingRow, salon: Salon, service: Service, slot: Slot): Promise<Outcome> {
  try {
    return await em.transactional(async (tx): Promise<Outcome> => {
      const [row] = await execute<{ status: string }>(tx, 'select status from waitlist_entries where id = ? for update skip locked', [entry.id]);
      if (!row || row.status !== WaitlistEntryStatus.WAITING) return 'entry-busy';
      await lockStaff(tx, slot.staffId);
      if (await earlierInLine(tx, entry, salon, slot)) return 'next-slot';
      try {
        await checkSlot(tx, app, { service, salon, staffId: slot.staffId, startsAt: slot.startsAt });
        await assertCustomerFree(app, tx, entry.customer_id, slot.startsAt, slot.endsAt);
      } catch (err) {
        if (err instanceof BusinessError) return 'next-slot';
        throw err;
      }
      const now = app.now();
      const expiresAt = new Date(now.getTime() + app.config.WAITLIST_OFFER_MINUTES * MINUTE);
      const booking = tx.create(Booking, {
        salon, service, staff: slot.staffId, customer: entry.customer_id,
        startsAt: slot.startsAt, endsAt: slot.endsAt, blockedUntil: new Date(slot.endsAt.getTime() + service.bufferAfterMinutes * MINUTE),
        priceHalalas: service.priceHalalas, currency: service.currency, status: BookingStatus.PENDING, holdExpiresAt: expiresAt,
        idempotencyKey: `waitlist-offer:${entry.id}:${slot.staffId}:${slot.startsAt.toISOString()}`.slice(0, 128),
        requestFingerprint: UNANSWERED_OFFER_FINGERPRINT, channel: BookingChannel.ONLINE, createdBy: null,
      });
      recordEvent(tx, booking, null, BookingStatus.PENDING, null, 'held for a waitlist offer');
      // The offer's id is the hold's, so the message's link (rendered from the booking) names the offer.
      tx.create(WaitlistOffer, { id: booking.id, entry: entry.id, booking, staff: slot.staffId, startsAt: slot.startsAt, expiresAt });
      await tx.flush();
      await execute(tx, `update waitlist_entries set status = 'OFFERED', updated_at = ?, version = version + 1 where id = ?`, [now, entry.id]);
      await enqueueFor(tx, booking.id, entry.customer_id, NotificationEvent.WAITLIST_OFFER, app.config.NOTIFICATION_CHANNEL, now, booking.id);
      return 'offered';
    });
  } catch (err) {
    // The customer booked an overlapping time with another stylist meanwhile (the customer constraint decided).
    if (mapConstraintViolation(err)) return 'next-slot';
    throw err;
  }
}

/**
 * Whether someone who joined before `entry` is still waiting for a time this slot would give them (and is free
 * then): they are offered it first. Read under the stylist's lock, which every offer of this time also takes.
 */
async function earlierInLine(tx: EntityManager, entry: WaitingRow, salon: Salon, slot: Slot): Promise<boolean> {
  const date = localDate(slot.startsAt, salon.timeZone);
  const minutes = localMinutes(slot.startsAt, salon.timeZone);
  const rows = await execute(
    tx,
    `select 1 from waitlist_entries e
      where e.status = 'WAITING' and e.service_id = ? and (e.created_at, e.id) < (?, ?)
        and e.date_from <= ?::date and e.date_to >= ?::date and (e.staff_id is null or e.staff_id = ?)
        and (e.time_from_minutes is null or case when e.time_from_minutes < e.time_to_minutes
               then ? >= e.time_from_minutes and ? < e.time_to_minutes else ? >= e.time_from_minutes or ? < e.time_to_minutes end)
        and not exists (select 1 from waitlist_offers o where o.entry_id = e.id and o.staff_id = ? and o.starts_at = ?)
        and not exists (select 1 from bookings b where b.customer_id = e.customer_id and b.status in ('PENDING', 'CONFIRMED')
                          and b.starts_at < ? and b.ends_at > ?)
      limit 1`,
    [entry.service_id, entry.created_at, entry.id, date, date, slot.staffId, minutes, minutes, minutes, minutes, slot.staffId, slot.startsAt, slot.endsAt, slot.startsAt],
  );
  return rows.length > 0;
}
