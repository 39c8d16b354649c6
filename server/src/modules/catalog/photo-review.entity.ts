import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
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
}
