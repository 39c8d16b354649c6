import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../graphql/errors';
import { DateTimeScalar } from '../../../graphql/scalars';
import { Service } from '../../catalog/service.entity';
import { PaymentPurpose } from '../payment.entity';
import { BookingFee, Prepayment } from './policy.entity';

@ObjectType({ description: 'An amount as a percentage of the price or a fixed number of halalas (one of them, or neither for none).' })
export class AmountRule {
  @Field(() => Int, { nullable: true, description: 'Percent of the price, 0–100.' }) percent?: number | null;
  @Field(() => Int, { nullable: true, description: 'Fixed amount in halalas.' }) halalas?: number | null;
}

@ObjectType('PaymentPolicy', { description: 'What a salon (or one service) asks to be paid online, and the fees it charges.' })
export class PaymentPolicyView {
  @Field(() => ID, { nullable: true, description: 'The service this overrides the salon\'s policy for; null for the salon\'s own policy.' }) serviceId?: string | null;
  @Field(() => Prepayment, { description: 'Nothing, a deposit, or the full price online to book.' }) prepayment!: Prepayment;
  @Field(() => AmountRule, { description: 'The deposit, when prepayment is DEPOSIT.' }) deposit!: AmountRule;
  @Field(() => AmountRule, { description: 'The no-show fee.' }) noShowFee!: AmountRule;
  @Field(() => Int, { description: 'Minutes after the start before a no-show (and its fee) can be marked.' }) noShowGraceMinutes!: number;
  @Field(() => AmountRule, { description: 'The late-cancellation fee.' }) lateCancelFee!: AmountRule;
  @Field(() => Int, { description: 'A customer cancelling less than this many hours before the start pays the late-cancellation fee.' }) lateCancelWindowHours!: number;
}

@ObjectType({ description: 'The money side of a booking, in halalas: what is paid online to book, what is left, and the fees. Shown before booking; copied onto the booking when it is made.' })
export class PaymentTerms {
  @Field(() => Prepayment, { description: 'Nothing, a deposit, or the full price online.' }) prepayment!: Prepayment;
  @Field(() => Int, { description: 'Paid online to book: the deposit, the full price, or (guarantee) an amount only authorised on the card; 0 when nothing.' }) onlineDueHalalas!: number;
  @Field(() => Boolean, { description: 'The online amount only secures the fees: authorised, released when the customer comes, captured only for a fee.' }) guarantee!: boolean;
  @Field(() => Int, { description: 'Left to pay after the online prepayment, at the salon or online.' }) balanceHalalas!: number;
  @Field(() => Int, { description: 'Kept if the customer does not come; 0 for none.' }) noShowFeeHalalas!: number;
  @Field(() => Int, { description: 'Minutes after the start before a no-show can be marked.' }) noShowGraceMinutes!: number;
  @Field(() => Int, { description: 'Kept if the customer cancels inside the late window; 0 for none.' }) lateCancelFeeHalalas!: number;
  @Field(() => Int, { description: 'Hours before the start from which a cancellation is late.' }) lateCancelWindowHours!: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the customer accepted the fees (bookings only).' }) termsAcceptedAt?: Date | null;
  @Field(() => Boolean, { description: 'The booking starts later than a card authorisation lasts, so the guarantee saves the customer\'s card instead, charged only for a fee (bookings only; false for a service).' }) savesCard!: boolean;
  @Field(() => Int, { nullable: true, description: 'With a guarantee: a booking starting more than this many days ahead saves the card instead of authorising it. Null without a guarantee.' }) savesCardBeyondDays?: number | null;
}

@ObjectType({ description: 'What the customer may pay online next for a booking.' })
export class DuePayment {
  @Field(() => PaymentPurpose, { description: 'Deposit or full price, balance, or fee guarantee.' }) purpose!: PaymentPurpose;
  @Field(() => Int, { description: 'Amount in halalas.' }) amountHalalas!: number;
  @Field(() => Boolean, { description: 'The guarantee only verifies the card, which Moyasar saves for the fees; pay by card (not Apple Pay or STC Pay).' }) savesCard!: boolean;
}

@InputType({ description: 'A percentage of the price or a fixed amount in halalas; not both. Omit both for none.' })
export class AmountRuleInput {
  @Field(() => Int, { nullable: true, description: 'Percent of the price, 0–100.' }) percent?: number | null;
  @Field(() => Int, { nullable: true, description: 'Fixed amount in halalas.' }) halalas?: number | null;
}

@InputType({ description: 'A salon\'s payment policy, or one service\'s override of it (managers).' })
export class SetPaymentPolicyInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => ID, { nullable: true, description: 'A service of the salon to override the policy for; omit for the salon\'s policy.' }) serviceId?: string | null;
  @Field(() => Prepayment, { description: 'Nothing, a deposit, or the full price online.' }) prepayment!: Prepayment;
  @Field(() => AmountRuleInput, { nullable: true, description: 'The deposit; required for DEPOSIT.' }) deposit?: AmountRuleInput | null;
  @Field(() => AmountRuleInput, { nullable: true, description: 'The no-show fee; none when omitted.' }) noShowFee?: AmountRuleInput | null;
  @Field(() => Int, { nullable: true, description: 'Minutes after the start before a no-show can be marked (0–720, default 15).' }) noShowGraceMinutes?: number | null;
  @Field(() => AmountRuleInput, { nullable: true, description: 'The late-cancellation fee; none when omitted.' }) lateCancelFee?: AmountRuleInput | null;
  @Field(() => Int, { nullable: true, description: 'Hours before the start from which a customer\'s cancellation is late (0–720, default 24).' }) lateCancelWindowHours?: number | null;
}

@ObjectType({ description: 'Result of setPaymentPolicy.' })
export class SetPaymentPolicyPayload {
  @Field(() => PaymentPolicyView, { nullable: true, description: 'The policy as saved.' }) policy?: PaymentPolicyView | null;
  @Field(() => [UserError], { description: 'INVALID_INPUT, NOT_FOUND.' }) errors!: UserError[];
}

@InputType({ description: 'Make a service follow its salon\'s payment policy again (managers).' })
export class RemoveServicePaymentPolicyInput {
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
}

@ObjectType({ description: 'Result of removeServicePaymentPolicy.' })
export class RemoveServicePaymentPolicyPayload {
  @Field(() => Service, { nullable: true, description: 'The service, now on its salon\'s policy.' }) service?: Service | null;
  @Field(() => [UserError], { description: 'NOT_FOUND.' }) errors!: UserError[];
}

@InputType({ description: 'Give a kept no-show or late-cancellation fee back (managers).' })
export class RefundBookingFeeInput {
  @Field(() => ID, { description: 'The booking whose fee to refund.' }) bookingId!: string;
}

@ObjectType({ description: 'Result of refundBookingFee.' })
export class RefundBookingFeePayload {
  @Field(() => BookingFee, { nullable: true, description: 'The fee, REFUNDED.' }) fee?: BookingFee | null;
  @Field(() => [UserError], { description: 'NOT_FOUND, FEE_ALREADY_REFUNDED, PAYMENT_IN_PROGRESS (the fee is still being captured), PAYMENT_PROVIDER_UNAVAILABLE.' }) errors!: UserError[];
}
