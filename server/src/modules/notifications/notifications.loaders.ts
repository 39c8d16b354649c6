import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, uuidArray } from '../../db/sql';
import { groupByKey } from '../../graphql/batch';
import { isUuid } from '../../graphql/ids';
import { NotificationRecipient, type BookingNotification } from './notifications.types';

export function createNotificationLoaders(em: EntityManager) {
  return {
    /** Every message about each booking, oldest first: one statement for any number of bookings. */
    byBookingId: new DataLoader<string, (BookingNotification & { bookingId: string })[]>(async (ids) => {
      const rows = await execute<Record<string, any>>(
        em,
        `select n.id, n.booking_id, n.event, n.channel, n.status, n.delivery_status, n.delivery_status_at, n.fallback_for_id, n.attempts,
                n.created_at, n.next_attempt_at, n.sent_at, n.recipient_id = b.customer_id as to_customer
           from notifications n join bookings b on b.id = n.booking_id
          where n.booking_id = any(?::uuid[])
          order by n.next_attempt_at, n.created_at, n.id`,
        [uuidArray(ids.filter(isUuid))],
      );
      return groupByKey(ids, rows.map((r) => ({
        id: r.id, bookingId: r.booking_id, event: r.event, channel: r.channel, status: r.status, deliveryStatus: r.delivery_status ?? null,
        deliveryStatusAt: r.delivery_status_at ? new Date(r.delivery_status_at) : null, isFallback: r.fallback_for_id !== null, attempts: r.attempts,
        createdAt: new Date(r.created_at), dueAt: new Date(r.next_attempt_at), sentAt: r.sent_at ? new Date(r.sent_at) : null,
        recipient: r.to_customer ? NotificationRecipient.CUSTOMER : NotificationRecipient.STYLIST,
      })), (n) => n.bookingId);
    }),
  };
}
