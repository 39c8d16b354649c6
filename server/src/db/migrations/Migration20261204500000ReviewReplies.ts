import { Migration } from '@mikro-orm/migrations';

/**
 * A review's life after it is written: the customer may edit it for a while (`edited_at`), the salon replies once
 * and may edit its reply, a manager reports an abusive one and a platform administrator hides it (or dismisses
 * the report). Hidden reviews leave the public list and the salon's rating; the row stays for the record.
 */
export class Migration20261204500000ReviewReplies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "reviews"
      add column "edited_at" timestamptz null,
      add column "reply" text null,
      add column "replied_at" timestamptz null,
      add column "reply_edited_at" timestamptz null,
      add column "replied_by_id" uuid null references "users" ("id") on update cascade on delete set null,
      add column "reported_at" timestamptz null,
      add column "report_reason" varchar(500) null,
      add column "reported_by_id" uuid null references "users" ("id") on update cascade on delete set null,
      add column "report_dismissed_at" timestamptz null,
      add column "hidden_at" timestamptz null,
      add column "hidden_reason" varchar(500) null,
      add column "hidden_by_id" uuid null references "users" ("id") on update cascade on delete set null;`);
    // The administrators' queue: reports still open, oldest first.
    this.addSql(`create index "reviews_open_reports_idx" on "reviews" ("reported_at", "id") where "reported_at" is not null and "hidden_at" is null and "report_dismissed_at" is null;`);
    // The public list reads visible reviews only, newest first per salon.
    this.addSql(`create index "reviews_visible_salon_idx" on "reviews" ("salon_id", "created_at", "id") where "hidden_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index "reviews_visible_salon_idx";');
    this.addSql('drop index "reviews_open_reports_idx";');
    this.addSql(`alter table "reviews" drop column "edited_at", drop column "reply", drop column "replied_at", drop column "reply_edited_at",
      drop column "replied_by_id", drop column "reported_at", drop column "report_reason", drop column "reported_by_id",
      drop column "report_dismissed_at", drop column "hidden_at", drop column "hidden_reason", drop column "hidden_by_id";`);
  }
}
