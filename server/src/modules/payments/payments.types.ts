import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { connectionType } from '../../graphql/relay';
import { Payment } from './payment.entity';

export enum PaymentSourceType {
  TOKEN = 'TOKEN',
  APPLE_PAY = 'APPLE_PAY',
  STC_PAY = 'STC_PAY',
}
registerEnumType(PaymentSourceType, { name: 'PaymentSourceType', description: 'How the customer pays.' });

@InputType({ description: 'The means of payment. Cards are tokenised in the browser or app first (never send card numbers here).' })
export class PaymentSourceInput {
  @Field(() => PaymentSourceType, { description: 'Kind of source.' }) type!: PaymentSourceType;
  @Field(() => String, { nullable: true, description: 'Moyasar card token (token_…) for TOKEN, or the Apple Pay token.' }) token?: string | null;
  @Field(() => String, { nullable: true, description: 'STC Pay mobile number (05XXXXXXXX or E.164).' }) mobile?: string | null;
}

@InputType({ description: 'Pay for a booking.' })
export class StartPaymentInput {
  @Field(() => ID, { description: 'The booking (yours, PENDING or CONFIRMED, not yet paid).' }) bookingId!: string;
  @Field(() => PaymentSourceInput, { description: 'How.' }) source!: PaymentSourceInput;
  @Field(() => String, { description: 'A random key per payment attempt; resending it never charges twice.' }) idempotencyKey!: string;
}

@ObjectType({ description: 'Result of a payment action.' })
export class PaymentPayload {
  @Field(() => Payment, { nullable: true, description: 'The payment; when INITIATED with a transactionUrl, send the payer there for 3-D Secure.' })
  payment?: Payment | null;

  @Field(() => [UserError], { description: 'PAYMENT_DECLINED, PAYMENT_PROVIDER_UNAVAILABLE, PAYMENT_NOT_ALLOWED, REFUND_EXCEEDS_BALANCE, …' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of startPayment.' }) export class StartPaymentPayload extends PaymentPayload {}
@ObjectType({ description: 'Result of confirmStcPayment.' }) export class ConfirmStcPaymentPayload extends PaymentPayload {}

@InputType({ description: 'The code STC Pay sent the payer, for a payment started with an STC Pay mobile number.' })
export class ConfirmStcPaymentInput {
  @Field(() => ID, { description: 'The payment (INITIATED, from startPayment with STC_PAY).' }) paymentId!: string;
  @Field(() => String, { description: 'The one-time code from STC Pay (digits).' }) otp!: string;
}

@ObjectType({ description: 'Result of refundPayment.' }) export class RefundPaymentPayload extends PaymentPayload {}
@ObjectType({ description: 'Result of capturePayment.' }) export class CapturePaymentPayload extends PaymentPayload {}
@ObjectType({ description: 'Result of voidPayment.' }) export class VoidPaymentPayload extends PaymentPayload {}

@InputType({ description: 'Refund part or all of a payment (managers).' })
export class RefundPaymentInput {
  @Field(() => ID, { description: 'The payment.' }) paymentId!: string;
  @Field(() => Int, { nullable: true, description: 'How much, in halalas; everything left when omitted.' }) amountHalalas?: number | null;
}

@InputType({ description: 'Capture an authorised payment (managers).' })
export class CapturePaymentInput {
  @Field(() => ID, { description: 'The payment.' }) paymentId!: string;
  @Field(() => Int, { nullable: true, description: 'How much, in halalas; the whole authorisation when omitted.' }) amountHalalas?: number | null;
}

@InputType({ description: 'Release an authorised payment without charging (managers).' })
export class VoidPaymentInput {
  @Field(() => ID, { description: 'The payment.' }) paymentId!: string;
}

@ObjectType({ description: 'What a client needs to tokenise a card (as Moyasar.js does) before startPayment.' })
export class PaymentSettings {
  @Field(() => String, { description: 'Moyasar publishable key.' }) publishableKey!: string;
  @Field(() => String, { description: 'POST card details here with the publishable key to get a token.' }) tokenUrl!: string;
  @Field(() => Boolean, { description: 'The local Moyasar simulator stands in for Moyasar (never in production): offer its Apple Pay stand-in where the browser has no Apple Pay.' })
  applePayStandIn!: boolean;
  @Field(() => String, { nullable: true, description: 'Real Apple Pay is configured (merchant validation through validateApplePayMerchant): the name on the Apple Pay sheet. Null when it is not, and then only the stand-in (applePayStandIn) is offered.' })
  applePayDisplayName?: string | null;
}

@InputType({ description: 'Merchant validation for an Apple Pay sheet: the validationURL Safari gave in onvalidatemerchant.' })
export class ValidateApplePayMerchantInput {
  @Field(() => ID, { description: 'The booking being paid (yours).' }) bookingId!: string;
  @Field(() => String, { description: 'ApplePayValidateMerchantEvent.validationURL; must be one of Apple\'s Apple Pay gateways.' }) validationUrl!: string;
}

@ObjectType({ description: 'Result of validateApplePayMerchant.' })
export class ValidateApplePayMerchantPayload {
  @Field(() => String, { nullable: true, description: 'Apple\'s merchant session, as JSON: pass JSON.parse of it to completeMerchantValidation.' }) merchantSession?: string | null;
  @Field(() => [UserError], { description: 'INVALID_INPUT (not an Apple Pay gateway URL), ONLINE_PAYMENT_UNAVAILABLE (Apple Pay not configured), PAYMENT_PROVIDER_UNAVAILABLE.' }) errors!: UserError[];
}

export const PaymentConnection = connectionType('Payment', Payment, 'payment');
