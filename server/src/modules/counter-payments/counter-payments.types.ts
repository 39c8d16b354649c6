import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { Invoice } from '../invoices/invoice.entity';
import { CounterPayment, CounterPaymentMethod } from './counter-payment.entity';

@InputType({ description: 'One means of a counter payment.' })
export class CounterPaymentPartInput {
  @Field(() => CounterPaymentMethod, { description: 'Means.' }) method!: CounterPaymentMethod;
  @Field(() => Int, { description: 'Amount in halalas, greater than zero.' }) amountHalalas!: number;
}

@InputType({ description: 'Record what a customer paid at the salon (staff and managers).' })
export class RecordCounterPaymentInput {
  @Field(() => ID, { description: 'The booking (CONFIRMED or COMPLETED).' }) bookingId!: string;
  @Field(() => [CounterPaymentPartInput], { description: 'One to three means, each at most once: a split payment lists several. Together at most what is left to pay.' }) parts!: CounterPaymentPartInput[];
  @Field(() => String, { description: 'A random key per payment (8–128 characters); resending it never records twice.' }) idempotencyKey!: string;
}

@ObjectType({ description: 'Result of recordCounterPayment.' })
export class RecordCounterPaymentPayload {
  @Field(() => CounterPayment, { nullable: true, description: 'The payment recorded.' }) counterPayment?: CounterPayment | null;
  @Field(() => Invoice, { nullable: true, description: 'Its simplified tax invoice.' }) invoice?: Invoice | null;
  @Field(() => [UserError], { description: 'INVALID_INPUT, PAYMENT_EXCEEDS_BALANCE, PAYMENT_NOT_ALLOWED, PAYMENT_IN_PROGRESS, IDEMPOTENCY_KEY_REUSED.' }) errors!: UserError[];
}

@InputType({ description: 'Give back part or all of a counter payment (managers).' })
export class RefundCounterPaymentInput {
  @Field(() => ID, { description: 'The counter payment.' }) counterPaymentId!: string;
  @Field(() => Int, { description: 'How much, in halalas.' }) amountHalalas!: number;
  @Field(() => CounterPaymentMethod, { description: 'How the money goes back.' }) method!: CounterPaymentMethod;
  @Field(() => String, { description: 'Why (printed on the credit note), up to 500 characters.' }) reason!: string;
}

@ObjectType({ description: 'Result of refundCounterPayment.' })
export class RefundCounterPaymentPayload {
  @Field(() => CounterPayment, { nullable: true, description: 'The payment refunded.' }) counterPayment?: CounterPayment | null;
  @Field(() => Invoice, { nullable: true, description: 'The credit note, referring to the payment\'s invoice.' }) creditNote?: Invoice | null;
  @Field(() => [UserError], { description: 'INVALID_INPUT, REFUND_EXCEEDS_BALANCE.' }) errors!: UserError[];
}
