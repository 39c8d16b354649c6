import { Migration } from '@mikro-orm/migrations';

/**
 * The salon's own opening hours by weekday, named date-range exceptions (Ramadan hours, Eid closures, special days)
 * and working ranges that cross midnight (20:00–03:00), for staff too: a range's end may now come before its start.
 */
export class Migration20261203100000OpeningHours extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "salon_opening_hours" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null, "weekday" smallint not null check ("weekday" between 1 and 7),
      "start_time" time(0) not null, "end_time" time(0) not null,
      constraint "salon_opening_hours_pkey" primary key ("id"),
      constraint "salon_opening_hours_range" check ("start_time" <> "end_time" and "start_time" < '24:00'));`);
    this.addSql('create index "salon_opening_hours_salon_id_weekday_index" on "salon_opening_hours" ("salon_id", "weekday");');
    this.addSql('alter table "salon_opening_hours" add constraint "salon_opening_hours_salon_id_foreign" foreign key ("salon_id") references "salons" ("id") on update cascade on delete cascade;');

    this.addSql('alter table "weekly_hours" drop constraint "weekly_hours_range";');
    this.addSql(`alter table "weekly_hours" add constraint "weekly_hours_range" check ("start_time" <> "end_time" and "start_time" < '24:00');`);

    this.addSql(`create table "schedule_exceptions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "salon_id" uuid not null, "name" varchar(120) not null, "start_date" date not null, "end_date" date not null,
      "calendar" text not null default 'HIJRI' check ("calendar" in ('HIJRI', 'GREGORIAN')), "ranges" jsonb not null default '[]',
      constraint "schedule_exceptions_pkey" primary key ("id"),
      constraint "schedule_exceptions_dates" check ("start_date" <= "end_date" and "end_date" - "start_date" < 90),
      constraint "schedule_exceptions_ranges" check (jsonb_typeof("ranges") = 'array'));`);
    // Copying last year's twice must not duplicate anything.
    this.addSql('alter table "schedule_exceptions" add constraint "schedule_exceptions_salon_name_start_unique" unique ("salon_id", "name", "start_date");');
    this.addSql('create index "schedule_exceptions_salon_id_end_date_index" on "schedule_exceptions" ("salon_id", "end_date");');
    this.addSql('alter table "schedule_exceptions" add constraint "schedule_exceptions_salon_id_foreign" foreign key ("salon_id") references "salons" ("id") on update cascade on delete cascade;');
  }
}
