import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { DateTimeScalar } from '../../graphql/scalars';
import { User } from '../accounts/user.entity';
import { Salon } from './salon.entity';
import { Service } from './service.entity';
import { StaffMember } from './staff-member.entity';

@ObjectType({ description: 'A picture of the salon.' })
@Entity({ tableName: 'salon_photos' })
export class SalonPhoto extends BaseEntity {
  @Index()
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @Field(() => String, { description: 'Image address (absolute, or relative to this server).' })
  @Property({ type: 'string', length: 500 })
  url!: string;

  @Field(() => Int, { description: 'Order in the gallery, smallest first.' })
  @Property({ type: 'integer', default: 0 })
  position: number & Opt = 0;

  /** Set for a photo of one of the salon's services (then not in the salon's own gallery). */
  @ManyToOne(() => Service, { nullable: true, deleteRule: 'cascade' })
  service?: Service | null;

  /** Set for a photo of one of the salon's stylists, uploaded with their consent. */
  @ManyToOne(() => StaffMember, { nullable: true, deleteRule: 'cascade', fieldName: 'staff_id' })
  staff?: StaffMember | null;

  @Field(() => String, { nullable: true, description: 'The same picture at standard widths, for <img srcset>: "url 320w, url 640w, …"; null for pictures not uploaded here.' })
  @Property({ type: 'text', nullable: true })
  srcset?: string | null;

  @Field(() => Int, { nullable: true, description: 'Width in pixels of the largest stored width (`url`); with `height`, the aspect ratio to reserve.' })
  @Property({ type: 'integer', nullable: true })
  width?: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels of the largest stored width.' })
  @Property({ type: 'integer', nullable: true })
  height?: number | null;

  /** The stored files (one per width), deleted with the photo. */
  @Property({ type: 'text[]', default: '{}' })
  storageKeys: string[] & Opt = [];
}

@ObjectType({ description: 'What a customer thought of a completed booking.' })
@Entity({ tableName: 'reviews' })
export class Review extends BaseEntity {
  @Index()
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  customer!: User;

  /** The booking reviewed; one review per booking (the bookings module owns the relation). */
  @Property({ type: 'uuid', nullable: true, unique: true })
  bookingId?: string | null;

  /** The booking's service and stylist, copied when the review is written; null on reviews without a booking. */
  @ManyToOne(() => Service, { nullable: true, deleteRule: 'set null' })
  service?: Service | null;

  @ManyToOne(() => StaffMember, { nullable: true, deleteRule: 'set null', fieldName: 'staff_id' })
  staff?: StaffMember | null;

  @Field(() => Int, { description: 'Stars, 1 to 5.' })
  @Property({ type: 'smallint' })
  rating!: number;

  @Field(() => String, { description: 'Free text; may be empty.' })
  @Property({ type: 'text', default: '' })
  comment: string & Opt = '';

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its author last edited it; null if never.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  editedAt?: Date | null;

  /** The salon's one reply (a manager writes it, managers may edit it); exposed as `reply`. */
  @Property({ type: 'text', nullable: true })
  reply?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  repliedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  replyEditedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  repliedBy?: User | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When one of the salon's managers reported it to the platform as abusive; null if not." })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reportedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was reported.' })
  @Property({ type: 'string', length: 500, nullable: true })
  reportReason?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reportedBy?: User | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a platform administrator dismissed the report, leaving the review up.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reportDismissedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When a platform administrator hid it: it leaves the salon's page and rating." })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  hiddenAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was hidden.' })
  @Property({ type: 'string', length: 500, nullable: true })
  hiddenReason?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  hiddenBy?: User | null;
}
