import { Migration } from '@mikro-orm/migrations';

/**
 * Booking messages over WhatsApp (ADR 0019): each person's preferred channel, the delivery status Meta reports on
 * its webhook, and the SMS sent in place of a WhatsApp message that failed or was not delivered in time.
 */
export class Migration20261204300000WhatsApp extends Migration {
  override async up(): Promise<void> {
    // Null: the platform's NOTIFICATION_CHANNEL.
    this.addSql(`alter table "users" add column "preferred_channel" text null check ("preferred_channel" in ('SMS', 'WHATSAPP'));`);

    this.addSql('alter table "notifications" drop constraint if exists "notifications_event_check";');
    this.addSql(`alter table "notifications" add constraint "notifications_event_check" check ("event" in
      ('BOOKING_CREATED', 'CONFIRMED', 'CANCELLED', 'RESCHEDULED', 'REMINDER_24H', 'REMINDER_2H', 'HOLD_EXPIRED', 'REASSIGNED', 'WAITLIST_OFFER', 'WAITLIST_TAKEN', 'PAID'));`);
    this.addSql(`alter table "notifications" add column "delivery_status" text null check ("delivery_status" in ('SENT', 'DELIVERED', 'READ', 'FAILED')),
      add column "delivery_status_at" timestamptz null,
      add column "fallback_for_id" uuid null references "notifications" ("id") on update cascade on delete cascade,
      add column "fell_back_at" timestamptz null;`);
    // A fallback is an SMS standing in for a WhatsApp message.
    this.addSql(`alter table "notifications" add constraint "notifications_fallback_is_sms" check ("fallback_for_id" is null or "channel" = 'SMS');`);
    // One logical message per occurrence whatever the channel (a person may change their preference between two
    // writes of the same occurrence); its fallback is the one other row, kept unique by notifications_occurrence_unique.
    this.addSql(`create unique index "notifications_message_unique" on "notifications" ("booking_id", "recipient_id", "event", "occurrence_key") where "fallback_for_id" is null;`);
    // The webhook finds a message by Meta's id.
    this.addSql(`create index "notifications_provider_message_index" on "notifications" ("provider_message_id") where "channel" = 'WHATSAPP' and "provider_message_id" is not null;`);
    // The sweep for WhatsApp messages sent but not delivered in time.
    this.addSql(`create index "notifications_awaiting_delivery_index" on "notifications" ("sent_at")
      where "channel" = 'WHATSAPP' and "status" = 'SENT' and "fell_back_at" is null and ("delivery_status" is null or "delivery_status" = 'SENT');`);
  }
}
