import { isUuid } from '../../graphql/ids';
import { allow, fields, isManagerOf } from '../../graphql/rules';

/**
 * Reports are money: a salon's managers only (receptionists keep the desk without money, ADR 0011). Every type
 * below is reached only through that query.
 */
export const reportsPermissions = {
  Query: { salonReport: isManagerOf('salonReport', (_: unknown, a: { salonId: string }) => (isUuid(a.salonId) ? a.salonId : null)) },
  SalonReport: fields(['salonId', 'timeZone', 'period', 'current', 'previous'], allow),
  ReportFigures: fields(['range', 'revenue', 'bookings', 'utilisation', 'topServices', 'customers'], allow),
  ReportRange: fields(['startDate', 'endDate', 'startsAt', 'endsAt'], allow),
  ReportRevenue: fields(['grossHalalas', 'refundsHalalas', 'netHalalas', 'vatHalalas', 'onlineHalalas', 'counterHalalas', 'invoiceCount', 'creditNoteCount'], allow),
  ReportBookings: fields(['count', 'byStatus', 'noShowRate', 'cancellationRate'], allow),
  ReportStatusCount: fields(['status', 'count'], allow),
  StylistUtilisation: fields(['staffId', 'staff', 'bookedMinutes', 'availableMinutes', 'rate'], allow),
  ReportService: fields(['serviceId', 'service', 'bookingCount', 'bookedHalalas'], allow),
  ReportCustomers: fields(['newCustomers', 'returningCustomers'], allow),
};
