import { Migration } from '@mikro-orm/migrations';

/**
 * What a review was about: the service and the stylist of the booking reviewed, kept on the review itself so the
 * catalogue reads them with the review (the bookings table belongs to a later module). Existing reviews take theirs
 * from their booking; reviews without one keep nulls. A service or stylist removed later leaves the review standing.
 */
export class Migration20261203500020ReviewSubjects extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "reviews" add column "service_id" uuid null, add column "staff_id" uuid null;`);
    this.addSql('alter table "reviews" add constraint "reviews_service_id_foreign" foreign key ("service_id") references "services" ("id") on update cascade on delete set null;');
    this.addSql('alter table "reviews" add constraint "reviews_staff_id_foreign" foreign key ("staff_id") references "staff_members" ("id") on update cascade on delete set null;');
    this.addSql('update "reviews" r set "service_id" = b."service_id", "staff_id" = b."staff_id" from "bookings" b where b."id" = r."booking_id";');
  }
}
