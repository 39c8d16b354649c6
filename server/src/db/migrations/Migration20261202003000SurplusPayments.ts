import { Migration } from '@mikro-orm/migrations';

/**
 * Money that arrives for a payment attempt that lost (another attempt already paid the booking) or for a booking
 * that no longer waits for it is kept as a "surplus" payment and given back. The one-payment-holding-money rule
 * now leaves such payments out, so applying the provider's report can always commit instead of rolling back on
 * the unique index forever.
 */
export class Migration20261202003000SurplusPayments extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "payments" add column "surplus" boolean not null default false;');
    this.addSql('drop index "payments_one_live_per_booking";');
    this.addSql(`create unique index "payments_one_live_per_booking" on "payments" ("booking_id")
      where "status" in ('AUTHORIZED', 'PAID', 'CAPTURED', 'PARTIALLY_REFUNDED') and not "surplus";`);
  }
}
