import { Migration } from '@mikro-orm/migrations';

/** Codes the SMS/WhatsApp provider did not take are kept, marked, instead of rolled back with the provider call. */
export class Migration20261202004000OtpDeliveryFailed extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "phone_otps" add column "delivery_failed_at" timestamptz null;');
  }
}
