import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { DateTimeScalar } from '../../graphql/scalars';
import { User } from '../accounts/user.entity';
import { City, Clientele, Salon } from '../catalog/salon.entity';

export enum ApplicationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ApplicationStatus, { name: 'SalonApplicationStatus', description: 'Where an application to list a salon stands.' });

/** A signed-in person's request to list a salon; a platform administrator approves (creating it) or rejects it. */
@ObjectType({ description: 'An application to list a salon on the platform. Seen by its applicant and by platform administrators.' })
@Entity({ tableName: 'salon_applications' })
export class SalonApplication extends BaseEntity {
  @Index()
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  applicant!: User;

  @Field(() => String, { description: 'Salon name in Arabic.' })
  @Property({ type: 'string', length: 200 })
  nameAr!: string;

  @Field(() => String, { description: 'Salon name in English.' })
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => City, { description: 'City.' })
  @Enum({ items: () => City })
  city!: City;

  @Field(() => String, { description: 'District or neighbourhood.' })
  @Property({ type: 'string', length: 120 })
  district!: string;

  @Field(() => Float, { description: 'Latitude in degrees.' })
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees.' })
  @Property({ type: 'double' })
  longitude!: number;

  @Field(() => String, { description: 'Commercial registration number: 10 digits.' })
  @Property({ type: 'string', length: 10 })
  commercialRegistrationNumber!: string;

  @Field(() => String, { description: 'VAT registration number: 15 digits, starting and ending with 3.' })
  @Property({ type: 'string', length: 15 })
  vatNumber!: string;

  @Field(() => Clientele, { description: 'Ladies, gents or both.' })
  @Enum({ items: () => Clientele })
  clientele!: Clientele;

  @Field(() => ApplicationStatus, { description: 'Pending, approved or rejected.' })
  @Enum({ items: () => ApplicationStatus, default: ApplicationStatus.PENDING })
  status: ApplicationStatus & Opt = ApplicationStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a platform administrator decided.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  decidedBy?: User | null;

  @ManyToOne(() => Salon, { nullable: true, deleteRule: 'set null' })
  salon?: Salon | null;
}

/** A platform administrator: decides applications and suspends salons. Granted only by the command line. */
@Entity({ tableName: 'platform_admins' })
export class PlatformAdmin extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'restrict', unique: true })
  user!: User;
}
