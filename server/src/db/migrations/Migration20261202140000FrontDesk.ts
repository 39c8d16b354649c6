import { Migration } from '@mikro-orm/migrations';

/**
 * Who made each booking and through which channel: the front desk books for customers by phone and takes
 * walk-ins. Existing rows were made online by their customer.
 */
export class Migration20261202140000FrontDesk extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "bookings" add column "channel" text not null default 'ONLINE' check ("channel" in ('ONLINE', 'FRONT_DESK', 'WALK_IN')),
      add column "created_by_id" uuid null;`);
    this.addSql('update "bookings" set "created_by_id" = "customer_id";');
    this.addSql('alter table "bookings" add constraint "bookings_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;');
  }
}
