import { Migration } from '@mikro-orm/migrations';

/** Two more messages: a lapsed hold (to the customer) and a booking handed to another stylist (to the previous one). */
export class Migration20261202130000NotificationEvents extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "notifications" drop constraint if exists "notifications_event_check";');
    this.addSql(`alter table "notifications" add constraint "notifications_event_check" check ("event" in
      ('BOOKING_CREATED', 'CONFIRMED', 'CANCELLED', 'RESCHEDULED', 'REMINDER_24H', 'REMINDER_2H', 'HOLD_EXPIRED', 'REASSIGNED'));`);
  }
}
