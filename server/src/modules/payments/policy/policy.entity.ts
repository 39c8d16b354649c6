import { Entity, Enum, Index, ManyToOne, OneToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../db/base-entity';
import { DateTimeScalar } from '../../../graphql/scalars';
import { User } from '../../accounts/user.entity';
import { Booking } from '../../bookings/booking.entity';
import { Salon } from '../../catalog/salon.entity';
import { Service } from '../../catalog/service.entity';
import { Payment } from '../payment.entity';

export enum Prepayment {
  NONE = 'NONE',
  DEPOSIT = 'DEPOSIT',
  FULL = 'FULL',
}
registerEnumType(Prepayment, { name: 'Prepayment', description: 'What a customer pays online to book: nothing, a deposit, or the full price.' });

export enum FeeKind {
  NO_SHOW = 'NO_SHOW',
  LATE_CANCEL = 'LATE_CANCEL',
}
registerEnumType(FeeKind, { name: 'FeeKind', description: 'Why a fee was taken: the customer did not come, or cancelled inside the late window.' });

export enum FeeStatus {
  CHARGED = 'CHARGED',
  REFUNDED = 'REFUNDED',
  /** The saved card refused the fee's charge: nothing was taken (ADR 0026). */
  DECLINED = 'DECLINED',
}
registerEnumType(FeeStatus, { name: 'FeeStatus', description: 'Whether a fee is kept, was given back by a manager, or (a saved card) was declined.' });

/**
 * A salon's payment policy (`service` null), or one service's override of it. Each amount is a percentage of the
 * price or a fixed number of halalas, never both (a check constraint). No row at all means the salon's older
 * `requiresPrepayment` switch: full prepayment or none, without fees.
 */
@Entity({ tableName: 'payment_policies' })
export class PaymentPolicy extends BaseEntity {
  @Index()
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @ManyToOne(() => Service, { deleteRule: 'cascade', nullable: true })
  service?: Service | null;

  @Enum({ items: () => Prepayment })
  prepayment!: Prepayment;

  @Property({ type: 'integer', nullable: true }) depositPercent?: number | null;
  @Property({ type: 'integer', nullable: true }) depositHalalas?: number | null;
  @Property({ type: 'integer', nullable: true }) noShowFeePercent?: number | null;
  @Property({ type: 'integer', nullable: true }) noShowFeeHalalas?: number | null;
  @Property({ type: 'integer', default: 15 }) noShowGraceMinutes: number & Opt = 15;
  @Property({ type: 'integer', nullable: true }) lateCancelFeePercent?: number | null;
  @Property({ type: 'integer', nullable: true }) lateCancelFeeHalalas?: number | null;
  @Property({ type: 'integer', default: 24 }) lateCancelWindowHours: number & Opt = 24;
}

/** What a booking was made under, copied when it was made (like its price): later policy changes do not touch it. */
@Entity({ tableName: 'booking_payment_terms' })
export class BookingTerms extends BaseEntity {
  @OneToOne(() => Booking, { deleteRule: 'cascade', unique: true, owner: true })
  booking!: Booking;

  @Enum({ items: () => Prepayment })
  prepayment!: Prepayment;

  /** The first online payment: the deposit, the full price, or (guarantee) the authorisation that secures the fees. */
  @Property({ type: 'integer' }) onlineDueHalalas!: number;
  @Property({ type: 'boolean', default: false }) guarantee: boolean & Opt = false;
  /** The guarantee saves the card instead of holding an authorisation: the booking starts later than one lasts (ADR 0026). */
  @Property({ type: 'boolean', default: false }) savesCard: boolean & Opt = false;
  @Property({ type: 'integer', default: 0 }) noShowFeeHalalas: number & Opt = 0;
  @Property({ type: 'integer' }) noShowGraceMinutes!: number;
  @Property({ type: 'integer', default: 0 }) lateCancelFeeHalalas: number & Opt = 0;
  @Property({ type: 'integer' }) lateCancelWindowHours!: number;
  /** When the customer accepted the fees; fees apply only to bookings whose customer accepted them. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true }) termsAcceptedAt?: Date | null;
}

/** A no-show or late-cancellation fee kept from a booking's money. One per booking (unique), so never taken twice. */
@ObjectType({ description: 'A fee kept from a booking\'s online money: no-show or late cancellation.' })
@Entity({ tableName: 'booking_fees' })
export class BookingFee extends BaseEntity {
  @OneToOne(() => Booking, { deleteRule: 'restrict', unique: true, owner: true })
  booking!: Booking;

  /** The payment the fee is kept from (captured from an authorisation, or not refunded from a charge). */
  @ManyToOne(() => Payment, { deleteRule: 'restrict' })
  payment!: Payment;

  @Field(() => FeeKind, { description: 'No-show or late cancellation.' })
  @Enum({ items: () => FeeKind })
  kind!: FeeKind;

  @Field(() => Int, { description: 'Amount kept, in halalas.' })
  @Property({ type: 'integer' })
  amountHalalas!: number;

  @Field(() => FeeStatus, { description: 'Kept, or refunded by a manager.' })
  @Enum({ items: () => FeeStatus })
  status!: FeeStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a manager refunded it.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  returnedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  refundedBy?: User | null;
}
