import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { Booking } from '../bookings/booking.entity';
import { StaffMember } from '../catalog/staff-member.entity';

@ObjectType({ description: 'A span of time [startsAt, endsAt).' })
export class TimeSpan {
  @Field(() => DateTimeScalar, { description: 'Start.' }) startsAt!: Date;
  @Field(() => DateTimeScalar, { description: 'End (exclusive).' }) endsAt!: Date;
  @Field(() => String, { description: 'Why (for time off; empty for working hours).' }) reason!: string;
}

@ObjectType({ description: "One of the salon's days in its own time zone." })
export class CalendarDay {
  @Field(() => DateScalar, { description: 'The salon-local date.' }) date!: string;
  @Field(() => DateTimeScalar, { description: 'Local midnight that starts the day.' }) startsAt!: Date;
  @Field(() => DateTimeScalar, { description: 'Local midnight that ends it (23, 24 or 25 hours later).' }) endsAt!: Date;
  @Field(() => Boolean, { description: 'A salon closure covers the day.' }) closed!: boolean;
  @Field(() => String, { description: "The closure's reason (or the closing exception's name, e.g. Eid), empty when open." }) closureReason!: string;
  @Field(() => String, { description: 'The schedule exception governing the day (e.g. "Ramadan 1448"), empty on an ordinary day.' }) scheduleName!: string;
}

@ObjectType({ description: "One stylist's column of the calendar." })
export class CalendarColumn {
  @Field(() => StaffMember, { description: 'The stylist.' }) staff!: StaffMember;
  @Field(() => [TimeSpan], { description: 'Working ranges inside the salon\'s opening hours and exceptions, cut at each local midnight (a night 20:00–03:00 gives two spans); the gaps between them are breaks.' }) workingHours!: TimeSpan[];
  @Field(() => [TimeSpan], { description: 'Time off overlapping the range.' }) timeOff!: TimeSpan[];
  @Field(() => [Booking], { description: 'Bookings overlapping the range (start to end of the clean-up buffer), earliest first.' }) bookings!: Booking[];
}

@ObjectType({ description: "A salon's calendar: whole salon-local days, one column per stylist." })
export class SalonCalendar {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => String, { description: "The salon's IANA time zone; every day and hour here is read in it." }) timeZone!: string;
  @Field(() => Int, { description: 'The booking grid, in minutes (the rows of a day view).' }) slotIntervalMinutes!: number;
  @Field(() => DateTimeScalar, { description: "The server's clock, for the line that marks now." }) now!: Date;
  @Field(() => DateTimeScalar, { description: 'Start of the first day.' }) startsAt!: Date;
  @Field(() => DateTimeScalar, { description: 'End of the last day.' }) endsAt!: Date;
  @Field(() => [CalendarDay], { description: 'The days, in order.' }) days!: CalendarDay[];
  @Field(() => [CalendarColumn], { description: 'Managers: every active stylist, by name; staff: their own column only.' }) columns!: CalendarColumn[];
}
