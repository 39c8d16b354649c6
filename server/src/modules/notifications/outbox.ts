import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { NotificationEvent } from './notification.entity';

export interface BookingParties {
  bookingId: string;
  customerId: string;
  staffUserId: string;
  startsAt: Date;
}

const HOUR = 3_600_000;

/**
 * Writes notification rows in the caller's transaction (the outbox), so a booking change and the messages about it
 * commit or roll back together. A repeated event (a second reschedule) re-arms the same row: the unique key
 * (booking, recipient, event, channel) still holds and the person hears about the latest change.
 */
export async function enqueue(em: EntityManager, parties: BookingParties, event: NotificationEvent, channel: string, now: Date, recipients: 'both' | 'customer' = 'both'): Promise<void> {
  const people = recipients === 'both' ? [parties.customerId, parties.staffUserId] : [parties.customerId];
  for (const recipient of new Set(people)) await upsert(em, parties.bookingId, recipient, event, channel, now, now);
}

/**
 * Reminders 24 hours and 2 hours before the start, for the customer. A reminder whose time has already passed is
 * not written, and one still waiting from an earlier start (a booking moved closer) is skipped: "tomorrow" would
 * be wrong by then.
 */
export async function scheduleReminders(em: EntityManager, parties: BookingParties, channel: string, now: Date): Promise<void> {
  for (const [event, hours] of [[NotificationEvent.REMINDER_24H, 24], [NotificationEvent.REMINDER_2H, 2]] as const) {
    const due = new Date(parties.startsAt.getTime() - hours * HOUR);
    if (due > now) await upsert(em, parties.bookingId, parties.customerId, event, channel, due, now);
    else {
      await execute(
        em,
        `update notifications set status = 'SKIPPED', updated_at = ?
          where booking_id = ? and recipient_id = ? and event = ? and channel = ? and status = 'PENDING'`,
        [now, parties.bookingId, parties.customerId, event, channel],
      );
    }
  }
}

async function upsert(em: EntityManager, bookingId: string, recipientId: string, event: NotificationEvent, channel: string, due: Date, now: Date): Promise<void> {
  await execute(
    em,
    `insert into notifications (id, created_at, updated_at, booking_id, recipient_id, event, channel, status, attempts, next_attempt_at)
     values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)
     on conflict (booking_id, recipient_id, event, channel) do update
       set status = 'PENDING', attempts = 0, next_attempt_at = excluded.next_attempt_at, last_error = null, updated_at = excluded.updated_at`,
    [randomUUID(), now, now, bookingId, recipientId, event, channel, due],
  );
}
