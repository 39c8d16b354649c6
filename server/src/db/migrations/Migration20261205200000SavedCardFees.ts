import { Migration } from '@mikro-orm/migrations';

/**
 * Fees for bookings further ahead than a card authorisation lasts (ADR 0026): the terms say the card is saved, the
 * token lives in its own server-only table until the booking is settled, and the fee is a payment of its own
 * (purpose FEE) created by a CHARGE operation; a refused charge leaves the fee DECLINED.
 */
export class Migration20261205200000SavedCardFees extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "booking_payment_terms" add column "saves_card" boolean not null default false;');
    this.addSql(`create table "booking_saved_cards" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "booking_id" uuid not null unique references "bookings" ("id") on update cascade on delete cascade,
      "payment_id" uuid not null references "payments" ("id") on update cascade on delete cascade,
      "token" text null check ("token" is null or length("token") between 1 and 200),
      "forgotten_at" timestamptz null,
      check (("token" is null) = ("forgotten_at" is not null)));`);
    this.addSql('create index "booking_saved_cards_payment_id_index" on "booking_saved_cards" ("payment_id");');
    this.addSql('alter table "payments" drop constraint "payments_purpose_check";');
    this.addSql(`alter table "payments" add constraint "payments_purpose_check" check ("purpose" in ('PREPAYMENT', 'BALANCE', 'GUARANTEE', 'FEE'));`);
    this.addSql('alter table "payment_operations" drop constraint "payment_operations_kind_check";');
    this.addSql(`alter table "payment_operations" add constraint "payment_operations_kind_check" check ("kind" in ('REFUND', 'CAPTURE', 'VOID', 'CHARGE'));`);
    this.addSql('alter table "booking_fees" drop constraint "booking_fees_status_check";');
    this.addSql(`alter table "booking_fees" add constraint "booking_fees_status_check" check ("status" in ('CHARGED', 'REFUNDED', 'DECLINED'));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table "booking_saved_cards";');
    this.addSql('alter table "booking_payment_terms" drop column "saves_card";');
  }
}
