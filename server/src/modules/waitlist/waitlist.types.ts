import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { DateScalar } from '../../graphql/scalars';
import { Booking } from '../bookings/booking.entity';
import { WaitlistEntry, WaitlistOffer, WaitlistPartOfDay } from './waitlist.entity';

@InputType({ description: 'Wait for a free time: a service, a span of dates, optionally a stylist and a part of the day or a time range.' })
export class JoinWaitlistInput {
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
  @Field(() => ID, { nullable: true, description: 'Only this stylist (who must offer the service); any when omitted.' }) staffId?: string | null;
  @Field(() => DateScalar, { description: 'First salon-local date wanted, today or later.' }) dateFrom!: string;
  @Field(() => DateScalar, { description: 'Last salon-local date wanted; at most 14 days from dateFrom.' }) dateTo!: string;
  @Field(() => WaitlistPartOfDay, { nullable: true, description: 'A part of the day; not together with timeFrom/timeTo.' }) partOfDay?: WaitlistPartOfDay | null;
  @Field(() => String, { nullable: true, description: 'Earliest start, HH:MM salon-local; with timeTo.' }) timeFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Latest start (exclusive), HH:MM; earlier than timeFrom for a range across midnight.' }) timeTo?: string | null;
}

@InputType({ description: 'Refers to one waitlist entry of the signed-in customer.' })
export class LeaveWaitlistInput {
  @Field(() => ID, { description: 'The entry.' }) entryId!: string;
}

@InputType({ description: 'Accept a waitlist offer.' })
export class AcceptWaitlistOfferInput {
  @Field(() => ID, { description: 'The offer (from the link in the message).' }) offerId!: string;
  @Field(() => Boolean, { nullable: true, description: "The customer accepts the no-show and late-cancellation fees shown in the service's paymentTerms; required (true) when there are any, else FEES_NOT_ACCEPTED." })
  acceptTerms?: boolean | null;
}

@ObjectType({ description: 'Result of joinWaitlist.' })
export class JoinWaitlistPayload {
  @Field(() => WaitlistEntry, { nullable: true, description: 'The new entry.' }) entry?: WaitlistEntry | null;
  @Field(() => [UserError], { description: 'Why it failed, if it did.' }) errors!: UserError[];
}

@ObjectType({ description: 'Result of leaveWaitlist.' })
export class LeaveWaitlistPayload {
  @Field(() => WaitlistEntry, { nullable: true, description: 'The entry, now LEFT.' }) entry?: WaitlistEntry | null;
  @Field(() => [UserError], { description: 'Why it failed, if it did.' }) errors!: UserError[];
}

@ObjectType({ description: 'Result of acceptWaitlistOffer.' })
export class AcceptWaitlistOfferPayload {
  @Field(() => Booking, { nullable: true, description: 'The booking: CONFIRMED, PENDING for the salon to confirm, or PENDING with holdExpiresAt while a prepayment is awaited.' }) booking?: Booking | null;
  @Field(() => WaitlistOffer, { nullable: true, description: 'The offer, now ACCEPTED.' }) offer?: WaitlistOffer | null;
  @Field(() => [UserError], { description: 'Why it failed: OFFER_TAKEN, OFFER_EXPIRED, FEES_NOT_ACCEPTED…' }) errors!: UserError[];
}
