import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { User } from '../accounts/user.entity';
import { Booking } from '../bookings/booking.entity';
import { Salon } from '../catalog/salon.entity';
import { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';

export enum WaitlistEntryStatus {
  WAITING = 'WAITING',
  OFFERED = 'OFFERED',
  BOOKED = 'BOOKED',
  LEFT = 'LEFT',
  CLOSED = 'CLOSED',
}
registerEnumType(WaitlistEntryStatus, {
  name: 'WaitlistEntryStatus',
  description: 'WAITING for a free time; OFFERED one (an open offer holds it); BOOKED it; LEFT the list; CLOSED when its last date passed.',
});

export enum WaitlistPartOfDay {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}
registerEnumType(WaitlistPartOfDay, {
  name: 'WaitlistPartOfDay',
  description: 'A part of the salon-local day: MORNING before 12:00, AFTERNOON 12:00–17:00, EVENING from 17:00.',
});

export enum WaitlistOfferStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(WaitlistOfferStatus, {
  name: 'WaitlistOfferStatus',
  description: 'OPEN: the time is held for the customer until expiresAt; ACCEPTED: booked; EXPIRED: not accepted in time, passed on; WITHDRAWN: the customer left the waitlist.',
});

/** Start minutes of the salon-local day each part covers, [from, to). */
export const PART_OF_DAY_MINUTES: Record<WaitlistPartOfDay, [number, number]> = {
  [WaitlistPartOfDay.MORNING]: [0, 12 * 60],
  [WaitlistPartOfDay.AFTERNOON]: [12 * 60, 17 * 60],
  [WaitlistPartOfDay.EVENING]: [17 * 60, 24 * 60],
};

@ObjectType({ description: 'A customer waiting for a free time: a service, dates, optionally a stylist and a time of day.' })
@Entity({ tableName: 'waitlist_entries' })
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['salon', 'status'] })
export class WaitlistEntry extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  customer!: User;

  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  /** Only this stylist; any who offers the service when null. */
  @ManyToOne(() => StaffMember, { nullable: true, deleteRule: 'cascade' })
  staff?: StaffMember | null;

  @Field(() => DateScalar, { description: 'First salon-local date wanted.' })
  @Property({ type: 'string', columnType: 'date' })
  dateFrom!: string;

  @Field(() => DateScalar, { description: 'Last salon-local date wanted (inclusive).' })
  @Property({ type: 'string', columnType: 'date' })
  dateTo!: string;

  @Field(() => WaitlistPartOfDay, { nullable: true, description: 'The part of the day wanted, if one was chosen.' })
  @Enum({ items: () => WaitlistPartOfDay, nullable: true })
  partOfDay?: WaitlistPartOfDay | null;

  /** Earliest start wanted, in minutes after salon-local midnight; with timeToMinutes, or both null (any time). */
  @Property({ type: 'integer', nullable: true })
  timeFromMinutes?: number | null;

  /** Latest start wanted (exclusive); smaller than timeFromMinutes for a range across midnight. */
  @Property({ type: 'integer', nullable: true })
  timeToMinutes?: number | null;

  @Field(() => WaitlistEntryStatus, { description: 'Where the entry is.' })
  @Enum({ items: () => WaitlistEntryStatus, default: WaitlistEntryStatus.WAITING })
  status: WaitlistEntryStatus & Opt = WaitlistEntryStatus.WAITING;

  @Field(() => Int, { description: 'Increases with every change.' })
  @Property({ type: 'integer', version: true, default: 1 })
  version!: number & Opt;
}

/**
 * One free time offered to one entry. Its id is the id of the hold booking that keeps the time for the customer
 * (one to one), so the message's link names both.
 */
@ObjectType({ description: 'A free time offered to a waiting customer, held for them until expiresAt.' })
@Entity({ tableName: 'waitlist_offers' })
@Index({ properties: ['status', 'expiresAt'] })
export class WaitlistOffer extends BaseEntity {
  @ManyToOne(() => WaitlistEntry, { deleteRule: 'cascade' })
  entry!: WaitlistEntry;

  @ManyToOne(() => Booking, { deleteRule: 'cascade', unique: true })
  booking!: Booking;

  @ManyToOne(() => StaffMember, { deleteRule: 'cascade' })
  staff!: StaffMember;

  @Field(() => DateTimeScalar, { description: 'When the offered time starts.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Until when the time is held; after that it goes to the next in line.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => WaitlistOfferStatus, { description: 'Where the offer is. An OPEN offer past expiresAt counts as EXPIRED.' })
  @Enum({ items: () => WaitlistOfferStatus, default: WaitlistOfferStatus.OPEN })
  status: WaitlistOfferStatus & Opt = WaitlistOfferStatus.OPEN;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was accepted, lapsed or withdrawn.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;
}
