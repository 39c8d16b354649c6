import { Migration } from '@mikro-orm/migrations';

/**
 * VAT invoices (ADR 0012): the salon's tax details, a gap-free counter per salon, immutable invoices and credit
 * notes, and counter payments with their refunds. Documents and the counter-payment ledger are append-only: a
 * trigger refuses UPDATE and DELETE, so a correction can only be a new document.
 */
export class Migration20261203300000Invoices extends Migration {
  override async up(): Promise<void> {
    const ts = '"id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null';
    this.addSql(`create table "salon_tax_details" (${ts}, "salon_id" uuid not null unique references "salons" ("id") on delete cascade,
      "vat_number" varchar(15) not null check ("vat_number" ~ '^3[0-9]{13}3$'),
      "legal_name_ar" varchar(200) not null check (length("legal_name_ar") > 0), "legal_name_en" varchar(200) not null check (length("legal_name_en") > 0));`);

    // One row per salon, locked by every issue: the number and the previous hash are taken under that lock.
    this.addSql(`create table "invoice_counters" ("salon_id" uuid not null primary key references "salons" ("id") on delete restrict,
      "last_number" int not null check ("last_number" >= 0), "last_hash" char(64) null);`);

    this.addSql(`create table "counter_payments" (${ts}, "booking_id" uuid not null references "bookings" ("id") on delete restrict,
      "salon_id" uuid not null references "salons" ("id") on delete restrict, "recorded_by_id" uuid not null references "users" ("id") on delete restrict,
      "total_halalas" int not null check ("total_halalas" > 0), "parts" jsonb not null, "idempotency_key" varchar(128) not null,
      constraint "counter_payments_booking_key_unique" unique ("booking_id", "idempotency_key"));`);
    this.addSql('create index "counter_payments_salon_created_index" on "counter_payments" ("salon_id", "created_at");');
    this.addSql(`create table "counter_refunds" (${ts}, "counter_payment_id" uuid not null references "counter_payments" ("id") on delete restrict,
      "recorded_by_id" uuid not null references "users" ("id") on delete restrict, "amount_halalas" int not null check ("amount_halalas" > 0),
      "method" text not null check ("method" in ('CASH', 'MADA', 'CARD')), "reason" varchar(500) not null);`);
    this.addSql('create index "counter_refunds_payment_index" on "counter_refunds" ("counter_payment_id");');

    this.addSql(`create table "invoices" (${ts}, "salon_id" uuid not null references "salons" ("id") on delete restrict,
      "booking_id" uuid not null references "bookings" ("id") on delete restrict, "customer_id" uuid not null references "users" ("id") on delete restrict,
      "kind" text not null check ("kind" in ('INVOICE', 'CREDIT_NOTE')), "number" int not null check ("number" > 0),
      "original_invoice_id" uuid null references "invoices" ("id") on delete restrict, "issued_at" timestamptz not null,
      "seller_name_ar" varchar(200) not null, "seller_name_en" varchar(200) not null, "vat_number" varchar(15) null,
      "seller_address" varchar(500) not null default '', "lines" jsonb not null, "total_halalas" int not null check ("total_halalas" > 0),
      "vat_halalas" int not null check ("vat_halalas" >= 0 and "vat_halalas" < "total_halalas"), "currency" varchar(3) not null,
      "payment_means" jsonb not null, "reason" varchar(500) null, "qr_code" text not null,
      "payment_id" uuid null references "payments" ("id") on delete restrict, "counter_payment_id" uuid null references "counter_payments" ("id") on delete restrict,
      "counter_refund_id" uuid null references "counter_refunds" ("id") on delete restrict,
      "hash" char(64) not null, "previous_hash" char(64) null,
      constraint "invoices_salon_number_unique" unique ("salon_id", "number"),
      constraint "invoices_credit_note_refers" check (("kind" = 'CREDIT_NOTE') = ("original_invoice_id" is not null)));`);
    // One invoice per sale, one credit note per counter refund: issuing twice is impossible, not just avoided.
    this.addSql(`create unique index "invoices_one_per_payment" on "invoices" ("payment_id") where "kind" = 'INVOICE';`);
    this.addSql(`create unique index "invoices_one_per_counter_payment" on "invoices" ("counter_payment_id") where "kind" = 'INVOICE';`);
    this.addSql('create unique index "invoices_one_per_counter_refund" on "invoices" ("counter_refund_id") where "counter_refund_id" is not null;');
    this.addSql('create index "invoices_salon_issued_index" on "invoices" ("salon_id", "issued_at", "id");');
    this.addSql('create index "invoices_booking_index" on "invoices" ("booking_id");');
    this.addSql('create index "invoices_original_index" on "invoices" ("original_invoice_id") where "original_invoice_id" is not null;');

    this.addSql(`create function "refuse_change"() returns trigger language plpgsql as $$
      begin raise exception '% rows are immutable: issue a new document instead', TG_TABLE_NAME using errcode = 'restrict_violation'; end $$;`);
    for (const table of ['invoices', 'counter_payments', 'counter_refunds']) {
      this.addSql(`create trigger "${table}_immutable" before update or delete on "${table}" for each row execute function "refuse_change"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "${table}" for each statement execute function "refuse_change"();`);
    }
  }
}
