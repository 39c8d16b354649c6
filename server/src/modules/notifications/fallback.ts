import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';

/**
 * Writes the SMS that stands in for each of these WhatsApp messages, due at once: one per message at most (the
 * fallback row is unique per occurrence and channel, and `fell_back_at` is set once), so a failure reported twice
 * (the send, then the webhook) or a late sweep never sends two SMS. Returns the new SMS rows' ids.
 */
export async function fallBackToSms(em: EntityManager, notificationIds: string[], now: Date): Promise<string[]> {
  if (notificationIds.length === 0) return [];
  const rows = await execute<{ id: string }>(
    em,
    `with source as (
       update notifications set fell_back_at = ?, updated_at = ?
        where id = any(?::uuid[]) and channel = 'WHATSAPP' and fell_back_at is null and status <> 'SKIPPED'
        returning id, booking_id, recipient_id, event, occurrence_key)
     insert into notifications (id, created_at, updated_at, booking_id, recipient_id, event, channel, occurrence_key, status, attempts, next_attempt_at, fallback_for_id)
     select gen_random_uuid(), ?, ?, booking_id, recipient_id, event, 'SMS', occurrence_key, 'PENDING', 0, ?, id from source
     on conflict (booking_id, recipient_id, event, channel, occurrence_key) do nothing
     returning id`,
    [now, now, `{${notificationIds.join(',')}}`, now, now, now],
  );
  return rows.map((r) => r.id);
}

/**
 * WhatsApp messages sent but not reported delivered within WHATSAPP_FALLBACK_AFTER_MINUTES go by SMS too: a phone
 * that is off or without data would otherwise learn nothing. Claimed with SKIP LOCKED like the other jobs.
 */
export async function fallBackUndelivered(app: AppServices, limit = app.config.NOTIFICATION_BATCH_SIZE): Promise<number> {
  const em = app.orm.em.fork() as EntityManager;
  return em.transactional(async (tx) => {
    const now = app.now();
    const cutoff = new Date(now.getTime() - app.config.WHATSAPP_FALLBACK_AFTER_MINUTES * 60_000);
    const late = await execute<{ id: string }>(
      tx,
      `select id from notifications
        where channel = 'WHATSAPP' and status = 'SENT' and fell_back_at is null and (delivery_status is null or delivery_status = 'SENT') and sent_at <= ?
        order by sent_at limit ? for update skip locked`,
      [cutoff, limit],
    );
    const written = await fallBackToSms(tx, late.map((r) => r.id), now);
    if (written.length) app.logger.info({ event: 'notification.whatsapp_fallback', count: written.length }, 'WhatsApp messages not delivered in time go by SMS');
    return written.length;
  });
}
