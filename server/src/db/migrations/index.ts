import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124000100Init } from './Migration20261124000100Init';
import { Migration20261124000200Accounts } from './Migration20261124000200Accounts';
import { Migration20261124000300Catalog } from './Migration20261124000300Catalog';
import { Migration20261124000400Bookings } from './Migration20261124000400Bookings';
import { Migration20261124000500Payments } from './Migration20261124000500Payments';
import { Migration20261202003000SurplusPayments } from './Migration20261202003000SurplusPayments';
import { Migration20261202004000OtpDeliveryFailed } from './Migration20261202004000OtpDeliveryFailed';
import { Migration20261202100000NotificationHistory } from './Migration20261202100000NotificationHistory';
import { Migration20261202130000NotificationEvents } from './Migration20261202130000NotificationEvents';
import { Migration20261202140000FrontDesk } from './Migration20261202140000FrontDesk';
import { Migration20261203500000SearchFold } from './Migration20261203500000SearchFold';
import { Migration20261203500010NearMe } from './Migration20261203500010NearMe';
import { Migration20261203600000AuditLog } from './Migration20261203600000AuditLog';
import { Migration20261203300000Invoices } from './Migration20261203300000Invoices';
import { Migration20261203100000OpeningHours } from './Migration20261203100000OpeningHours';
import { Migration20261203200000SalonMemberships } from './Migration20261203200000SalonMemberships';
import { Migration20261203400000Deposits } from './Migration20261203400000Deposits';
import { Migration20261203200100SalonApplications } from './Migration20261203200100SalonApplications';
import { Migration20261203100100CheckIn } from './Migration20261203100100CheckIn';
import { Migration20261203600100Privacy } from './Migration20261203600100Privacy';
import { Migration20261203600200RetainedRecords } from './Migration20261203600200RetainedRecords';

/** Applied in this order; a new migration is appended, never edited after it has shipped. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124000100Init', class: Migration20261124000100Init },
  { name: 'Migration20261124000200Accounts', class: Migration20261124000200Accounts },
  { name: 'Migration20261124000300Catalog', class: Migration20261124000300Catalog },
  { name: 'Migration20261124000400Bookings', class: Migration20261124000400Bookings },
  { name: 'Migration20261124000500Payments', class: Migration20261124000500Payments },
  { name: 'Migration20261202003000SurplusPayments', class: Migration20261202003000SurplusPayments },
  { name: 'Migration20261202004000OtpDeliveryFailed', class: Migration20261202004000OtpDeliveryFailed },
  { name: 'Migration20261202100000NotificationHistory', class: Migration20261202100000NotificationHistory },
  { name: 'Migration20261202130000NotificationEvents', class: Migration20261202130000NotificationEvents },
  { name: 'Migration20261202140000FrontDesk', class: Migration20261202140000FrontDesk },
  { name: 'Migration20261203500000SearchFold', class: Migration20261203500000SearchFold },
  { name: 'Migration20261203500010NearMe', class: Migration20261203500010NearMe },
  { name: 'Migration20261203600000AuditLog', class: Migration20261203600000AuditLog },
  { name: 'Migration20261203300000Invoices', class: Migration20261203300000Invoices },
  { name: 'Migration20261203100000OpeningHours', class: Migration20261203100000OpeningHours },
  { name: 'Migration20261203200000SalonMemberships', class: Migration20261203200000SalonMemberships },
  { name: 'Migration20261203400000Deposits', class: Migration20261203400000Deposits },
  { name: 'Migration20261203200100SalonApplications', class: Migration20261203200100SalonApplications },
  { name: 'Migration20261203100100CheckIn', class: Migration20261203100100CheckIn },
  { name: 'Migration20261203600100Privacy', class: Migration20261203600100Privacy },
  { name: 'Migration20261203600200RetainedRecords', class: Migration20261203600200RetainedRecords },
];
