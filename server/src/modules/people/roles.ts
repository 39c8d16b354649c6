import { registerEnumType } from 'type-graphql';
import { UserRole } from '../accounts/user.entity';

/**
 * What a person does at one salon. Managers and receptionists are salon memberships; a stylist is an active staff
 * member (the bookable profile with services and hours), so STYLIST is never stored as a membership.
 */
export enum SalonRole {
  MANAGER = 'MANAGER',
  RECEPTIONIST = 'RECEPTIONIST',
  STYLIST = 'STYLIST',
}
registerEnumType(SalonRole, {
  name: 'SalonRole',
  description: 'A role at one salon: MANAGER runs it (money, settings, staff), RECEPTIONIST runs the front desk (bookings, calendar, customers; no money, settings or staff), STYLIST is booked.',
});

export type MembershipRole = SalonRole.MANAGER | SalonRole.RECEPTIONIST;

/**
 * The deprecated account-wide `User.role`, derived from the person's salon roles so that clients still reading it
 * see something true: MANAGER when they manage a salon, STAFF when they work at one, else CUSTOMER.
 */
export function accountRole(roles: { memberships: SalonRole[]; isStylist: boolean }): UserRole {
  if (roles.memberships.includes(SalonRole.MANAGER)) return UserRole.MANAGER;
  if (roles.memberships.length || roles.isStylist) return UserRole.STAFF;
  return UserRole.CUSTOMER;
}
