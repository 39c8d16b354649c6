import { Migration } from '@mikro-orm/migrations';

/**
 * Bookings with the database guarantee against double booking, their audit trail, and the notification outbox.
 */
export class Migration20261124000400Bookings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "bookings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null, "service_id" uuid not null, "staff_id" uuid not null, "customer_id" uuid not null,
      "starts_at" timestamptz not null, "ends_at" timestamptz not null, "blocked_until" timestamptz not null,
      "price_halalas" int not null check ("price_halalas" >= 0), "currency" varchar(3) not null,
      "status" text check ("status" in ('PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'EXPIRED')) not null,
      "hold_expires_at" timestamptz null, "notes" text not null default '',
      "cancelled_at" timestamptz null, "cancelled_by_id" uuid null, "cancel_reason" varchar(500) null,
      "idempotency_key" varchar(128) not null, "request_fingerprint" varchar(64) not null, "version" int not null default 1,
      constraint "bookings_pkey" primary key ("id"),
      constraint "bookings_time_order" check ("starts_at" < "ends_at" and "ends_at" <= "blocked_until"))`);
    // The guarantee: no two live bookings of one staff member overlap, whatever the application does.
    this.addSql(`alter table "bookings" add constraint "bookings_no_staff_overlap" exclude using gist
      ("staff_id" with =, tstzrange("starts_at", "blocked_until", '[)') with &&) where ("status" in ('PENDING', 'CONFIRMED'))`);
    // A customer cannot be in two chairs at once either.
    this.addSql(`alter table "bookings" add constraint "bookings_no_customer_overlap" exclude using gist
      ("customer_id" with =, tstzrange("starts_at", "ends_at", '[)') with &&) where ("status" in ('PENDING', 'CONFIRMED'))`);
    this.addSql('alter table "bookings" add constraint "bookings_customer_id_idempotency_key_unique" unique ("customer_id", "idempotency_key");');
    this.addSql('create index "bookings_salon_id_starts_at_index" on "bookings" ("salon_id", "starts_at");');
    this.addSql('create index "bookings_customer_id_starts_at_index" on "bookings" ("customer_id", "starts_at");');
    this.addSql('create index "bookings_staff_id_starts_at_index" on "bookings" ("staff_id", "starts_at") where "status" in (\'PENDING\', \'CONFIRMED\');');
    this.addSql('create index "bookings_hold_expires_at_index" on "bookings" ("hold_expires_at") where "status" = \'PENDING\' and "hold_expires_at" is not null;');
    for (const [column, table, rule] of [['salon_id', 'salons', 'restrict'], ['service_id', 'services', 'restrict'], ['staff_id', 'staff_members', 'restrict'], ['customer_id', 'users', 'restrict'], ['cancelled_by_id', 'users', 'set null']]) {
      this.addSql(`alter table "bookings" add constraint "bookings_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${rule};`);
    }

    this.addSql(`create table "booking_events" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "booking_id" uuid not null, "actor_id" uuid null,
      "from_status" text check ("from_status" in ('PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'EXPIRED')) null,
      "to_status" text check ("to_status" in ('PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'EXPIRED')) not null,
      "reason" varchar(500) not null default '', constraint "booking_events_pkey" primary key ("id"));`);
    this.addSql('create index "booking_events_booking_id_index" on "booking_events" ("booking_id", "created_at");');
    this.addSql('alter table "booking_events" add constraint "booking_events_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "booking_events" add constraint "booking_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;');

    this.addSql(`create table "notifications" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "booking_id" uuid not null, "recipient_id" uuid not null,
      "event" text check ("event" in ('BOOKING_CREATED', 'CONFIRMED', 'CANCELLED', 'RESCHEDULED', 'REMINDER_24H', 'REMINDER_2H')) not null,
      "channel" text check ("channel" in ('SMS', 'WHATSAPP')) not null,
      "status" text check ("status" in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')) not null default 'PENDING',
      "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null,
      "provider_message_id" varchar(128) null, "sent_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql('alter table "notifications" add constraint "notifications_booking_recipient_event_channel_unique" unique ("booking_id", "recipient_id", "event", "channel");');
    this.addSql('create index "notifications_due_index" on "notifications" ("next_attempt_at") where "status" = \'PENDING\';');
    this.addSql('alter table "notifications" add constraint "notifications_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "notifications" add constraint "notifications_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;');

    this.addSql('alter table "reviews" add constraint "reviews_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete set null;');
  }
}
