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

/** Who hears of a change: a visit's later parts concern their stylist only, the customer hears once per visit. */
export type Recipients = 'both' | 'customer' | 'staff' | 'none';

/**
 * Writes notification rows in the caller's transaction (the outbox), so a booking change and the messages about it
 * commit or roll back together. Every occurrence of an event gets its own row, keyed by `occurrenceId` (the
 * booking_events row of the change), so the history of what was sent is kept and one occurrence is never sent twice.
 * A newer occurrence supersedes an older one still waiting (two quick reschedules): the older row is SKIPPED, as
 * the text is rendered at send time and would only repeat the latest one.
 */
export async function enqueue(em: EntityManager, parties: BookingParties, event: NotificationEvent, channel: string, now: Date, occurrenceId: string, recipients: Recipients = 'both'): Promise<void> {
  const people = { both: [parties.customerId, parties.staffUserId], customer: [parties.customerId], staff: [parties.staffUserId], none: [] }[recipients];
  for (const recipient of new Set(people)) await enqueueFor(em, parties.bookingId, recipient, event, channel, now, occurrenceId);
}

/**
 * Reminders 24 hours and 2 hours before the start, for the customer, one per start time (the key): a booking moved
 * to a new time gets new reminders and those for the old time are SKIPPED if still waiting, while one already sent
 * stays in the history. A reminder whose time has already passed is not written ("tomorrow" would be wrong by then).
 */
export async function scheduleReminders(em: EntityManager, parties: BookingParties, channel: string, now: Date): Promise<void> {
  const occurrence = parties.startsAt.toISOString();
  for (const [event, hours] of [[NotificationEvent.REMINDER_24H, 24], [NotificationEvent.REMINDER_2H, 2]] as const) {
    const message = { bookingId: parties.bookingId, recipientId: parties.customerId, event, channel };
    const due = new Date(parties.startsAt.getTime() - hours * HOUR);
    await skipWaiting(em, message, now, due > now ? occurrence : null);
    if (due > now) await insert(em, message, occurrence, due, now);
  }
}

/** One message about a booking to one person, due now (also for a recipient outside the booking's parties). */
export async function enqueueFor(em: EntityManager, bookingId: string, recipientId: string, event: NotificationEvent, channel: string, now: Date, occurrenceId: string): Promise<void> {
  const message = { bookingId, recipientId, event, channel };
  await skipWaiting(em, message, now, occurrenceId);
  await insert(em, message, occurrenceId, now, now);
}

interface Message {
  bookingId: string;
  recipientId: string;
  event: NotificationEvent;
  /** The platform's default channel (NOTIFICATION_CHANNEL); the recipient's preferred channel wins. */
  channel: string;
}

/**
 * Marks SKIPPED the rows of this message still waiting for another occurrence than `keep` (all of them for null),
 * on any channel (the person may have changed it since) and with their SMS fallbacks.
 */
async function skipWaiting(em: EntityManager, m: Message, now: Date, keep: string | null): Promise<void> {
  await execute(
    em,
    `update notifications set status = 'SKIPPED', updated_at = ?
      where booking_id = ? and recipient_id = ? and event = ? and status = 'PENDING' and occurrence_key is distinct from ?`,
    [now, m.bookingId, m.recipientId, m.event, keep],
  );
}

/**
 * One row per occurrence, on the recipient's preferred channel (else `m.channel`, the platform's default). The same
 * occurrence written again changes nothing, whatever the channel, except that a reminder skipped when the booking
 * moved away is re-armed when it moves back to that time. An SMS fallback is a second row (worker.ts).
 */
async function insert(em: EntityManager, m: Message, occurrence: string, due: Date, now: Date): Promise<void> {
  await execute(
    em,
    `insert into notifications (id, created_at, updated_at, booking_id, recipient_id, event, channel, occurrence_key, status, attempts, next_attempt_at)
     select ?, ?, ?, ?, u.id, ?, coalesce(u.preferred_channel, ?), ?, 'PENDING', 0, ? from users u where u.id = ?
     on conflict (booking_id, recipient_id, event, occurrence_key) where fallback_for_id is null do update
       set status = 'PENDING', attempts = 0, last_error = null, next_attempt_at = excluded.next_attempt_at, updated_at = excluded.updated_at
       where notifications.status = 'SKIPPED'`,
    [randomUUID(), now, now, m.bookingId, m.event, m.channel, occurrence, due, m.recipientId],
  );
}
