import { Migration } from '@mikro-orm/migrations';

/**
 * Export, deletion and consent (PDPL, ADR 0015).
 * - A deleted account keeps its row (bookings, payments and the audit log point at it) with every personal field
 *   erased: the phone becomes `x` + 15 hex digits of the id, which no E.164 number can equal, so the number is
 *   free to sign up again as a new, empty account.
 * - Deletion is confirmed with a one-time code of its own purpose.
 * - Marketing consent is a history: one row per grant or withdrawal, with when and where.
 * - Payments kept for the tax and payment rules say so, and why.
 */
export class Migration20261203600100Privacy extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "users" add column "deleted_at" timestamptz null;');
    this.addSql('alter table "users" drop constraint "users_phone_e164_format";');
    this.addSql(`alter table "users" add constraint "users_phone_e164_format" check ("phone_number" ~ '^\\+[1-9][0-9]{7,14}$'
      or ("deleted_at" is not null and "phone_number" ~ '^x[0-9a-f]{15}$'));`);
    this.addSql('alter table "phone_otps" drop constraint "phone_otps_purpose_check";');
    this.addSql(`alter table "phone_otps" add constraint "phone_otps_purpose_check" check ("purpose" in ('AUTH', 'VERIFY', 'DELETE'));`);
    this.addSql(`create table "consents" ("id" uuid not null, "user_id" uuid not null,
      "purpose" text not null check ("purpose" in ('MARKETING')), "granted" boolean not null,
      "source" text not null check ("source" in ('PROFILE')), "recorded_at" timestamptz not null,
      constraint "consents_pkey" primary key ("id"));`);
    this.addSql('create index "consents_user_id_purpose_recorded_at_index" on "consents" ("user_id", "purpose", "recorded_at" desc);');
    this.addSql('alter table "consents" add constraint "consents_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "payments" add column "retained_reason" varchar(200) null;');
  }
}
