import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { DateScalar } from '../../graphql/scalars';
import { Salon } from '../catalog/salon.entity';
import { Weekday } from '../catalog/schedule.entity';
import { YearlyCalendar } from './hijri';
import { ScheduleException } from './hours.entity';

const errorsField = (codes: string) => Field(() => [UserError], { description: `Why nothing changed: ${codes}.` });

@InputType({ description: 'One range of opening hours. An end not after the start runs past midnight (20:00–03:00).' })
export class OpeningHoursInput {
  @Field(() => Weekday, { description: 'The day the range starts on.' }) weekday!: Weekday;
  @Field(() => String, { description: 'Opens, "HH:MM" (00:00–23:59).' }) startTime!: string;
  @Field(() => String, { description: 'Closes, "HH:MM" (24:00 for midnight); not after the start means the next day.' }) endTime!: string;
}

@InputType({ description: "Replace a salon's whole opening week." })
export class SetOpeningHoursInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => [OpeningHoursInput], { description: 'Every range of the week, at most six a day; an empty list means the salon keeps no opening hours (its staff\'s hours alone count).' }) hours!: OpeningHoursInput[];
}

@ObjectType({ description: 'Result of setOpeningHours.' })
export class SetOpeningHoursPayload {
  @Field(() => Salon, { nullable: true, description: 'The salon after the change.' }) salon?: Salon | null;
  @errorsField('INVALID_INPUT, OVERLAPPING_HOURS') errors!: UserError[];
}

@InputType({ description: 'A daily range of a schedule exception.' })
export class TimeRangeInput {
  @Field(() => String, { description: 'Start, "HH:MM" (00:00–23:59).' }) startTime!: string;
  @Field(() => String, { description: 'End, "HH:MM" (24:00 for midnight); not after the start means the next day.' }) endTime!: string;
}

@InputType({ description: 'Other hours, or a closure, for a range of dates: Ramadan, Eid, a special day.' })
export class AddScheduleExceptionInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => String, { description: 'A name, e.g. "Ramadan 1448" or "Eid al-Fitr".' }) name!: string;
  @Field(() => DateScalar, { description: 'First day.' }) startDate!: string;
  @Field(() => DateScalar, { description: 'Last day (inclusive); at most 90 days after the first.' }) endDate!: string;
  @Field(() => YearlyCalendar, { nullable: true, description: 'How copying to next year moves it (default HIJRI).' }) calendar?: YearlyCalendar | null;
  @Field(() => [TimeRangeInput], { nullable: true, description: 'The hours of each day, at most six; none (the default) closes the salon.' }) ranges?: TimeRangeInput[] | null;
}

@InputType({ description: 'Change a schedule exception. Omitted fields stay as they are.' })
export class UpdateScheduleExceptionInput {
  @Field(() => ID, { description: 'The exception.' }) exceptionId!: string;
  @Field(() => String, { nullable: true, description: 'New name.' }) name?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'New first day.' }) startDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'New last day.' }) endDate?: string | null;
  @Field(() => YearlyCalendar, { nullable: true, description: 'New calendar for copies.' }) calendar?: YearlyCalendar | null;
  @Field(() => [TimeRangeInput], { nullable: true, description: 'New hours; an empty list closes the salon on those days.' }) ranges?: TimeRangeInput[] | null;
}

@ObjectType({ description: 'Result of a change to a schedule exception.' })
export class ScheduleExceptionPayload {
  @Field(() => ScheduleException, { nullable: true, description: 'The exception after the change.' }) exception?: ScheduleException | null;
  @errorsField('INVALID_INPUT, OVERLAPPING_HOURS, NOT_FOUND') errors!: UserError[];
}

@ObjectType({ description: 'Result of addScheduleException.' }) export class AddScheduleExceptionPayload extends ScheduleExceptionPayload {}
@ObjectType({ description: 'Result of updateScheduleException.' }) export class UpdateScheduleExceptionPayload extends ScheduleExceptionPayload {}

@InputType({ description: 'Remove a schedule exception: its dates follow the week again.' })
export class RemoveScheduleExceptionInput {
  @Field(() => ID, { description: 'The exception.' }) exceptionId!: string;
}

@ObjectType({ description: 'Result of removeScheduleException.' })
export class RemoveScheduleExceptionPayload {
  @Field(() => ID, { nullable: true, description: 'The id that was removed.' }) removedExceptionId?: string | null;
  @errorsField('none today') errors!: UserError[];
}

@InputType({ description: "Copy one year's exceptions to the next year, each moved in its own calendar." })
export class CopyScheduleExceptionsInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => Int, { description: 'The Gregorian year whose exceptions (by first day) are copied, e.g. 2026 to prepare 2027.' }) fromYear!: number;
}

@ObjectType({ description: 'Result of copyScheduleExceptions.' })
export class CopyScheduleExceptionsPayload {
  @Field(() => [ScheduleException], { description: 'The copies made; those that already existed are not copied again.' }) exceptions!: ScheduleException[];
  @errorsField('INVALID_INPUT') errors!: UserError[];
}
