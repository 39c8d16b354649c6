import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications keep their history: one row per occurrence of an event, instead of one row per (booking, recipient,
 * event, channel) that a repeated event overwrote. A row written without a key (existing rows, hand-written
 * fixtures) is an occurrence of its own; a waiting reminder is keyed by the start it reminds of, as new ones are.
 */
export class Migration20261202100000NotificationHistory extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "notifications" add column "occurrence_key" varchar(64) not null default gen_random_uuid()::text;');
    this.addSql(`update "notifications" n set "occurrence_key" = to_char(b."starts_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      from "bookings" b where b."id" = n."booking_id" and n."event" in ('REMINDER_24H', 'REMINDER_2H');`);
    this.addSql('alter table "notifications" drop constraint "notifications_booking_recipient_event_channel_unique";');
    this.addSql('alter table "notifications" add constraint "notifications_occurrence_unique" unique ("booking_id", "recipient_id", "event", "channel", "occurrence_key");');
  }
}
