import { BaseEntity } from './base-entity';
import { User } from '../modules/accounts/user.entity';
import { Salon } from '../modules/catalog/salon.entity';
import { Service } from '../modules/catalog/service.entity';
import { StaffMember } from '../modules/catalog/staff-member.entity';

/** Every persisted class. Modules add theirs here. */
export const entities = [BaseEntity, User, Salon, Service, StaffMember];
