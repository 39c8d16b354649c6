import { Migration } from '@mikro-orm/migrations';

/**
 * The waitlist (docs/waitlist.md, ADR 0020): entries of customers waiting for a free time and the offers that hold
 * one for them. What must never happen twice is held by constraints: one live entry per customer and service, one
 * open offer per entry, and never the same time offered to one entry twice (so an offer that lapsed passes on).
 * The time itself is held by a PENDING booking with a hold (the bookings' exclusion constraint).
 */
export class Migration20261204400000Waitlist extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "waitlist_entries" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "customer_id" uuid not null, "salon_id" uuid not null, "service_id" uuid not null, "staff_id" uuid null,
      "date_from" date not null, "date_to" date not null,
      "part_of_day" text check ("part_of_day" in ('MORNING', 'AFTERNOON', 'EVENING')) null,
      "time_from_minutes" int null, "time_to_minutes" int null,
      "status" text check ("status" in ('WAITING', 'OFFERED', 'BOOKED', 'LEFT', 'CLOSED')) not null default 'WAITING',
      "version" int not null default 1,
      constraint "waitlist_entries_pkey" primary key ("id"),
      constraint "waitlist_entries_dates_check" check ("date_from" <= "date_to"),
      constraint "waitlist_entries_time_check" check (("time_from_minutes" is null) = ("time_to_minutes" is null)
        and ("time_from_minutes" is null or ("time_from_minutes" between 0 and 1439 and "time_to_minutes" between 1 and 1440 and "time_from_minutes" <> "time_to_minutes"))));`);
    this.addSql('create index "waitlist_entries_status_created_at_index" on "waitlist_entries" ("status", "created_at");');
    this.addSql('create index "waitlist_entries_salon_id_status_index" on "waitlist_entries" ("salon_id", "status");');
    this.addSql('create index "waitlist_entries_customer_id_index" on "waitlist_entries" ("customer_id");');
    this.addSql(`create unique index "waitlist_entries_one_live_per_service" on "waitlist_entries" ("customer_id", "service_id") where "status" in ('WAITING', 'OFFERED');`);
    this.addSql('alter table "waitlist_entries" add constraint "waitlist_entries_customer_id_foreign" foreign key ("customer_id") references "users" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "waitlist_entries" add constraint "waitlist_entries_salon_id_foreign" foreign key ("salon_id") references "salons" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "waitlist_entries" add constraint "waitlist_entries_service_id_foreign" foreign key ("service_id") references "services" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "waitlist_entries" add constraint "waitlist_entries_staff_id_foreign" foreign key ("staff_id") references "staff_members" ("id") on update cascade on delete cascade;');

    this.addSql(`create table "waitlist_offers" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "entry_id" uuid not null, "booking_id" uuid not null, "staff_id" uuid not null, "starts_at" timestamptz not null, "expires_at" timestamptz not null,
      "status" text check ("status" in ('OPEN', 'ACCEPTED', 'EXPIRED', 'WITHDRAWN')) not null default 'OPEN',
      "closed_at" timestamptz null,
      constraint "waitlist_offers_pkey" primary key ("id"),
      constraint "waitlist_offers_closed_check" check (("status" = 'OPEN') = ("closed_at" is null)));`);
    this.addSql('create unique index "waitlist_offers_booking_id_unique" on "waitlist_offers" ("booking_id");');
    this.addSql(`create unique index "waitlist_offers_one_open_per_entry" on "waitlist_offers" ("entry_id") where "status" = 'OPEN';`);
    this.addSql('create unique index "waitlist_offers_slot_once_per_entry" on "waitlist_offers" ("entry_id", "staff_id", "starts_at");');
    this.addSql('create index "waitlist_offers_status_expires_at_index" on "waitlist_offers" ("status", "expires_at");');
    this.addSql('create index "waitlist_offers_staff_id_starts_at_index" on "waitlist_offers" ("staff_id", "starts_at");');
    this.addSql('alter table "waitlist_offers" add constraint "waitlist_offers_entry_id_foreign" foreign key ("entry_id") references "waitlist_entries" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "waitlist_offers" add constraint "waitlist_offers_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "waitlist_offers" add constraint "waitlist_offers_staff_id_foreign" foreign key ("staff_id") references "staff_members" ("id") on update cascade on delete cascade;');

    // Two more messages: an offer (with its link) and "the time you were offered was booked".
    this.addSql('alter table "notifications" drop constraint if exists "notifications_event_check";');
    this.addSql(`alter table "notifications" add constraint "notifications_event_check" check ("event" in
      ('BOOKING_CREATED', 'CONFIRMED', 'CANCELLED', 'RESCHEDULED', 'REMINDER_24H', 'REMINDER_2H', 'HOLD_EXPIRED', 'REASSIGNED', 'WAITLIST_OFFER', 'WAITLIST_TAKEN'));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "waitlist_offers";');
    this.addSql('drop table if exists "waitlist_entries";');
  }
}
