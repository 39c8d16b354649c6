import { Migration } from '@mikro-orm/migrations';

/**
 * Uploaded photos (docs/media.md): a photo belongs to the salon's gallery, to one of its services or to one of its
 * stylists; it keeps the srcset of its re-encoded widths and the storage keys of those files, so deleting it
 * deletes them. Demo photos from before keep only `url`. A stylist's consent to photos is recorded like marketing
 * consent: one row per choice, the latest counts.
 */
export class Migration20261204500100Photos extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "salon_photos"
      add column "service_id" uuid null references "services" ("id") on update cascade on delete cascade,
      add column "staff_id" uuid null references "staff_members" ("id") on update cascade on delete cascade,
      add column "srcset" text null,
      add column "width" int null,
      add column "height" int null,
      add column "storage_keys" text[] not null default '{}',
      add constraint "salon_photos_one_subject" check ("service_id" is null or "staff_id" is null);`);
    this.addSql('create index "salon_photos_service_id_index" on "salon_photos" ("service_id") where "service_id" is not null;');
    this.addSql('create index "salon_photos_staff_id_index" on "salon_photos" ("staff_id") where "staff_id" is not null;');
    this.addSql(`alter table "consents" drop constraint "consents_purpose_check", add constraint "consents_purpose_check" check ("purpose" in ('MARKETING', 'STYLIST_PHOTOS'));`);
    this.addSql(`alter table "consents" drop constraint "consents_source_check", add constraint "consents_source_check" check ("source" in ('PROFILE', 'STAFF_PROFILE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "consents" where "purpose" = 'STYLIST_PHOTOS';`);
    this.addSql(`alter table "consents" drop constraint "consents_purpose_check", add constraint "consents_purpose_check" check ("purpose" in ('MARKETING'));`);
    this.addSql(`alter table "consents" drop constraint "consents_source_check", add constraint "consents_source_check" check ("source" in ('PROFILE'));`);
    this.addSql('drop index "salon_photos_staff_id_index";');
    this.addSql('drop index "salon_photos_service_id_index";');
    this.addSql(`alter table "salon_photos" drop constraint "salon_photos_one_subject", drop column "service_id", drop column "staff_id",
      drop column "srcset", drop column "width", drop column "height", drop column "storage_keys";`);
  }
}
