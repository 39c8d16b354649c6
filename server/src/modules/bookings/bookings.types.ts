import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { connectionType } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';
import { Review } from '../catalog/photo-review.entity';
import { Booking, BookingStatus } from './booking.entity';

export const BookingConnection = connectionType('Booking', Booking, 'booking');

@InputType({ description: 'Narrows a list of bookings.' })
export class BookingFilter {
  @Field(() => [BookingStatus], { nullable: true, description: 'Only these statuses.' })
  status?: BookingStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: not yet started, soonest first; false: past, latest first; omitted: all, latest first.' })
  upcoming?: boolean | null;
}

@InputType({ description: 'Book a time. Use the slot from availableSlots.' })
export class CreateBookingInput {
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
  @Field(() => ID, { description: 'The staff member (from the chosen slot).' }) staffId!: string;
  @Field(() => DateTimeScalar, { description: 'Start (from the chosen slot).' }) startsAt!: Date;
  @Field(() => String, { nullable: true, description: 'Anything the salon should know.' }) notes?: string | null;
  @Field(() => String, { description: 'A random key (8–128 characters) made once per booking attempt; resending it never books twice.' }) idempotencyKey!: string;
  @Field(() => Boolean, { nullable: true, description: 'The customer accepts the no-show and late-cancellation fees shown in the service\'s paymentTerms; required (true) when there are any, else FEES_NOT_ACCEPTED.' })
  acceptTerms?: boolean | null;
}

@InputType({ description: 'The customer the salon books for: found by phone number, or created with a name (no one-time code; the salon vouches).' })
export class FrontDeskCustomerInput {
  @Field(() => String, { description: 'Mobile number, written any way people type it (0501234567, +9665…); normalised as at sign-in.' }) phoneNumber!: string;
  @Field(() => String, { nullable: true, description: 'Given name; required when the number is new.' }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: 'Family name, for a new customer.' }) lastName?: string | null;
}

@InputType({ description: 'A booking the salon makes for a customer (by phone, WhatsApp or at the counter).' })
export class CreateFrontDeskBookingInput {
  @Field(() => ID, { description: 'The salon making it.' }) salonId!: string;
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
  @Field(() => ID, { description: 'The stylist, who must offer the service.' }) staffId!: string;
  @Field(() => DateTimeScalar, { description: 'Start, on the booking grid; the salon may ignore the minimum notice and the horizon, never an overlap.' }) startsAt!: Date;
  @Field(() => FrontDeskCustomerInput, { description: 'For whom.' }) customer!: FrontDeskCustomerInput;
  @Field(() => String, { nullable: true, description: 'Anything the stylist should know.' }) notes?: string | null;
  @Field(() => String, { description: 'A random key (8–128 characters) made once per attempt; resending it never books twice.' }) idempotencyKey!: string;
}

@InputType({ description: 'A walk-in: the customer is here, the service starts now with a free stylist.' })
export class CreateWalkInBookingInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
  @Field(() => ID, { description: 'The stylist, who must be free now for the whole service and its buffer.' }) staffId!: string;
  @Field(() => FrontDeskCustomerInput, { description: 'For whom.' }) customer!: FrontDeskCustomerInput;
  @Field(() => String, { nullable: true, description: 'Anything the stylist should know.' }) notes?: string | null;
  @Field(() => String, { description: 'A random key (8–128 characters) made once per attempt; resending it never books twice.' }) idempotencyKey!: string;
}

@InputType({ description: 'Refers to one booking.' })
export class BookingActionInput {
  @Field(() => ID, { description: 'The booking.' }) bookingId!: string;
  @Field(() => Int, { nullable: true, description: 'The booking `version` you last saw; when it has changed since, nothing happens and you get BOOKING_CHANGED.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Confirm a pending booking.' }) export class ConfirmBookingInput extends BookingActionInput {}
@InputType({ description: 'Mark a started booking as done.' }) export class CompleteBookingInput extends BookingActionInput {}
@InputType({ description: 'Record that the customer did not come.' }) export class MarkNoShowInput extends BookingActionInput {}
@InputType({ description: 'Record that the customer has arrived.' }) export class CheckInBookingInput extends BookingActionInput {}

@InputType({ description: 'Cancel a booking.' })
export class CancelBookingInput extends BookingActionInput {
  @Field(() => String, { nullable: true, description: 'Why; required when the salon cancels.' }) reason?: string | null;
}

@InputType({ description: 'Move a booking to another time, and optionally another staff member.' })
export class RescheduleBookingInput extends BookingActionInput {
  @Field(() => DateTimeScalar, { description: 'New start (from availableSlots).' }) startsAt!: Date;
  @Field(() => ID, { nullable: true, description: 'New staff member; the same one when omitted.' }) staffId?: string | null;
}

@ObjectType({ description: 'Result of a booking action.' })
export class BookingPayload {
  @Field(() => Booking, { nullable: true, description: 'The booking after the action.' }) booking?: Booking | null;
  @Field(() => [UserError], { description: 'Why nothing changed: SLOT_UNAVAILABLE, CUSTOMER_OVERLAP, IDEMPOTENCY_KEY_REUSED, CANCELLATION_WINDOW_PASSED, INVALID_TRANSITION, BOOKING_CHANGED, …' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of createBooking.' }) export class CreateBookingPayload extends BookingPayload {}
@ObjectType({ description: 'Result of createFrontDeskBooking.' }) export class CreateFrontDeskBookingPayload extends BookingPayload {}
@ObjectType({ description: 'Result of createWalkInBooking.' }) export class CreateWalkInBookingPayload extends BookingPayload {}
@ObjectType({ description: 'Result of confirmBooking.' }) export class ConfirmBookingPayload extends BookingPayload {}
@ObjectType({ description: 'Result of cancelBooking.' }) export class CancelBookingPayload extends BookingPayload {}
@ObjectType({ description: 'Result of rescheduleBooking.' }) export class RescheduleBookingPayload extends BookingPayload {}
@ObjectType({ description: 'Result of completeBooking.' }) export class CompleteBookingPayload extends BookingPayload {}
@ObjectType({ description: 'Result of markNoShow.' }) export class MarkNoShowPayload extends BookingPayload {}
@ObjectType({ description: 'Result of checkInBooking.' }) export class CheckInBookingPayload extends BookingPayload {}

@InputType({ description: 'Review a completed booking.' })
export class CreateReviewInput {
  @Field(() => ID, { description: 'The completed booking.' }) bookingId!: string;
  @Field(() => Int, { description: 'Stars, 1–5.' }) rating!: number;
  @Field(() => String, { nullable: true, description: 'What you thought.' }) comment?: string | null;
}

@ObjectType({ description: 'Result of createReview.' })
export class CreateReviewPayload {
  @Field(() => Review, { nullable: true, description: 'The new review.' }) review?: Review | null;
  @Field(() => [UserError], { description: 'Why not: ALREADY_REVIEWED, INVALID_TRANSITION (not completed), INVALID_INPUT.' }) errors!: UserError[];
}
