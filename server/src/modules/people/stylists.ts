import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { lockAccountOf } from '../accounts/account-lock';
import type { AuditOrigin } from '../audit/audit-log';
import { normalizePhoneNumber } from '../accounts/phone';
import { User } from '../accounts/user.entity';
import { assignServices, requireText } from '../catalog/manage-catalog';
import { StaffMember } from '../catalog/staff-member.entity';
import type { Booking } from '../bookings/booking.entity';
import { RoleEventAction } from './role-event.entity';
import { recordRoleEvent, syncAccountRole } from './role-events';
import { SalonRole } from './roles';
import { joinAsStylist, lockTeam } from './team';
import { bookingsToHandle } from './team-read';

/**
 * Adds a stylist by phone number at once, without an invitation (kept for existing clients; inviteToSalon is the
 * way people join now): an existing account is linked, a new number gets an account its owner claims by signing in.
 */
export async function addStaffMember(em: EntityManager, origin: AuditOrigin, salonId: string, input: { phoneNumber: string; displayName: string; bio?: string | null; serviceIds?: string[] | null }): Promise<StaffMember> {
  const phoneNumber = normalizePhoneNumber(input.phoneNumber);
  if (!phoneNumber) throw new BusinessError(UserErrorCode.INVALID_PHONE_NUMBER, 'accounts.invalidPhone', ['input', 'phoneNumber']);
  requireText(input.displayName, 'displayName', 150);
  return em.transactional(async (tx) => {
    await lockAccountOf(tx, phoneNumber);
    await lockTeam(tx, salonId);
    const user = (await tx.findOne(User, { phoneNumber })) ?? tx.create(User, { phoneNumber, firstName: input.displayName.trim() });
    const member = await joinAsStylist(tx, salonId, user, input.displayName);
    if (input.bio != null) member.bio = input.bio.trim();
    if (input.serviceIds) await assignServices(tx, member, input.serviceIds);
    await recordRoleEvent(tx, origin, { salonId, subjectId: user.id, action: RoleEventAction.STYLIST_ADDED, toRole: SalonRole.STYLIST });
    await syncAccountRole(tx, user.id);
    return member;
  });
}

/**
 * Stops new bookings with this stylist (no slots, no front-desk bookings). Their upcoming bookings are not touched:
 * they are returned, and stay listed on the team page, until the manager moves or cancels each one.
 */
export async function deactivateStaffMember(app: AppServices, em: EntityManager, origin: AuditOrigin, staffMemberId: string): Promise<{ staffMember: StaffMember; bookingsToHandle: Booking[] }> {
  const staffMember = await em.transactional(async (tx) => {
    const member = await tx.findOneOrFail(StaffMember, { id: staffMemberId });
    await lockTeam(tx, member.salon.id);
    if (member.isActive) {
      member.isActive = false;
      await recordRoleEvent(tx, origin, { salonId: member.salon.id, subjectId: member.user.id, action: RoleEventAction.STYLIST_DEACTIVATED, fromRole: SalonRole.STYLIST });
      await syncAccountRole(tx, member.user.id);
    }
    return member;
  });
  return { staffMember, bookingsToHandle: (await bookingsToHandle(em, staffMember.salon.id, app.now(), staffMember.id)) as Booking[] };
}
