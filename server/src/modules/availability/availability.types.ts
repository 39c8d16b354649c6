import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { StaffMember } from '../catalog/staff-member.entity';

@InputType({ description: 'Which free times to list.' })
export class AvailableSlotsInput {
  @Field(() => ID, { description: 'The service to book.' })
  serviceId!: string;

  @Field(() => DateScalar, { description: "The day, in the salon's time zone." })
  date!: string;

  @Field(() => ID, { nullable: true, description: 'One staff member; omit for "any staff member" (one slot per time).' })
  staffId?: string | null;
}

@InputType({ description: 'Which days have free times, for a calendar picker.' })
export class AvailableDaysInput {
  @Field(() => ID, { description: 'The service to book.' })
  serviceId!: string;

  @Field(() => DateScalar, { description: 'First day (salon time zone).' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day, inclusive; at most 62 days after `from`.' })
  to!: string;

  @Field(() => ID, { nullable: true, description: 'One staff member; omit for anyone.' })
  staffId?: string | null;
}

@ObjectType({ description: 'A free time that can be booked.' })
export class Slot {
  @Field(() => DateTimeScalar, { description: 'Start of the service.' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'End of the service (the clean-up buffer comes after).' })
  endsAt!: Date;

  /** The row the free times were computed from; a visit's parts leave it out and are resolved by `staffId`. */
  @Field(() => StaffMember, { description: 'Who would do it.' })
  staff?: StaffMember;

  staffId!: string;
}
