import { Migration } from '@mikro-orm/migrations';

/** Staff schedules, closures, photos, reviews, and the trigram indexes behind search. */
export class Migration20261124000300Catalog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "weekly_hours" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "staff_id" uuid not null, "weekday" smallint not null check ("weekday" between 1 and 7),
      "start_time" time(0) not null, "end_time" time(0) not null,
      constraint "weekly_hours_pkey" primary key ("id"), constraint "weekly_hours_range" check ("start_time" < "end_time"));`);
    this.addSql('create index "weekly_hours_staff_id_index" on "weekly_hours" ("staff_id", "weekday");');
    this.addSql('alter table "weekly_hours" add constraint "weekly_hours_staff_id_foreign" foreign key ("staff_id") references "staff_members" ("id") on update cascade on delete cascade;');

    this.addSql(`create table "time_off" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "staff_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" varchar(300) not null default '',
      constraint "time_off_pkey" primary key ("id"), constraint "time_off_range" check ("starts_at" < "ends_at"));`);
    this.addSql('create index "time_off_staff_id_index" on "time_off" ("staff_id", "starts_at");');
    this.addSql('alter table "time_off" add constraint "time_off_staff_id_foreign" foreign key ("staff_id") references "staff_members" ("id") on update cascade on delete cascade;');

    this.addSql(`create table "salon_closures" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null, "start_date" date not null, "end_date" date not null, "reason" varchar(300) not null default '',
      constraint "salon_closures_pkey" primary key ("id"), constraint "salon_closures_range" check ("start_date" <= "end_date"));`);
    this.addSql('create index "salon_closures_salon_id_index" on "salon_closures" ("salon_id", "end_date");');
    this.addSql('alter table "salon_closures" add constraint "salon_closures_salon_id_foreign" foreign key ("salon_id") references "salons" ("id") on update cascade on delete cascade;');

    this.addSql(`create table "salon_photos" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null, "url" varchar(500) not null, "position" int not null default 0, constraint "salon_photos_pkey" primary key ("id"));`);
    this.addSql('create index "salon_photos_salon_id_index" on "salon_photos" ("salon_id", "position");');
    this.addSql('alter table "salon_photos" add constraint "salon_photos_salon_id_foreign" foreign key ("salon_id") references "salons" ("id") on update cascade on delete cascade;');

    this.addSql(`create table "reviews" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null, "customer_id" uuid not null, "booking_id" uuid null, "rating" smallint not null check ("rating" between 1 and 5),
      "comment" text not null default '', constraint "reviews_pkey" primary key ("id"));`);
    this.addSql('alter table "reviews" add constraint "reviews_booking_id_unique" unique ("booking_id");');
    this.addSql('create index "reviews_salon_id_index" on "reviews" ("salon_id", "created_at" desc, "id" desc);');
    this.addSql('alter table "reviews" add constraint "reviews_salon_id_foreign" foreign key ("salon_id") references "salons" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "reviews" add constraint "reviews_customer_id_foreign" foreign key ("customer_id") references "users" ("id") on update cascade on delete cascade;');

    // Typo-tolerant search in both languages (word_similarity uses these through the <% operator's index support).
    this.addSql('create index "salons_name_en_trgm" on "salons" using gin ("name_en" gin_trgm_ops);');
    this.addSql('create index "salons_name_ar_trgm" on "salons" using gin ("name_ar" gin_trgm_ops);');
    this.addSql('create index "services_name_en_trgm" on "services" using gin ("name_en" gin_trgm_ops);');
    this.addSql('create index "services_name_ar_trgm" on "services" using gin ("name_ar" gin_trgm_ops);');
    this.addSql('create index "salons_city_rating_index" on "salons" ("city", "rating_average" desc, "id" desc) where "is_active";');
  }
}
