import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { Booking } from '../bookings/booking.entity';

export enum PaymentStatus {
  INITIATED = 'INITIATED',
  AUTHORIZED = 'AUTHORIZED',
  PAID = 'PAID',
  CAPTURED = 'CAPTURED',
  FAILED = 'FAILED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  VOIDED = 'VOIDED',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus', description: 'Where an online payment stands at Moyasar.' });

export enum PaymentPurpose {
  PREPAYMENT = 'PREPAYMENT',
  BALANCE = 'BALANCE',
  GUARANTEE = 'GUARANTEE',
  FEE = 'FEE',
}
registerEnumType(PaymentPurpose, {
  name: 'PaymentPurpose',
  description: 'What a payment is for: the deposit or full price paid to book (PREPAYMENT), the rest of the price (BALANCE), or an authorisation that secures the fees and is released when the customer comes (GUARANTEE), or a fee charged to the card the customer saved for it (FEE).',
});

export enum PaymentOperationKind {
  REFUND = 'REFUND',
  CAPTURE = 'CAPTURE',
  VOID = 'VOID',
  /** A fee charged to a saved card: creates the payment at Moyasar (ADR 0026). */
  CHARGE = 'CHARGE',
}

/** One attempt to pay a booking online through Moyasar. Its id is sent as Moyasar's `given_id`. */
@ObjectType({ description: 'An online payment for a booking.' })
@Entity({ tableName: 'payments' })
@Unique({ properties: ['booking', 'idempotencyKey'] })
export class Payment extends BaseEntity {
  @Index()
  @ManyToOne(() => Booking, { deleteRule: 'restrict' })
  booking!: Booking;

  @Field(() => String, { description: 'Payment provider; MOYASAR.' })
  @Property({ type: 'string', length: 16, default: 'MOYASAR' })
  provider: string & Opt = 'MOYASAR';

  @Field(() => PaymentStatus, { description: 'Current status.' })
  @Enum({ items: () => PaymentStatus })
  status!: PaymentStatus;

  @Field(() => PaymentPurpose, { description: 'Deposit or full price, balance, fee guarantee, or a fee charged to a saved card.' })
  @Enum({ items: () => PaymentPurpose, default: PaymentPurpose.PREPAYMENT })
  purpose: PaymentPurpose & Opt = PaymentPurpose.PREPAYMENT;

  @Field(() => Int, { description: 'Amount charged (or authorised), in halalas: set by the booking\'s payment terms, never by the client.' })
  @Property({ type: 'integer' })
  amountHalalas!: number;

  @Field(() => Int, { description: 'Refunded so far, in halalas.' })
  @Property({ type: 'integer', default: 0 })
  refundedHalalas: number & Opt = 0;

  @Field(() => String, { description: 'ISO-4217 currency code.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'string', length: 128 })
  idempotencyKey!: string;

  /** Moyasar's payment id; we choose it (a UUID sent as given_id), so creation is idempotent on their side too. */
  @Property({ type: 'uuid', unique: true })
  externalId!: string;

  @Field(() => String, { nullable: true, description: 'Where to send the payer for 3-D Secure, while INITIATED.' })
  @Property({ type: 'text', nullable: true })
  transactionUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'creditcard, applepay or stcpay.' })
  @Property({ type: 'string', length: 16, nullable: true })
  sourceType?: string | null;

  @Field(() => String, { nullable: true, description: 'Card network (mada, visa, master, amex). The payer and the salon\'s managers only.' })
  @Property({ type: 'string', length: 16, nullable: true })
  cardCompany?: string | null;

  @Field(() => String, { nullable: true, description: 'Last four card digits. The payer and the salon\'s managers only.' })
  @Property({ type: 'string', length: 4, nullable: true })
  cardLast4?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the payment failed, in Moyasar\'s words.' })
  @Property({ type: 'text', nullable: true })
  failureMessage?: string | null;

  @Property({ type: 'json', nullable: true })
  providerPayload?: Record<string, unknown> | null;

  /**
   * Money arrived that nobody waits for: another attempt had already paid the booking, or the booking had stopped
   * waiting (hold lapsed, cancelled). It is given back automatically and does not count as the booking's payment.
   */
  @Property({ type: 'boolean', default: false })
  surplus: boolean & Opt = false;

  /** Set when the payer deleted their account: why this record is kept (tax and payment rules) in its reduced form. */
  @Property({ type: 'string', length: 200, nullable: true })
  retainedReason?: string | null;
}

/** Every observation of a payment: webhook, callback, API answer or reconciliation. */
@Entity({ tableName: 'payment_events' })
export class PaymentEvent extends BaseEntity {
  @Index()
  @ManyToOne(() => Payment, { deleteRule: 'cascade', nullable: true })
  payment?: Payment | null;

  /** Moyasar's event id for webhooks; unique, so a replayed webhook is recognised. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  externalEventId?: string | null;

  @Property({ type: 'string', length: 64 })
  type!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'string', length: 200, default: '' })
  outcome: string & Opt = '';
}

/** Money to move at Moyasar after a commit (refund, capture, void), retried until done. */
@Entity({ tableName: 'payment_operations' })
export class PaymentOperation extends BaseEntity {
  @Index()
  @ManyToOne(() => Payment, { deleteRule: 'cascade' })
  payment!: Payment;

  @Enum({ items: () => PaymentOperationKind })
  kind!: PaymentOperationKind;

  /** Null means "all that is left". */
  @Property({ type: 'integer', nullable: true })
  amountHalalas?: number | null;

  @Property({ type: 'string', length: 16, default: 'PENDING' })
  status: string & Opt = 'PENDING';

  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  nextAttemptAt!: Date;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'string', length: 200, default: '' })
  reason: string & Opt = '';
}
