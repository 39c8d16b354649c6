import { Migration } from '@mikro-orm/migrations';

/**
 * Visits: several services booked together (ADR 0018). The parts stay rows of `bookings`, under the same exclusion
 * constraints; a part knows its visit and its place in it, and a visit has each place once.
 */
export class Migration20261204100000Visits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "visits" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null, "customer_id" uuid not null, "total_halalas" int not null, "currency" varchar(3) not null,
      "idempotency_key" varchar(128) not null, "request_fingerprint" varchar(64) not null,
      constraint "visits_pkey" primary key ("id"),
      constraint "visits_total_not_negative" check ("total_halalas" >= 0))`);
    this.addSql('alter table "visits" add constraint "visits_customer_id_idempotency_key_unique" unique ("customer_id", "idempotency_key");');
    this.addSql('alter table "visits" add constraint "visits_salon_id_foreign" foreign key ("salon_id") references "salons" ("id") on update cascade on delete restrict;');
    this.addSql('alter table "visits" add constraint "visits_customer_id_foreign" foreign key ("customer_id") references "users" ("id") on update cascade on delete restrict;');
    this.addSql('alter table "bookings" add column "visit_id" uuid null, add column "visit_position" smallint null;');
    this.addSql('alter table "bookings" add constraint "bookings_visit_id_foreign" foreign key ("visit_id") references "visits" ("id") on update cascade on delete restrict;');
    this.addSql('alter table "bookings" add constraint "bookings_visit_part" check (("visit_id" is null) = ("visit_position" is null));');
    this.addSql('create unique index "bookings_visit_id_visit_position_unique" on "bookings" ("visit_id", "visit_position") where "visit_id" is not null;');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "bookings_visit_id_visit_position_unique";');
    this.addSql('alter table "bookings" drop constraint "bookings_visit_part", drop constraint "bookings_visit_id_foreign";');
    this.addSql('alter table "bookings" drop column "visit_id", drop column "visit_position";');
    this.addSql('drop table "visits";');
  }
}
