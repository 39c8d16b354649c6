import { Migration } from '@mikro-orm/migrations';

/**
 * Onboarding and the platform's administrators (ADR 0011): applications to list a salon, the administrators
 * (granted only by the command line), and a salon's suspension.
 */
export class Migration20261203200100SalonApplications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "salon_applications" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "applicant_id" uuid not null references "users" ("id") on update cascade,
      "name_ar" varchar(200) not null, "name_en" varchar(200) not null, "city" text not null, "district" varchar(120) not null,
      "latitude" double precision not null check ("latitude" between -90 and 90), "longitude" double precision not null check ("longitude" between -180 and 180),
      "commercial_registration_number" varchar(10) not null check ("commercial_registration_number" ~ '^[0-9]{10}$'),
      "vat_number" varchar(15) not null check ("vat_number" ~ '^3[0-9]{13}3$'),
      "clientele" text not null check ("clientele" in ('LADIES', 'GENTS', 'BOTH')),
      "status" text not null default 'PENDING' check ("status" in ('PENDING', 'APPROVED', 'REJECTED')),
      "rejection_reason" text null, "decided_at" timestamptz null,
      "decided_by_id" uuid null references "users" ("id") on update cascade on delete set null,
      "salon_id" uuid null references "salons" ("id") on update cascade on delete set null,
      constraint "salon_applications_pkey" primary key ("id"),
      constraint "salon_applications_decided" check (("status" = 'PENDING') = ("decided_at" is null)),
      constraint "salon_applications_rejected_with_reason" check ("status" <> 'REJECTED' or "rejection_reason" is not null));`);
    this.addSql('create index "salon_applications_applicant_id_index" on "salon_applications" ("applicant_id");');
    this.addSql(`create unique index "salon_applications_one_pending" on "salon_applications" ("applicant_id") where "status" = 'PENDING';`);
    this.addSql('create index "salon_applications_queue_index" on "salon_applications" ("created_at", "id");');

    this.addSql(`create table "platform_admins" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "user_id" uuid not null references "users" ("id") on update cascade,
      constraint "platform_admins_pkey" primary key ("id"), constraint "platform_admins_user_id_unique" unique ("user_id"));`);

    this.addSql('alter table "salons" add column "suspended_at" timestamptz null, add column "suspension_reason" text null;');
    this.addSql('alter table "salons" add constraint "salons_suspended_inactive" check ("suspended_at" is null or not "is_active");');
  }
}
