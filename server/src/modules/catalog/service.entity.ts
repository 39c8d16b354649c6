import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { Salon } from './salon.entity';

export enum ServiceCategory {
  HAIR = 'HAIR',
  NAILS = 'NAILS',
  MAKEUP = 'MAKEUP',
  SKIN = 'SKIN',
  SPA = 'SPA',
  BARBER = 'BARBER',
  BRIDAL = 'BRIDAL',
  OTHER = 'OTHER',
}
registerEnumType(ServiceCategory, { name: 'ServiceCategory', description: 'Kind of treatment.' });

@ObjectType({ description: 'A treatment a salon offers, with its duration and price.' })
@Entity({ tableName: 'services' })
export class Service extends BaseEntity {
  @Index()
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @Field(() => String, { description: 'Name in Arabic.' })
  @Property({ type: 'string', length: 200 })
  nameAr!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => ServiceCategory, { description: 'Kind of treatment.' })
  @Enum({ items: () => ServiceCategory })
  category!: ServiceCategory;

  @Field(() => Int, { description: 'How long the treatment takes, in minutes.' })
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => Int, { description: 'Price in halalas (1 SAR = 100 halalas).' })
  @Property({ type: 'integer' })
  priceHalalas!: number;

  @Field(() => String, { description: 'ISO-4217 currency code; always SAR today.' })
  @Property({ type: 'string', length: 3, default: 'SAR' })
  currency: string & Opt = 'SAR';

  @Field(() => Int, { description: 'Clean-up time after the treatment, in minutes, during which the stylist is not bookable.' })
  @Property({ type: 'integer', default: 0 })
  bufferAfterMinutes: number & Opt = 0;

  @Field(() => Boolean, { description: 'Whether the service can be booked; archived services are inactive.' })
  @Property({ type: 'boolean', default: true })
  isActive: boolean & Opt = true;
}
