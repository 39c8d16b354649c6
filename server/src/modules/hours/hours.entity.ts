import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { WallTimeType } from '../../db/wall-time.type';
import { DateScalar } from '../../graphql/scalars';
import { Salon } from '../catalog/salon.entity';
import { Weekday } from '../catalog/schedule.entity';
import { YearlyCalendar } from './hijri';
import type { WallRange } from './wall-ranges';

registerEnumType(YearlyCalendar, {
  name: 'YearlyCalendar',
  description: 'Which calendar an exception repeats in: HIJRI (Ramadan, the Eids) or GREGORIAN (National Day).',
});

@ObjectType({ description: "One range of a salon's opening hours, in its wall-clock time. An end not after the start runs past midnight (20:00–03:00)." })
@Entity({ tableName: 'salon_opening_hours' })
@Index({ properties: ['salon', 'weekday'] })
export class OpeningHours extends BaseEntity {
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @Field(() => Weekday, { description: 'The day the range starts on.' })
  @Enum({ items: () => Weekday, type: 'smallint' })
  weekday!: Weekday;

  @Field(() => String, { description: 'Opens, "HH:MM".' })
  @Property({ type: WallTimeType })
  startTime!: string;

  @Field(() => String, { description: 'Closes, "HH:MM" (exclusive); not after the start means the next day.' })
  @Property({ type: WallTimeType })
  endTime!: string;
}

@ObjectType({ description: 'A daily range of a schedule exception. An end not after the start runs past midnight.' })
export class TimeRange {
  @Field(() => String, { description: 'Start, "HH:MM".' }) startTime!: string;
  @Field(() => String, { description: 'End, "HH:MM" (exclusive); not after the start means the next day.' }) endTime!: string;
}

@ObjectType({ description: "Dates when the salon keeps other hours than its week (Ramadan, a special day) or is closed (Eid), with a name." })
@Entity({ tableName: 'schedule_exceptions' })
@Index({ properties: ['salon', 'endDate'] })
@Unique({ properties: ['salon', 'name', 'startDate'] })
export class ScheduleException extends BaseEntity {
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @Field(() => String, { description: 'Shown to staff and customers, e.g. "Ramadan 1448".' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => DateScalar, { description: 'First day, in the salon\'s time zone.' })
  @Property({ type: 'string', columnType: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day (inclusive).' })
  @Property({ type: 'string', columnType: 'date' })
  endDate!: string;

  @Field(() => YearlyCalendar, { description: 'How a copy to next year moves it: by the Hijri or the Gregorian year.' })
  @Enum({ items: () => YearlyCalendar, default: YearlyCalendar.HIJRI })
  calendar: YearlyCalendar & Opt = YearlyCalendar.HIJRI;

  @Field(() => [TimeRange], { description: 'The hours of each of its days; empty when the salon is closed.' })
  @Property({ type: 'json', default: '[]' })
  ranges: WallRange[] & Opt = [];
}
