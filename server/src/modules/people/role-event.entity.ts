import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';

export enum RoleEventAction {
  INVITED = 'INVITED',
  INVITATION_REVOKED = 'INVITATION_REVOKED',
  INVITATION_DECLINED = 'INVITATION_DECLINED',
  JOINED = 'JOINED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  REMOVED = 'REMOVED',
  STYLIST_ADDED = 'STYLIST_ADDED',
  STYLIST_DEACTIVATED = 'STYLIST_DEACTIVATED',
  PLATFORM_ADMIN_GRANTED = 'PLATFORM_ADMIN_GRANTED',
  PLATFORM_ADMIN_REVOKED = 'PLATFORM_ADMIN_REVOKED',
}
registerEnumType(RoleEventAction, { name: 'RoleEventAction', description: 'What happened to someone\'s role.' });

export enum RoleEventSource {
  API = 'API',
  CLI = 'CLI',
  MIGRATION = 'MIGRATION',
}

/**
 * The audit trail of who may do what: every invitation, acceptance, role change, removal and stylist deactivation,
 * and every platform-administrator grant. Rows are only ever inserted (the personal-data audit builds on them).
 */
@Entity({ tableName: 'role_events' })
export class RoleEvent extends BaseEntity {
  @Index()
  @ManyToOne(() => Salon, { nullable: true, deleteRule: 'restrict' })
  salon?: Salon | null;

  /** Whose role changed; for an invitation to a number with no account yet, null (the phone says who). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  subject?: User | null;

  @Property({ type: 'string', length: 16, nullable: true })
  subjectPhoneNumber?: string | null;

  /** Who did it; null for the command line and the migration. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  actor?: User | null;

  @Enum({ items: () => RoleEventAction })
  action!: RoleEventAction;

  @Property({ type: 'string', length: 32, nullable: true })
  fromRole?: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  toRole?: string | null;

  @Property({ type: 'text', default: '' })
  reason: string & Opt = '';

  @Enum({ items: () => RoleEventSource, default: RoleEventSource.API })
  source: RoleEventSource & Opt = RoleEventSource.API;
}
