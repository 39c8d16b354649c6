import { Entity, Enum, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';

export enum UserRole {
  CUSTOMER = 'CUSTOMER',
  STAFF = 'STAFF',
  MANAGER = 'MANAGER',
}
registerEnumType(UserRole, { name: 'UserRole', description: 'What a person does on the platform.' });

export enum Language {
  AR = 'AR',
  EN = 'EN',
}
registerEnumType(Language, { name: 'Language', description: 'A language the platform speaks.' });

export enum MessageChannel {
  SMS = 'SMS',
  WHATSAPP = 'WHATSAPP',
}
registerEnumType(MessageChannel, { name: 'MessageChannel', description: 'How booking messages reach a person: by SMS or over WhatsApp.' });

@ObjectType({ description: 'A person who signs in with their phone: a customer, a staff member or a manager.' })
@Entity({ tableName: 'users' })
export class User extends BaseEntity {
  @Field(() => String, { description: 'Mobile number in E.164 form (+9665…). Visible to the person and to their salon.' })
  @Property({ type: 'string', length: 16, unique: true })
  phoneNumber!: string;

  @Field(() => String, { nullable: true, description: 'Optional e-mail address, unique ignoring case.' })
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Field(() => String, { description: 'Given name; may be empty.' })
  @Property({ type: 'string', length: 150, default: '' })
  firstName: string & Opt = '';

  @Field(() => String, { description: 'Family name; may be empty.' })
  @Property({ type: 'string', length: 150, default: '' })
  lastName: string & Opt = '';

  /** Kept in step with the person's salon roles (people/role-events.ts syncAccountRole); permissions never read it. */
  @Field(() => UserRole, {
    description: 'MANAGER when the person manages a salon, STAFF when they work at one, else CUSTOMER.',
    deprecationReason: 'Roles are per salon: read myWorkplaces (and myInvitations).',
  })
  @Enum({ items: () => UserRole, default: UserRole.CUSTOMER })
  role: UserRole & Opt = UserRole.CUSTOMER;

  @Field(() => Language, { description: 'Language for messages and notifications.' })
  @Enum({ items: () => Language, default: Language.AR })
  preferredLanguage: Language & Opt = Language.AR;

  /** Null: the platform's default (NOTIFICATION_CHANNEL). Booking messages cannot be turned off, only routed. */
  @Field(() => MessageChannel, { nullable: true, description: 'How booking messages should reach you; null for the platform default. SMS stands in when WhatsApp fails or is not delivered in time.' })
  @Enum({ items: () => MessageChannel, nullable: true })
  preferredChannel?: MessageChannel | null;

  @Field(() => Boolean, { description: 'Whether the phone number was proven with a one-time code.' })
  @Property({ type: 'boolean', default: false })
  isPhoneVerified: boolean & Opt = false;

  /** When the person deleted their account: every personal field was erased then (modules/privacy). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deletedAt?: Date | null;
}
