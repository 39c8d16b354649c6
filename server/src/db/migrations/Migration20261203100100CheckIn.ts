import { Migration } from '@mikro-orm/migrations';

/** When the customer arrived: the front desk checks a confirmed booking in from its calendar. */
export class Migration20261203100100CheckIn extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "bookings" add column "checked_in_at" timestamptz null;');
  }
}
