import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';
import { SalonRole } from './roles';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus', description: 'Where an invitation to join a salon stands.' });

/**
 * An invitation to join a salon, addressed to a phone number (E.164) rather than an account: whoever proves that
 * number by signing in sees it and accepts it. One pending invitation per salon and phone (partial unique index).
 */
@Entity({ tableName: 'salon_invitations' })
export class SalonInvitation extends BaseEntity {
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @Property({ type: 'string', length: 16 })
  phoneNumber!: string;

  @Enum({ items: () => SalonRole })
  role!: SalonRole;

  /** The name customers see for a stylist; for the other roles, how the team knows them. */
  @Property({ type: 'string', length: 150 })
  displayName!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  invitedBy?: User | null;

  @Enum({ items: () => InvitationStatus, default: InvitationStatus.PENDING })
  status: InvitationStatus & Opt = InvitationStatus.PENDING;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  respondedAt?: Date | null;
}
