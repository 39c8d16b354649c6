import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { WallTimeType } from '../../db/wall-time.type';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { Salon } from './salon.entity';
import { StaffMember } from './staff-member.entity';

/** ISO weekdays, stored as 1 (Monday) … 7 (Sunday) as luxon counts them. */
export enum Weekday {
  MONDAY = 1,
  TUESDAY = 2,
  WEDNESDAY = 3,
  THURSDAY = 4,
  FRIDAY = 5,
  SATURDAY = 6,
  SUNDAY = 7,
}
registerEnumType(Weekday, { name: 'Weekday', description: 'A day of the week.' });

@ObjectType({ description: "One working range of a staff member's week, in the salon's wall-clock time. Several ranges a day model breaks." })
@Entity({ tableName: 'weekly_hours' })
export class WeeklyHours extends BaseEntity {
  @Index()
  @ManyToOne(() => StaffMember, { deleteRule: 'cascade' })
  staff!: StaffMember;

  @Field(() => Weekday, { description: 'Day of the week.' })
  @Enum({ items: () => Weekday, type: 'smallint' })
  weekday!: Weekday;

  @Field(() => String, { description: 'Start, "HH:MM" in the salon\'s time zone.' })
  @Property({ type: WallTimeType })
  startTime!: string;

  @Field(() => String, { description: 'End (exclusive), "HH:MM" in the salon\'s time zone; not after the start means the next day (20:00–03:00).' })
  @Property({ type: WallTimeType })
  endTime!: string;
}

@ObjectType({ description: 'A period when a staff member cannot be booked (leave, training, a doctor\'s visit).' })
@Entity({ tableName: 'time_off' })
export class TimeOff extends BaseEntity {
  @Index()
  @ManyToOne(() => StaffMember, { deleteRule: 'cascade' })
  staff!: StaffMember;

  @Field(() => DateTimeScalar, { description: 'Start of the absence.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'End of the absence (exclusive).' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  endsAt!: Date;

  @Field(() => String, { description: 'Why, for the salon\'s own records.' })
  @Property({ type: 'string', length: 300, default: '' })
  reason: string & Opt = '';
}

@ObjectType({ description: 'Days the whole salon is closed (a holiday, renovation), inclusive of both dates.' })
@Entity({ tableName: 'salon_closures' })
export class SalonClosure extends BaseEntity {
  @Index()
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @Field(() => DateScalar, { description: 'First closed day, in the salon\'s time zone.' })
  @Property({ type: 'string', columnType: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last closed day (inclusive).' })
  @Property({ type: 'string', columnType: 'date' })
  endDate!: string;

  @Field(() => String, { description: 'Why, shown to customers (e.g. Eid al-Fitr).' })
  @Property({ type: 'string', length: 300, default: '' })
  reason: string & Opt = '';
}
