import { Migration } from '@mikro-orm/migrations';

/**
 * Deposits and fees: a payment policy per salon with per-service overrides, each booking's terms copied when it is
 * made, the purpose of each payment (prepayment, balance, fee guarantee) and the fees kept. A booking may now hold
 * one payment per purpose, so the one-live-payment index is per (booking, purpose). A fee is unique per booking:
 * the database refuses to take one twice.
 */
export class Migration20261203400000Deposits extends Migration {
  override async up(): Promise<void> {
    const rule = (name: string) => `"${name}_percent" integer null check ("${name}_percent" between 0 and 100),
      "${name}_halalas" integer null check ("${name}_halalas" >= 0),
      check ("${name}_percent" is null or "${name}_halalas" is null)`;
    this.addSql(`create table "payment_policies" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null references "salons" ("id") on update cascade on delete cascade,
      "service_id" uuid null references "services" ("id") on update cascade on delete cascade,
      "prepayment" text not null check ("prepayment" in ('NONE', 'DEPOSIT', 'FULL')),
      ${rule('deposit')}, ${rule('no_show_fee')}, ${rule('late_cancel_fee')},
      "no_show_grace_minutes" integer not null default 15 check ("no_show_grace_minutes" between 0 and 720),
      "late_cancel_window_hours" integer not null default 24 check ("late_cancel_window_hours" between 0 and 720),
      check ("prepayment" <> 'DEPOSIT' or "deposit_percent" > 0 or "deposit_halalas" > 0));`);
    this.addSql('create index "payment_policies_salon_id_index" on "payment_policies" ("salon_id");');
    this.addSql('create unique index "payment_policies_one_per_salon" on "payment_policies" ("salon_id") where "service_id" is null;');
    this.addSql('create unique index "payment_policies_one_per_service" on "payment_policies" ("service_id") where "service_id" is not null;');

    this.addSql(`create table "booking_payment_terms" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "booking_id" uuid not null unique references "bookings" ("id") on update cascade on delete cascade,
      "prepayment" text not null check ("prepayment" in ('NONE', 'DEPOSIT', 'FULL')),
      "online_due_halalas" integer not null check ("online_due_halalas" >= 0),
      "guarantee" boolean not null default false,
      "no_show_fee_halalas" integer not null default 0 check ("no_show_fee_halalas" >= 0),
      "no_show_grace_minutes" integer not null,
      "late_cancel_fee_halalas" integer not null default 0 check ("late_cancel_fee_halalas" >= 0),
      "late_cancel_window_hours" integer not null,
      "terms_accepted_at" timestamptz null);`);

    this.addSql(`alter table "payments" add column "purpose" text not null default 'PREPAYMENT' check ("purpose" in ('PREPAYMENT', 'BALANCE', 'GUARANTEE'));`);
    this.addSql('drop index "payments_one_live_per_booking";');
    this.addSql(`create unique index "payments_one_live_per_booking" on "payments" ("booking_id", "purpose")
      where "status" in ('AUTHORIZED', 'PAID', 'CAPTURED', 'PARTIALLY_REFUNDED') and not "surplus";`);

    this.addSql(`create table "booking_fees" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "booking_id" uuid not null unique references "bookings" ("id") on update cascade on delete restrict,
      "payment_id" uuid not null references "payments" ("id") on update cascade on delete restrict,
      "kind" text not null check ("kind" in ('NO_SHOW', 'LATE_CANCEL')),
      "amount_halalas" integer not null check ("amount_halalas" > 0),
      "status" text not null check ("status" in ('CHARGED', 'REFUNDED')),
      "returned_at" timestamptz null,
      "refunded_by_id" uuid null references "users" ("id") on update cascade on delete set null);`);
    this.addSql('create index "booking_fees_payment_id_index" on "booking_fees" ("payment_id");');
  }
}
