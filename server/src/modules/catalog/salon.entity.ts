import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { DateTimeScalar } from '../../graphql/scalars';
import { User } from '../accounts/user.entity';

export enum City {
  RIYADH = 'RIYADH',
  JEDDAH = 'JEDDAH',
  DAMMAM = 'DAMMAM',
  MAKKAH = 'MAKKAH',
  MADINAH = 'MADINAH',
  KHOBAR = 'KHOBAR',
}
registerEnumType(City, { name: 'City', description: 'A city the platform serves.' });

export enum PaymentCapture {
  AUTOMATIC = 'AUTOMATIC',
  MANUAL = 'MANUAL',
}
registerEnumType(PaymentCapture, {
  name: 'PaymentCapture',
  description: 'Whether online payments are charged at once (AUTOMATIC) or authorised and captured later (MANUAL).',
});

export enum Clientele {
  LADIES = 'LADIES',
  GENTS = 'GENTS',
  BOTH = 'BOTH',
}
registerEnumType(Clientele, { name: 'Clientele', description: 'Who a salon serves: ladies, gents or both.' });

@ObjectType({ description: 'A salon that customers can book.' })
@Entity({ tableName: 'salons' })
export class Salon extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  owner!: User;

  @Field(() => String, { description: 'Name in Arabic.' })
  @Property({ type: 'string', length: 200 })
  nameAr!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => String, { description: 'Description in Arabic.' })
  @Property({ type: 'text', default: '' })
  descriptionAr: string & Opt = '';

  @Field(() => String, { description: 'Description in English.' })
  @Property({ type: 'text', default: '' })
  descriptionEn: string & Opt = '';

  @Field(() => City, { description: 'City the salon is in.' })
  @Enum({ items: () => City })
  city!: City;

  /** As the salon writes it (Arabic first); `district` in GraphQL is the reader's language's. */
  @Field(() => String, { name: 'districtAr', description: 'District or neighbourhood, in Arabic.' })
  @Property({ type: 'string', length: 120, default: '' })
  district: string & Opt = '';

  @Field(() => String, { description: 'District in English; empty when it is the same as the Arabic.' })
  @Property({ type: 'string', length: 120, default: '' })
  districtEn: string & Opt = '';

  @Field(() => String, { description: 'Street address.' })
  @Property({ type: 'string', length: 300, default: '' })
  address: string & Opt = '';

  @Field(() => Float, { nullable: true, description: 'Latitude in degrees.' })
  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude in degrees.' })
  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Field(() => String, { description: 'Contact phone number in E.164.' })
  @Property({ type: 'string', length: 16, default: '' })
  phone: string & Opt = '';

  @Field(() => String, { description: 'IANA time zone the salon keeps its hours in.' })
  @Property({ type: 'string', length: 64, default: 'Asia/Riyadh' })
  timeZone: string & Opt = 'Asia/Riyadh';

  @Field(() => Boolean, { description: 'Whether the salon takes bookings.' })
  @Property({ type: 'boolean', default: true })
  isActive: boolean & Opt = true;

  /** Set by a platform administrator (people module); a suspended salon is also inactive, so it vanishes and books nothing. */
  @Field(() => DateTimeScalar, { nullable: true, description: 'When a platform administrator suspended the salon; null when it is not suspended. For its managers and platform administrators.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  suspendedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was suspended. For its managers and platform administrators.' })
  @Property({ type: 'text', nullable: true })
  suspensionReason?: string | null;

  @Field(() => Int, { description: 'How many minutes ahead a booking must start at the earliest.' })
  @Property({ type: 'integer', default: 60 })
  minimumNoticeMinutes: number & Opt = 60;

  @Field(() => Int, { description: 'How many days ahead customers may book.' })
  @Property({ type: 'integer', default: 60 })
  bookingHorizonDays: number & Opt = 60;

  @Field(() => Int, { description: 'Customers may cancel or reschedule until this many hours before the start.' })
  @Property({ type: 'integer', default: 2 })
  cancellationCutoffHours: number & Opt = 2;

  @Field(() => Boolean, { description: 'Whether a booking must be paid online to be confirmed.' })
  @Property({ type: 'boolean', default: false })
  requiresPrepayment: boolean & Opt = false;

  @Field(() => Boolean, { description: 'Whether bookings without prepayment are confirmed at once.' })
  @Property({ type: 'boolean', default: true })
  autoConfirm: boolean & Opt = true;

  @Field(() => PaymentCapture, { description: 'How online payments are charged.' })
  @Enum({ items: () => PaymentCapture, default: PaymentCapture.AUTOMATIC })
  paymentCapture: PaymentCapture & Opt = PaymentCapture.AUTOMATIC;

  @Field(() => Clientele, { description: 'Who the salon serves.' })
  @Enum({ items: () => Clientele, default: Clientele.BOTH })
  clientele: Clientele & Opt = Clientele.BOTH;

  @Field(() => Int, { nullable: true, description: 'How far from the salon, in km, its stylists come to the customer; null when they do not.' })
  @Property({ type: 'smallint', nullable: true })
  homeServiceRadiusKm?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes a stylist needs to reach the customer, set aside around a home visit; null without home service.' })
  @Property({ type: 'smallint', nullable: true })
  homeServiceTravelMinutes?: number | null;

  @Field(() => Float, { description: 'Average review rating, 0 when there are no reviews.' })
  @Property({ type: 'decimal', precision: 3, scale: 2, default: 0, runtimeType: 'number' })
  ratingAverage: number & Opt = 0;

  @Field(() => Int, { description: 'Number of reviews.' })
  @Property({ type: 'integer', default: 0 })
  reviewCount: number & Opt = 0;
}
