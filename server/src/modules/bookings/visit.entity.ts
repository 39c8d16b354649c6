import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';

/**
 * Several services booked together, one after another (ADR 0018). Each part is an ordinary booking row with
 * `visit_id`, so the exclusion constraints, calendars, reminders and staff actions treat it as any booking; the
 * visit holds what belongs to the whole: one price, one idempotency key. Its money is paid and kept on the first
 * part (the lead), whose row is also the visit's lock.
 */
@ObjectType({ description: 'Several services booked together in sequence: one price, one payment, cancelled as a whole.' })
@Entity({ tableName: 'visits' })
@Unique({ properties: ['customer', 'idempotencyKey'] })
export class Visit extends BaseEntity {
  @ManyToOne(() => Salon, { deleteRule: 'restrict' })
  salon!: Salon;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  customer!: User;

  @Field(() => Int, { description: 'The price of the whole visit when booked, in halalas (VAT included): the sum of its parts.' })
  @Property({ type: 'integer' })
  totalHalalas!: number;

  @Field(() => String, { description: 'ISO-4217 currency code.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'string', length: 128 })
  idempotencyKey!: string;

  /** A fingerprint of the request, to tell an honest replay from a reused key. */
  @Property({ type: 'string', length: 64 })
  requestFingerprint!: string;
}
