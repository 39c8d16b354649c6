import { Migration } from '@mikro-orm/migrations';

/** The audit log records review moderation by platform administrators (hiding, or closing a report). */
export class Migration20261205100000AuditReviewModeration extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "audit_log" drop constraint "audit_log_action_check";');
    this.addSql(`alter table "audit_log" add constraint "audit_log_action_check" check ("action" in ('PHONE_READ', 'EXPORT', 'DELETION', 'REFUND', 'ROLE_CHANGE', 'REVIEW_MODERATION'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "audit_log" where "action" = 'REVIEW_MODERATION';`);
    this.addSql('alter table "audit_log" drop constraint "audit_log_action_check";');
    this.addSql(`alter table "audit_log" add constraint "audit_log_action_check" check ("action" in ('PHONE_READ', 'EXPORT', 'DELETION', 'REFUND', 'ROLE_CHANGE'));`);
  }
}
