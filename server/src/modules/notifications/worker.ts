import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { displayNameOf } from '../accounts/display-name';
import { inReaderLanguage } from '../catalog/localised';
import { Language } from '../accounts/user.entity';
import { NotificationChannel, NotificationEvent, NotificationStatus } from './notification.entity';
import { renderMessage, type MessageFacts } from './messages';
import { fallBackToSms } from './fallback';
import { WhatsAppSendError } from './whatsapp/cloud-api';
import { templateMessage } from './whatsapp/templates';

interface DueRow {
  id: string;
  booking_id: string;
  event: NotificationEvent;
  channel: string;
  attempts: number;
  /** A PAID message's invoice, once it exists. */
  invoice_id: string | null;
  recipient_id: string;
  phone_number: string;
  preferred_language: Language;
  customer_id: string;
  customer_first_name: string;
  customer_last_name: string;
  customer_phone_number: string;
  staff_name: string;
  staff_name_en: string;
  booking_status: string;
  starts_at: Date;
  salon_id: string;
  time_zone: string;
  salon_ar: string;
  salon_en: string;
  service_ar: string;
  service_en: string;
}

const REMINDERS = new Set([NotificationEvent.REMINDER_24H, NotificationEvent.REMINDER_2H]);

/**
 * Sends one due notification, holding its row locked (FOR UPDATE SKIP LOCKED) from claim to outcome, so two
 * workers never send the same row and a crash before commit leaves it PENDING for the next run.
 * Returns false when nothing is due.
 */
export async function deliverOne(app: AppServices): Promise<boolean> {
  const em = app.orm.em.fork() as EntityManager;
  return em.transactional(async (tx) => {
    const now = app.now();
    const [row] = await execute<DueRow>(
      tx,
      `select n.id, n.booking_id, n.event, n.channel, n.attempts, i.id as invoice_id, u.id as recipient_id, u.phone_number, u.preferred_language,
              c.id as customer_id, c.first_name as customer_first_name, c.last_name as customer_last_name,
              c.phone_number as customer_phone_number, sm.display_name as staff_name, sm.display_name_en as staff_name_en, b.status as booking_status, b.starts_at,
              s.id as salon_id, s.time_zone, s.name_ar as salon_ar, s.name_en as salon_en, sv.name_ar as service_ar, sv.name_en as service_en
         from notifications n
         join users u on u.id = n.recipient_id
         join bookings b on b.id = n.booking_id
         join users c on c.id = b.customer_id
         join staff_members sm on sm.id = b.staff_id
         join salons s on s.id = b.salon_id
         join services sv on sv.id = b.service_id
         left join invoices i on n.event = 'PAID' and i.kind = 'INVOICE' and i.payment_id = (case when n.event = 'PAID' then n.occurrence_key::uuid end)
        where n.status = 'PENDING' and n.next_attempt_at <= ?
        order by n.next_attempt_at
        limit 1
        for update of n skip locked`,
      [now],
    );
    if (!row) return false;
    if (REMINDERS.has(row.event) && !['PENDING', 'CONFIRMED'].includes(row.booking_status)) {
      await execute(tx, `update notifications set status = 'SKIPPED', updated_at = ? where id = ?`, [now, row.id]);
      return true;
    }
    const whatsapp = row.channel === NotificationChannel.WHATSAPP;
    try {
      const locale = row.preferred_language === Language.EN ? 'en' : 'ar';
      const facts: MessageFacts = {
        event: row.event,
        toCustomer: row.recipient_id === row.customer_id,
        locale,
        timeZone: row.time_zone,
        startsAt: new Date(row.starts_at),
        status: row.booking_status,
        serviceName: locale === 'ar' ? row.service_ar : row.service_en,
        salonName: locale === 'ar' ? row.salon_ar : row.salon_en,
        staffName: inReaderLanguage(row.staff_name, row.staff_name_en, locale),
        // Always the customer's name (or the end of their number), whoever receives it: never the recipient's number.
        customerName: displayNameOf({ firstName: row.customer_first_name, lastName: row.customer_last_name, phoneNumber: row.customer_phone_number }, locale),
        // A waitlist offer's id is its hold booking's (modules/waitlist), so the link is known here without a join.
        salonUrl: new URL(row.event === NotificationEvent.WAITLIST_OFFER ? `/waitlist/offers/${row.booking_id}` : `/salons/${row.salon_id}`, app.config.PUBLIC_URL).toString(),
        offerMinutes: app.config.WAITLIST_OFFER_MINUTES,
        // A payment's invoice; until it exists (an invoice is issued with the payment, so rarely), their bookings.
        link: row.event === NotificationEvent.PAID ? new URL(row.invoice_id ? `/invoices/${row.invoice_id}` : '/bookings', app.config.PUBLIC_URL).toString() : undefined,
      };
      let providerId: string | null;
      if (whatsapp) {
        // WhatsApp off (a preference kept from when it was on): the SMS stands in at once.
        if (!app.whatsapp) throw new WhatsAppSendError('WhatsApp is not enabled', null, true);
        providerId = await app.whatsapp.sendTemplate(row.phone_number, templateMessage(facts), row.id);
      } else {
        providerId = await app.notificationProvider.send({ id: row.id, phoneNumber: row.phone_number, channel: row.channel, text: renderMessage(facts) });
      }
      await execute(tx, `update notifications set status = 'SENT', attempts = attempts + 1, sent_at = ?, provider_message_id = ?, last_error = null, updated_at = ? where id = ?`, [now, providerId, now, row.id]);
    } catch (err) {
      // Any failure counts as an attempt, so one poisonous row cannot be retried forever.
      const error = err instanceof Error ? err.message : String(err);
      const attempts = row.attempts + 1;
      // WhatsApp's permanent refusals (not on WhatsApp, template not approved, outside the window) are not retried.
      const giveUp = attempts >= app.config.NOTIFICATION_MAX_ATTEMPTS || (err instanceof WhatsAppSendError && err.permanent);
      // Exponential backoff: 30 s, 1 min, 2 min, 4 min… by default.
      const next = new Date(now.getTime() + app.config.NOTIFICATION_BACKOFF_SECONDS * 1000 * 2 ** (attempts - 1));
      await execute(tx, 'update notifications set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ? where id = ?', [
        giveUp ? NotificationStatus.FAILED : NotificationStatus.PENDING, attempts, next, error.slice(0, 2000), now, row.id,
      ]);
      // A WhatsApp message given up on goes by SMS instead, as one more row of the same message.
      if (giveUp && whatsapp) await fallBackToSms(tx, [row.id], now);
      app.logger.warn({ event: 'notification.failed', notificationId: row.id, channel: row.channel, attempts, giveUp, err: error }, 'Notification delivery failed');
    }
    return true;
  });
}

/**
 * Sends up to about `limit` due notifications over NOTIFICATION_CONCURRENCY lanes (each its own transaction and
 * connection; SKIP LOCKED keeps them off each other's rows). Returns how many rows it handled.
 */
export async function deliverDue(app: AppServices, limit = app.config.NOTIFICATION_BATCH_SIZE): Promise<number> {
  let handled = 0;
  const lane = async () => {
    while (handled < limit && (await deliverOne(app))) handled += 1;
  };
  await Promise.all(Array.from({ length: app.config.NOTIFICATION_CONCURRENCY }, lane));
  return handled;
}
