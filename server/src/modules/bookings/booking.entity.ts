import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { DateTimeScalar } from '../../graphql/scalars';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';
import { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { Visit } from './visit.entity';

export enum BookingStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
  EXPIRED = 'EXPIRED',
}
registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'Where a booking is in its life. PENDING and CONFIRMED hold the time; the others are final.',
});

export enum BookingChannel {
  ONLINE = 'ONLINE',
  FRONT_DESK = 'FRONT_DESK',
  WALK_IN = 'WALK_IN',
}
registerEnumType(BookingChannel, {
  name: 'BookingChannel',
  description: 'How a booking was made: ONLINE by the customer, FRONT_DESK by the salon for a customer (phone, WhatsApp, counter), WALK_IN starting at once.',
});

/** Statuses that hold the stylist's time (the exclusion constraint's predicate). */
export const ACTIVE_STATUSES = [BookingStatus.PENDING, BookingStatus.CONFIRMED];

@ObjectType({ description: 'A customer\'s appointment for one service with one staff member.' })
@Entity({ tableName: 'bookings' })
@Unique({ properties: ['customer', 'idempotencyKey'] })
@Index({ properties: ['salon', 'startsAt'] })
@Index({ properties: ['customer', 'startsAt'] })
export class Booking extends BaseEntity {
  @ManyToOne(() => Salon, { deleteRule: 'restrict' })
  salon!: Salon;

  @ManyToOne(() => Service, { deleteRule: 'restrict' })
  service!: Service;

  @ManyToOne(() => StaffMember, { deleteRule: 'restrict' })
  staff!: StaffMember;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  customer!: User;

  @Field(() => DateTimeScalar, { description: 'When the service starts.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the service ends.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  endsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Until when the staff member is taken: the end plus the clean-up buffer.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  blockedUntil!: Date;

  @Field(() => Int, { description: 'Price when booked, in halalas; later price changes do not affect it.' })
  @Property({ type: 'integer' })
  priceHalalas!: number;

  @Field(() => String, { description: 'ISO-4217 currency code.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => BookingStatus, { description: 'Current status.' })
  @Enum({ items: () => BookingStatus })
  status!: BookingStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'While a prepayment is awaited: when the unpaid hold lapses.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  holdExpiresAt?: Date | null;

  @Field(() => String, { description: 'Notes from the customer.' })
  @Property({ type: 'text', default: '' })
  notes: string & Opt = '';

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was cancelled.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  cancelledBy?: User | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Property({ type: 'string', length: 500, nullable: true })
  cancelReason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the customer arrived, checked in by the salon from its calendar; null until then.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  checkedInAt?: Date | null;

  @Field(() => BookingChannel, { description: 'How it was made.' })
  @Enum({ items: () => BookingChannel, default: BookingChannel.ONLINE })
  channel: BookingChannel & Opt = BookingChannel.ONLINE;

  /** Who made it: the customer online, a staff member or manager at the front desk. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'string', length: 128 })
  idempotencyKey!: string;

  /** A fingerprint of the create request, to tell an honest replay from a reused key. */
  @Property({ type: 'string', length: 64 })
  requestFingerprint!: string;

  /** The visit this booking is a part of, when several services were booked together (ADR 0018). */
  @ManyToOne(() => Visit, { nullable: true, deleteRule: 'restrict' })
  visit?: Visit | null;

  @Field(() => Int, { nullable: true, description: 'Its place in its visit, from 0 (the first service, which carries the visit\'s payment); null outside a visit.' })
  @Property({ type: 'smallint', nullable: true })
  visitPosition?: number | null;

  @Field(() => Int, { description: 'Increases with every change; for optimistic concurrency.' })
  @Property({ type: 'integer', version: true, default: 1 })
  version!: number & Opt;
}

@ObjectType({ description: 'One change in a booking\'s life: the audit trail.' })
@Entity({ tableName: 'booking_events' })
export class BookingEvent extends BaseEntity {
  @Index()
  @ManyToOne(() => Booking, { deleteRule: 'cascade' })
  booking!: Booking;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  @Field(() => BookingStatus, { nullable: true, description: 'Status before the change; null when created.' })
  @Enum({ items: () => BookingStatus, nullable: true })
  fromStatus?: BookingStatus | null;

  @Field(() => BookingStatus, { description: 'Status after the change.' })
  @Enum({ items: () => BookingStatus })
  toStatus!: BookingStatus;

  @Field(() => String, { description: 'What happened and why (e.g. "rescheduled", a cancellation reason).' })
  @Property({ type: 'string', length: 500, default: '' })
  reason: string & Opt = '';
}
