import { Collection, Entity, Index, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { User } from '../accounts/user.entity';
import { Salon } from './salon.entity';
import { Service } from './service.entity';

@ObjectType({ description: 'A stylist or other member of a salon\'s staff who can be booked.' })
@Entity({ tableName: 'staff_members' })
@Unique({ properties: ['user', 'salon'] })
export class StaffMember extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  user!: User;

  @Index()
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  /** The name as the salon writes it (Arabic first); `displayName` in GraphQL is the reader's language's. */
  @Field(() => String, { name: 'displayNameAr', description: 'Name as the salon writes it, in Arabic.' })
  @Property({ type: 'string', length: 150 })
  displayName!: string;

  @Field(() => String, { description: 'Name in Latin letters for English readers; empty when it is the same as the Arabic.' })
  @Property({ type: 'string', length: 150, default: '' })
  displayNameEn: string & Opt = '';

  @Field(() => String, { description: 'Short introduction.' })
  @Property({ type: 'text', default: '' })
  bio: string & Opt = '';

  @ManyToMany({ entity: () => Service, pivotTable: 'staff_member_services', owner: true })
  services = new Collection<Service>(this);

  @Field(() => Boolean, { description: 'Whether the staff member can be booked.' })
  @Property({ type: 'boolean', default: true })
  isActive: boolean & Opt = true;
}
