import { Migration } from '@mikro-orm/migrations';

/** Users, salons, services and staff; the extensions later migrations rely on. */
export class Migration20261124000100Init extends Migration {
  override async up(): Promise<void> {
    // btree_gist backs the booking exclusion constraint; pg_trgm backs typo-tolerant search.
    this.addSql('create extension if not exists btree_gist;');
    this.addSql('create extension if not exists pg_trgm;');

    this.addSql(`create table "users" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "phone_number" varchar(16) not null, "email" varchar(254) null, "first_name" varchar(150) not null default '',
      "last_name" varchar(150) not null default '',
      "role" text check ("role" in ('CUSTOMER', 'STAFF', 'MANAGER')) not null default 'CUSTOMER',
      "preferred_language" text check ("preferred_language" in ('AR', 'EN')) not null default 'AR',
      "is_phone_verified" boolean not null default false,
      constraint "users_pkey" primary key ("id"),
      constraint "users_phone_e164_format" check ("phone_number" ~ '^\\+[1-9][0-9]{7,14}$'));`);
    this.addSql('alter table "users" add constraint "users_phone_number_unique" unique ("phone_number");');
    this.addSql('create unique index "users_email_lower_unique" on "users" (lower("email")) where "email" is not null;');

    this.addSql(`create table "salons" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "owner_id" uuid not null, "name_ar" varchar(200) not null, "name_en" varchar(200) not null,
      "description_ar" text not null default '', "description_en" text not null default '',
      "city" text check ("city" in ('RIYADH', 'JEDDAH', 'DAMMAM', 'MAKKAH', 'MADINAH', 'KHOBAR')) not null,
      "district" varchar(120) not null default '', "address" varchar(300) not null default '',
      "latitude" double precision null, "longitude" double precision null, "phone" varchar(16) not null default '',
      "time_zone" varchar(64) not null default 'Asia/Riyadh', "is_active" boolean not null default true,
      "minimum_notice_minutes" int not null default 60 check ("minimum_notice_minutes" >= 0),
      "booking_horizon_days" int not null default 60 check ("booking_horizon_days" between 1 and 365),
      "cancellation_cutoff_hours" int not null default 2 check ("cancellation_cutoff_hours" >= 0),
      "requires_prepayment" boolean not null default false, "auto_confirm" boolean not null default true,
      "payment_capture" text check ("payment_capture" in ('AUTOMATIC', 'MANUAL')) not null default 'AUTOMATIC',
      "rating_average" numeric(3,2) not null default 0, "review_count" int not null default 0,
      constraint "salons_pkey" primary key ("id"));`);
    this.addSql('create index "salons_owner_id_index" on "salons" ("owner_id");');
    this.addSql('alter table "salons" add constraint "salons_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete restrict;');

    this.addSql(`create table "services" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null, "name_ar" varchar(200) not null, "name_en" varchar(200) not null,
      "category" text check ("category" in ('HAIR', 'NAILS', 'MAKEUP', 'SKIN', 'SPA', 'BARBER', 'BRIDAL', 'OTHER')) not null,
      "duration_minutes" int not null check ("duration_minutes" > 0),
      "price_halalas" int not null check ("price_halalas" >= 0), "currency" varchar(3) not null default 'SAR',
      "buffer_after_minutes" int not null default 0 check ("buffer_after_minutes" >= 0),
      "is_active" boolean not null default true, constraint "services_pkey" primary key ("id"));`);
    this.addSql('create index "services_salon_id_index" on "services" ("salon_id");');
    this.addSql('alter table "services" add constraint "services_salon_id_foreign" foreign key ("salon_id") references "salons" ("id") on update cascade on delete cascade;');

    this.addSql(`create table "staff_members" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "user_id" uuid not null, "salon_id" uuid not null, "display_name" varchar(150) not null, "bio" text not null default '',
      "is_active" boolean not null default true, constraint "staff_members_pkey" primary key ("id"));`);
    this.addSql('create index "staff_members_salon_id_index" on "staff_members" ("salon_id");');
    this.addSql('alter table "staff_members" add constraint "staff_members_user_id_salon_id_unique" unique ("user_id", "salon_id");');
    this.addSql('alter table "staff_members" add constraint "staff_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete restrict;');
    this.addSql('alter table "staff_members" add constraint "staff_members_salon_id_foreign" foreign key ("salon_id") references "salons" ("id") on update cascade on delete cascade;');

    this.addSql('create table "staff_member_services" ("staff_member_id" uuid not null, "service_id" uuid not null, constraint "staff_member_services_pkey" primary key ("staff_member_id", "service_id"));');
    this.addSql('create index "staff_member_services_service_id_index" on "staff_member_services" ("service_id");');
    this.addSql('alter table "staff_member_services" add constraint "staff_member_services_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_members" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "staff_member_services" add constraint "staff_member_services_service_id_foreign" foreign key ("service_id") references "services" ("id") on update cascade on delete cascade;');
  }
}
