import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';
import { Booking } from '../bookings/booking.entity';

export enum CounterPaymentMethod {
  CASH = 'CASH',
  MADA = 'MADA',
  CARD = 'CARD',
}
registerEnumType(CounterPaymentMethod, { name: 'CounterPaymentMethod', description: 'How a customer paid at the salon: CASH, the MADA terminal, or another CARD (Visa, Mastercard…).' });

@ObjectType({ description: 'One means of a counter payment; a split payment has several.' })
export class CounterPaymentPart {
  @Field(() => CounterPaymentMethod, { description: 'Means.' }) method!: CounterPaymentMethod;
  @Field(() => Int, { description: 'Amount in halalas.' }) amountHalalas!: number;
}

/**
 * Money taken at the salon for a booking, as staff recorded it. Append-only (a trigger refuses UPDATE and DELETE):
 * who recorded it and when is its audit trail, and a refund is a CounterRefund of its own, so what was refunded
 * only grows: the counter's state moves forward only.
 */
@ObjectType({ description: 'A payment taken at the salon (cash, mada terminal, card, or a split), recorded by its staff.' })
@Entity({ tableName: 'counter_payments' })
export class CounterPayment extends BaseEntity {
  @ManyToOne(() => Booking, { deleteRule: 'restrict' })
  booking!: Booking;

  @ManyToOne(() => Salon, { deleteRule: 'restrict' })
  salon!: Salon;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  recordedBy!: User;

  @Field(() => Int, { description: 'Total taken, in halalas.' })
  @Property({ type: 'integer' })
  totalHalalas!: number;

  @Field(() => [CounterPaymentPart], { description: 'By which means.' })
  @Property({ type: 'json' })
  parts!: CounterPaymentPart[];

  @Property({ type: 'string', length: 128 })
  idempotencyKey!: string;
}

/** Money given back at the counter (a manager's decision), with its credit note. Append-only too. */
@Entity({ tableName: 'counter_refunds' })
export class CounterRefund extends BaseEntity {
  @ManyToOne(() => CounterPayment, { deleteRule: 'restrict' })
  counterPayment!: CounterPayment;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  recordedBy!: User;

  @Property({ type: 'integer' })
  amountHalalas!: number;

  @Enum({ items: () => CounterPaymentMethod })
  method!: CounterPaymentMethod;

  @Property({ type: 'string', length: 500 })
  reason!: string;
}
