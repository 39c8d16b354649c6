import { Migration } from '@mikro-orm/migrations';

/**
 * Reports tell new customers from returning ones by asking, for each customer of the period, whether they had a
 * completed visit at the salon before it: one probe of this partial index per customer, never a scan of their
 * history (docs/reports.md, ADR 0017).
 */
export class Migration20261203700000ReportIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "bookings_salon_customer_completed_index" on "bookings" ("salon_id", "customer_id", "starts_at") where "status" = 'COMPLETED';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index "bookings_salon_customer_completed_index";');
  }
}
