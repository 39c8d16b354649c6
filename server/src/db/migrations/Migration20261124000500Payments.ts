import { Migration } from '@mikro-orm/migrations';

/** Payments, every observation of them, and the refunds/captures/voids waiting to be sent to Moyasar. */
export class Migration20261124000500Payments extends Migration {
  override async up(): Promise<void> {
    const statuses = "'INITIATED', 'AUTHORIZED', 'PAID', 'CAPTURED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'VOIDED'";
    this.addSql(`create table "payments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "booking_id" uuid not null, "provider" varchar(16) not null default 'MOYASAR', "status" text check ("status" in (${statuses})) not null,
      "amount_halalas" int not null check ("amount_halalas" >= 100), "refunded_halalas" int not null default 0 check ("refunded_halalas" >= 0 and "refunded_halalas" <= "amount_halalas"),
      "currency" varchar(3) not null, "idempotency_key" varchar(128) not null, "external_id" uuid not null, "transaction_url" text null,
      "source_type" varchar(16) null, "card_company" varchar(16) null, "card_last4" varchar(4) null, "failure_message" text null,
      "provider_payload" jsonb null, constraint "payments_pkey" primary key ("id"));`);
    this.addSql('alter table "payments" add constraint "payments_external_id_unique" unique ("external_id");');
    this.addSql('alter table "payments" add constraint "payments_booking_id_idempotency_key_unique" unique ("booking_id", "idempotency_key");');
    this.addSql('create index "payments_booking_id_index" on "payments" ("booking_id");');
    this.addSql('create index "payments_initiated_index" on "payments" ("created_at") where "status" = \'INITIATED\';');
    // At most one payment per booking that holds money.
    this.addSql(`create unique index "payments_one_live_per_booking" on "payments" ("booking_id") where "status" in ('AUTHORIZED', 'PAID', 'CAPTURED', 'PARTIALLY_REFUNDED');`);
    this.addSql('alter table "payments" add constraint "payments_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete restrict;');

    this.addSql(`create table "payment_events" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "payment_id" uuid null, "external_event_id" varchar(64) null, "type" varchar(64) not null, "payload" jsonb not null,
      "received_at" timestamptz not null, "outcome" varchar(200) not null default '', constraint "payment_events_pkey" primary key ("id"));`);
    this.addSql('alter table "payment_events" add constraint "payment_events_external_event_id_unique" unique ("external_event_id");');
    this.addSql('create index "payment_events_payment_id_index" on "payment_events" ("payment_id");');
    this.addSql('alter table "payment_events" add constraint "payment_events_payment_id_foreign" foreign key ("payment_id") references "payments" ("id") on update cascade on delete cascade;');

    this.addSql(`create table "payment_operations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "payment_id" uuid not null, "kind" text check ("kind" in ('REFUND', 'CAPTURE', 'VOID')) not null, "amount_halalas" int null check ("amount_halalas" > 0),
      "status" varchar(16) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null,
      "last_error" text null, "reason" varchar(200) not null default '', constraint "payment_operations_pkey" primary key ("id"));`);
    this.addSql('create index "payment_operations_due_index" on "payment_operations" ("next_attempt_at") where "status" = \'PENDING\';');
    this.addSql('create index "payment_operations_payment_id_index" on "payment_operations" ("payment_id");');
    this.addSql('alter table "payment_operations" add constraint "payment_operations_payment_id_foreign" foreign key ("payment_id") references "payments" ("id") on update cascade on delete cascade;');
  }
}
