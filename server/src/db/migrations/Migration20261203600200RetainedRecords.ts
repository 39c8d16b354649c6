import { Migration } from '@mikro-orm/migrations';

/**
 * Which of a deleted person's records are kept, and why (PDPL, ADR 0015). Invoices and credit notes are immutable
 * (their trigger refuses any UPDATE), so the mark sits beside them rather than on them; payments carry their own
 * `retained_reason`.
 */
export class Migration20261203600200RetainedRecords extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "retained_records" ("id" uuid not null, "user_id" uuid not null,
      "record_type" text not null check ("record_type" in ('INVOICE')), "record_id" uuid not null,
      "reason" varchar(300) not null, "retained_at" timestamptz not null,
      constraint "retained_records_pkey" primary key ("id"), constraint "retained_records_record_unique" unique ("record_type", "record_id"));`);
    this.addSql('create index "retained_records_user_id_index" on "retained_records" ("user_id");');
    this.addSql('alter table "retained_records" add constraint "retained_records_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete restrict;');
  }
}
