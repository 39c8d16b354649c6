import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { Slot } from '../availability/availability.types';
import { FrontDeskCustomerInput } from './bookings.types';
import { Visit } from './visit.entity';

@InputType({ description: 'One service of a visit, and who should do it.' })
export class VisitPartInput {
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
  @Field(() => ID, { nullable: true, description: 'A stylist who offers it; omit for anyone.' }) staffId?: string | null;
}

@InputType({ description: 'Where a visit of several services in sequence fits on one day.' })
export class AvailableVisitStartsInput {
  @Field(() => [VisitPartInput], { description: 'The services in the order they are done, 1 to 5, all at one salon.' }) parts!: VisitPartInput[];
  @Field(() => DateScalar, { description: "The day, in the salon's time zone." }) date!: string;
  @Field(() => ID, { nullable: true, description: "A visit being moved: its own parts do not count as busy. For those who may move it (rescheduleVisit's rule), FORBIDDEN to others." })
  excludeVisitId?: string | null;
}

@InputType({ description: 'Which days a visit of several services in sequence fits on, for a calendar picker.' })
export class AvailableVisitDaysInput {
  @Field(() => [VisitPartInput], { description: 'The services in the order they are done, 1 to 5, all at one salon.' }) parts!: VisitPartInput[];
  @Field(() => DateScalar, { description: 'First day (salon time zone).' }) from!: string;
  @Field(() => DateScalar, { description: 'Last day, inclusive; at most 62 days after `from`.' }) to!: string;
  @Field(() => ID, { nullable: true, description: "A visit being moved: its own parts do not count as busy. For those who may move it (rescheduleVisit's rule), FORBIDDEN to others." })
  excludeVisitId?: string | null;
}

@ObjectType({ description: 'A start time where a whole visit fits, and who does each part when.' })
export class VisitSlot {
  @Field(() => DateTimeScalar, { description: 'When the first service starts.' }) startsAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When the last service ends.' }) endsAt!: Date;
  @Field(() => [Slot], { description: 'Each part in order: its start, end and stylist.' }) parts!: Slot[];
}

@InputType({ description: 'Book several services in one visit, one after another. Use a start from availableVisitStarts.' })
export class BookVisitInput {
  @Field(() => [VisitPartInput], { description: 'The services in order, each with a stylist or anyone (as asked of availableVisitStarts).' }) parts!: VisitPartInput[];
  @Field(() => DateTimeScalar, { description: 'Start of the first service (from the chosen VisitSlot).' }) startsAt!: Date;
  @Field(() => String, { nullable: true, description: 'Anything the salon should know.' }) notes?: string | null;
  @Field(() => String, { description: 'A random key (8–128 characters) made once per attempt; resending it never books twice.' }) idempotencyKey!: string;
  @Field(() => Boolean, { nullable: true, description: 'The customer accepts the no-show and late-cancellation fees of the visit (the first service\'s paymentTerms applied to the total); required (true) when there are any, else FEES_NOT_ACCEPTED.' })
  acceptTerms?: boolean | null;
}

@ObjectType({ description: 'Result of bookVisit.' })
export class BookVisitPayload {
  @Field(() => Visit, { nullable: true, description: 'The visit; pay it through its first part (parts[0].nextPayment, startPayment with that booking).' }) visit?: Visit | null;
  @Field(() => [UserError], { description: 'Why nothing was booked: SLOT_UNAVAILABLE (the whole sequence no longer fits), SERVICE_UNAVAILABLE, STAFF_UNAVAILABLE, CUSTOMER_OVERLAP, FEES_NOT_ACCEPTED, IDEMPOTENCY_KEY_REUSED, INVALID_INPUT.' })
  errors!: UserError[];
}

@InputType({ description: 'Move a whole visit to a new start; each part keeps its service and stylist. Use a start from availableVisitStarts.' })
export class RescheduleVisitInput {
  @Field(() => ID, { description: 'The visit (Booking.visit.id of any of its parts).' }) visitId!: string;
  @Field(() => DateTimeScalar, { description: 'New start of the first service; the other parts follow as availableVisitStarts lays them out.' }) startsAt!: Date;
}

@ObjectType({ description: 'Result of rescheduleVisit.' })
export class RescheduleVisitPayload {
  @Field(() => Visit, { nullable: true, description: 'The visit at its new time (unchanged when it already started then).' }) visit?: Visit | null;
  @Field(() => [UserError], { description: 'Why nothing moved: SLOT_UNAVAILABLE (the whole visit does not fit there), CUSTOMER_OVERLAP, CANCELLATION_WINDOW_PASSED, INVALID_TRANSITION, NOT_FOUND, INVALID_INPUT.' })
  errors!: UserError[];
}

@InputType({ description: "Where a visit fits on one day for the salon's front desk: as availableVisitStarts, without the salon's minimum notice and horizon." })
export class FrontDeskVisitStartsInput {
  @Field(() => ID, { description: 'The salon asking; every service must be its own.' }) salonId!: string;
  @Field(() => [VisitPartInput], { description: 'The services in the order they are done, 1 to 5.' }) parts!: VisitPartInput[];
  @Field(() => DateScalar, { description: "The day, in the salon's time zone." }) date!: string;
}

@InputType({ description: 'A visit of several services in sequence the salon books for a customer (by phone, WhatsApp or at the counter). Use a start from frontDeskVisitStarts.' })
export class CreateFrontDeskVisitInput {
  @Field(() => ID, { description: 'The salon making it; every service must be its own.' }) salonId!: string;
  @Field(() => [VisitPartInput], { description: 'The services in order, each with a stylist who offers it or anyone, 1 to 5.' }) parts!: VisitPartInput[];
  @Field(() => DateTimeScalar, { description: 'Start of the first service; the salon may ignore the minimum notice and the horizon, never an overlap.' }) startsAt!: Date;
  @Field(() => FrontDeskCustomerInput, { description: 'For whom.' }) customer!: FrontDeskCustomerInput;
  @Field(() => String, { nullable: true, description: 'Anything the stylists should know.' }) notes?: string | null;
  @Field(() => String, { description: 'A random key (8–128 characters) made once per attempt; resending it never books twice.' }) idempotencyKey!: string;
}

@ObjectType({ description: 'Result of createFrontDeskVisit.' })
export class CreateFrontDeskVisitPayload {
  @Field(() => Visit, { nullable: true, description: 'The visit, confirmed; payment is taken at the counter.' }) visit?: Visit | null;
  @Field(() => [UserError], { description: 'Why nothing was booked: SLOT_UNAVAILABLE (the whole sequence does not fit), SERVICE_UNAVAILABLE, STAFF_UNAVAILABLE, CUSTOMER_OVERLAP, INVALID_PHONE_NUMBER, IDEMPOTENCY_KEY_REUSED, INVALID_INPUT.' })
  errors!: UserError[];
}
