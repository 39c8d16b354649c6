import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum OtpChannel {
  SMS = 'SMS',
  WHATSAPP = 'WHATSAPP',
}
registerEnumType(OtpChannel, { name: 'OtpChannel', description: 'How a one-time code is delivered.' });

export enum OtpPurpose {
  AUTH = 'AUTH',
  VERIFY = 'VERIFY',
  /** Confirms deleting one's own account (modules/privacy). */
  DELETE = 'DELETE',
}

/** One one-time code sent to a phone. Only a hash of the code is kept; limits count these rows. */
@Entity({ tableName: 'phone_otps' })
@Index({ properties: ['phoneNumber', 'createdAt'] })
@Index({ properties: ['requestIp', 'createdAt'] })
@Index({ properties: ['deviceSignal', 'createdAt'] })
export class PhoneOtp {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 16 })
  phoneNumber!: string;

  @Enum({ items: () => OtpChannel })
  channel!: OtpChannel;

  @Enum({ items: () => OtpPurpose })
  purpose!: OtpPurpose;

  @Property({ type: 'string', length: 32 })
  provider!: string;

  @Property({ type: 'string', length: 128 })
  codeHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  verifiedAt?: Date | null;

  @Property({ type: 'smallint', default: 0 })
  attemptCount: number & Opt = 0;

  @Property({ type: 'smallint', default: 5 })
  maxAttempts: number & Opt = 5;

  @Property({ type: 'string', length: 45, nullable: true })
  requestIp?: string | null;

  @Property({ type: 'string', length: 64, default: '' })
  deviceSignal: string & Opt = '';

  /** Set when the provider refused or failed to take the code: it was never sent and can never be used. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveryFailedAt?: Date | null;
}
