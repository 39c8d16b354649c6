import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { BookingStatus } from '../bookings/booking.entity';
import { ReportPeriod } from './report-period';

@ObjectType({ description: "Whole days in the salon's time zone, and the instants that bound them." })
export class ReportRange {
  @Field(() => DateScalar, { description: 'First day.' }) startDate!: string;
  @Field(() => DateScalar, { description: 'Last day (included).' }) endDate!: string;
  @Field(() => DateTimeScalar, { description: 'Local midnight starting the first day.' }) startsAt!: Date;
  @Field(() => DateTimeScalar, { description: 'Local midnight ending the last day (exclusive).' }) endsAt!: Date;
}

@ObjectType({ description: "The period's money, from its invoices (sales) and credit notes (refunds); VAT-inclusive halalas." })
export class ReportRevenue {
  @Field(() => Int, { description: 'Taken: online + counter.' }) grossHalalas!: number;
  @Field(() => Int, { description: 'Given back.' }) refundsHalalas!: number;
  @Field(() => Int, { description: 'gross − refunds.' }) netHalalas!: number;
  @Field(() => Int, { description: 'VAT in the net.' }) vatHalalas!: number;
  @Field(() => Int, { description: 'Taken online (Moyasar).' }) onlineHalalas!: number;
  @Field(() => Int, { description: 'Taken at the counter (cash, mada, card).' }) counterHalalas!: number;
  @Field(() => Int, { description: 'Invoices issued.' }) invoiceCount!: number;
  @Field(() => Int, { description: 'Credit notes issued.' }) creditNoteCount!: number;
}

@ObjectType({ description: 'How many bookings of the period (by start) are in a status.' })
export class ReportStatusCount {
  @Field(() => BookingStatus, { description: 'The status; a lapsed unpaid hold counts as EXPIRED.' }) status!: BookingStatus;
  @Field(() => Int, { description: 'Bookings.' }) count!: number;
}

@ObjectType({ description: 'Bookings starting in the period.' })
export class ReportBookings {
  @Field(() => Int, { description: 'All of them.' }) count!: number;
  @Field(() => [ReportStatusCount], { description: 'Per status that occurs, by status name.' }) byStatus!: ReportStatusCount[];
  @Field(() => Float, { nullable: true, description: 'NO_SHOW / (COMPLETED + NO_SHOW), 0–1; null when none came due.' }) noShowRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'CANCELLED / (count − EXPIRED), 0–1; null without bookings.' }) cancellationRate!: number | null;
}

@ObjectType({ description: "A stylist's booked time against the time they were available." })
export class StylistUtilisation {
  @Field(() => ID, { description: 'The stylist.' }) staffId!: string;
  @Field(() => Int, { description: 'Service minutes of the bookings that kept their time (not cancelled or expired).' }) bookedMinutes!: number;
  @Field(() => Int, { description: 'Working minutes (their hours inside the salon\'s, exceptions and closures) less time off.' }) availableMinutes!: number;
  @Field(() => Float, { nullable: true, description: 'booked / available (may pass 1 with bookings outside the hours); null without available time.' }) rate!: number | null;
}

@ObjectType({ description: 'A service among the most booked of the period.' })
export class ReportService {
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
  @Field(() => Int, { description: 'Bookings that kept their time.' }) bookingCount!: number;
  @Field(() => Int, { description: 'Their booked prices, VAT-inclusive halalas.' }) bookedHalalas!: number;
}

@ObjectType({ description: "The period's customers (with a booking that kept its time)." })
export class ReportCustomers {
  @Field(() => Int, { description: 'No completed visit at the salon before the period.' }) newCustomers!: number;
  @Field(() => Int, { description: 'At least one completed visit before the period.' }) returningCustomers!: number;
}

@ObjectType({ description: "A salon's figures for one range." })
export class ReportFigures {
  @Field(() => ReportRange, { description: 'The days covered.' }) range!: ReportRange;
  @Field(() => ReportRevenue, { description: 'Money.' }) revenue!: ReportRevenue;
  @Field(() => ReportBookings, { description: 'Bookings by status and the rates.' }) bookings!: ReportBookings;
  @Field(() => [StylistUtilisation], { description: 'Each active stylist, and any other who had bookings, by id.' }) utilisation!: StylistUtilisation[];
  @Field(() => [ReportService], { description: 'Up to 10 services, most booked first (then booked value).' }) topServices!: ReportService[];
  @Field(() => ReportCustomers, { description: 'New against returning customers.' }) customers!: ReportCustomers;
}

@ObjectType({ description: "A salon's report for a period, with the period before it for comparison (managers)." })
export class SalonReport {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => String, { description: "The salon's IANA time zone: days are its days." }) timeZone!: string;
  @Field(() => ReportPeriod, { description: 'The kind of period.' }) period!: ReportPeriod;
  @Field(() => ReportFigures, { description: 'The period asked for.' }) current!: ReportFigures;
  @Field(() => ReportFigures, { description: 'The one before: the previous day, week or month, or as many days just before a custom range.' }) previous!: ReportFigures;
}
