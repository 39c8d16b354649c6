import { Entity, Enum, Index, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base-entity';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';
import { SalonRole, type MembershipRole } from './roles';

/** A manager or receptionist of a salon; one role per person and salon (a manager may also be a stylist). */
@Entity({ tableName: 'salon_memberships' })
@Unique({ properties: ['salon', 'user'] })
export class SalonMembership extends BaseEntity {
  @ManyToOne(() => Salon, { deleteRule: 'cascade' })
  salon!: Salon;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  user!: User;

  @Enum({ items: () => SalonRole })
  role!: MembershipRole;
}
