import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { normalizePhoneNumber } from '../accounts/phone';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { requireText } from '../catalog/manage-catalog';
import type { AuditOrigin } from '../audit/audit-log';
import { InvitationStatus, SalonInvitation } from './invitation.entity';
import { SalonMembership } from './membership.entity';
import { RoleEventAction } from './role-event.entity';
import { recordRoleEvent, syncAccountRole } from './role-events';
import { SalonRole, type MembershipRole } from './roles';
import './people.messages';

const invalid = (field: string[], key: string) => new BusinessError(UserErrorCode.INVALID_INPUT, key, field);
/** A salon always keeps a manager (ADR 0011): demoting or removing the last one has its own code, so screens can say why. */
const lastManager = (field: string[]) => new BusinessError(UserErrorCode.LAST_MANAGER, 'people.lastManager', field);
const closedInvitation = () => new BusinessError(UserErrorCode.NOT_FOUND, 'people.invitationNotFound', ['input', 'invitationId']);

/**
 * Serialises every change to one salon's team until the transaction ends, so two managers demoting each other at
 * once cannot leave the salon with none, and one number is never invited twice.
 */
export async function lockTeam(tx: EntityManager, salonId: string): Promise<void> {
  await execute(tx, 'select pg_advisory_xact_lock(hashtext(?))', [`team:${salonId}`]);
}

async function managerCount(tx: EntityManager, salonId: string): Promise<number> {
  return tx.count(SalonMembership, { salon: salonId, role: SalonRole.MANAGER });
}

export interface InviteInput {
  salonId: string;
  phoneNumber: string;
  role: SalonRole;
  displayName: string;
}

/**
 * Invites a phone number (normalised like sign-in) to a role at the salon. Nothing changes for that person until
 * they sign in with that number and accept.
 */
export async function inviteToSalon(em: EntityManager, origin: AuditOrigin, input: InviteInput): Promise<SalonInvitation> {
  const phoneNumber = normalizePhoneNumber(input.phoneNumber);
  if (!phoneNumber) throw new BusinessError(UserErrorCode.INVALID_PHONE_NUMBER, 'accounts.invalidPhone', ['input', 'phoneNumber']);
  requireText(input.displayName ?? '', 'displayName', 150);
  return em.transactional(async (tx) => {
    await lockTeam(tx, input.salonId);
    const salon = await tx.findOneOrFail(Salon, { id: input.salonId });
    if (await tx.count(SalonInvitation, { salon, phoneNumber, status: InvitationStatus.PENDING })) throw invalid(['input', 'phoneNumber'], 'people.alreadyInvited');
    const user = await tx.findOne(User, { phoneNumber });
    if (user && (await currentRoles(tx, salon.id, user.id)).includes(input.role)) throw invalid(['input', 'phoneNumber'], 'people.alreadyMember');
    const invitation = tx.create(SalonInvitation, { salon, phoneNumber, role: input.role, displayName: input.displayName.trim(), invitedBy: tx.getReference(User, origin.actorId!) });
    await recordRoleEvent(tx, origin, { salonId: salon.id, subjectId: user?.id, subjectPhoneNumber: phoneNumber, action: RoleEventAction.INVITED, toRole: input.role });
    return invitation;
  });
}

/** The person's roles at one salon now: their membership and whether they are an active stylist. */
async function currentRoles(tx: EntityManager, salonId: string, userId: string): Promise<SalonRole[]> {
  const membership = await tx.findOne(SalonMembership, { salon: salonId, user: userId });
  const stylist = await tx.count(StaffMember, { salon: salonId, user: userId, isActive: true });
  return [...(membership ? [membership.role] : []), ...(stylist ? [SalonRole.STYLIST] : [])];
}

/** Invitations waiting for the signed-in person: those addressed to the phone number they proved. */
export async function pendingInvitationsFor(em: EntityManager, userId: string): Promise<SalonInvitation[]> {
  const user = await em.findOneOrFail(User, { id: userId });
  return em.find(SalonInvitation, { phoneNumber: user.phoneNumber, status: InvitationStatus.PENDING }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** The invitation, locked, when it is pending and addressed to this person's phone; anything else looks closed. */
async function lockInvitationFor(tx: EntityManager, userId: string, invitationId: string): Promise<{ invitation: SalonInvitation; user: User }> {
  if (!isUuid(invitationId)) throw closedInvitation();
  const user = await tx.findOneOrFail(User, { id: userId });
  const invitation = await tx.findOne(SalonInvitation, { id: invitationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!invitation || invitation.status !== InvitationStatus.PENDING || invitation.phoneNumber !== user.phoneNumber) throw closedInvitation();
  return { invitation, user };
}

/** Accepting makes the person a manager, a receptionist (replacing the other one) or a stylist of the salon. */
export async function acceptInvitation(app: AppServices, em: EntityManager, origin: AuditOrigin, invitationId: string): Promise<SalonInvitation> {
  return em.transactional(async (tx) => {
    const { invitation, user } = await lockInvitationFor(tx, origin.actorId!, invitationId);
    const salonId = invitation.salon.id;
    await lockTeam(tx, salonId);
    if (invitation.role === SalonRole.STYLIST) {
      await joinAsStylist(tx, salonId, user, invitation.displayName);
      await recordRoleEvent(tx, origin, { salonId, subjectId: user.id, action: RoleEventAction.JOINED, toRole: SalonRole.STYLIST });
    } else {
      const membership = await tx.findOne(SalonMembership, { salon: salonId, user });
      const fromRole = membership?.role ?? null;
      if (membership) {
        if (membership.role === SalonRole.MANAGER && (await managerCount(tx, salonId)) <= 1) throw lastManager(['input', 'invitationId']);
        membership.role = invitation.role as MembershipRole;
      } else {
        tx.create(SalonMembership, { salon: tx.getReference(Salon, salonId), user, role: invitation.role as MembershipRole });
      }
      await recordRoleEvent(tx, origin, { salonId, subjectId: user.id, action: fromRole ? RoleEventAction.ROLE_CHANGED : RoleEventAction.JOINED, fromRole, toRole: invitation.role });
    }
    if (!user.firstName) user.firstName = invitation.displayName;
    invitation.status = InvitationStatus.ACCEPTED;
    invitation.respondedAt = app.now();
    await syncAccountRole(tx, user.id);
    return invitation;
  });
}

/** A stylist's bookable profile: a former one comes back with their history, a new one starts with no services. */
export async function joinAsStylist(tx: EntityManager, salonId: string, user: User, displayName: string): Promise<StaffMember> {
  const member = await tx.findOne(StaffMember, { user, salon: salonId });
  if (member?.isActive) throw invalid(['input', 'phoneNumber'], 'catalog.alreadyStaff');
  if (member) {
    member.isActive = true;
    member.displayName = displayName.trim();
    return member;
  }
  return tx.create(StaffMember, { user, salon: tx.getReference(Salon, salonId), displayName: displayName.trim() });
}

export async function declineInvitation(app: AppServices, em: EntityManager, origin: AuditOrigin, invitationId: string): Promise<SalonInvitation> {
  return em.transactional(async (tx) => {
    const { invitation, user } = await lockInvitationFor(tx, origin.actorId!, invitationId);
    invitation.status = InvitationStatus.DECLINED;
    invitation.respondedAt = app.now();
    await recordRoleEvent(tx, origin, { salonId: invitation.salon.id, subjectId: user.id, action: RoleEventAction.INVITATION_DECLINED, toRole: invitation.role });
    return invitation;
  });
}

export async function revokeInvitation(app: AppServices, em: EntityManager, origin: AuditOrigin, invitationId: string): Promise<SalonInvitation> {
  return em.transactional(async (tx) => {
    const invitation = await tx.findOne(SalonInvitation, { id: invitationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!invitation || invitation.status !== InvitationStatus.PENDING) throw closedInvitation();
    invitation.status = InvitationStatus.REVOKED;
    invitation.respondedAt = app.now();
    await recordRoleEvent(tx, origin, { salonId: invitation.salon.id, subjectPhoneNumber: invitation.phoneNumber, action: RoleEventAction.INVITATION_REVOKED, toRole: invitation.role });
    return invitation;
  });
}

async function lockMembership(tx: EntityManager, salonId: string, userId: string): Promise<SalonMembership> {
  await lockTeam(tx, salonId);
  const membership = isUuid(userId) ? await tx.findOne(SalonMembership, { salon: salonId, user: userId }) : null;
  if (!membership) throw new BusinessError(UserErrorCode.NOT_FOUND, 'people.memberNotFound', ['input', 'userId']);
  return membership;
}

/** Makes a manager a receptionist or the other way round; the last manager stays one. */
export async function changeMemberRole(em: EntityManager, origin: AuditOrigin, input: { salonId: string; userId: string; role: SalonRole }): Promise<SalonMembership> {
  if (input.role === SalonRole.STYLIST) throw invalid(['input', 'role'], 'people.notMembershipRole');
  return em.transactional(async (tx) => {
    const membership = await lockMembership(tx, input.salonId, input.userId);
    const fromRole = membership.role;
    if (fromRole === input.role) return membership;
    if (fromRole === SalonRole.MANAGER && (await managerCount(tx, input.salonId)) <= 1) throw lastManager(['input', 'role']);
    membership.role = input.role as MembershipRole;
    await recordRoleEvent(tx, origin, { salonId: input.salonId, subjectId: input.userId, action: RoleEventAction.ROLE_CHANGED, fromRole, toRole: input.role });
    await syncAccountRole(tx, input.userId);
    return membership;
  });
}

/** Takes a manager or receptionist off the team (a stylist profile, if any, is deactivated separately). */
export async function removeMember(em: EntityManager, origin: AuditOrigin, input: { salonId: string; userId: string }): Promise<void> {
  await em.transactional(async (tx) => {
    const membership = await lockMembership(tx, input.salonId, input.userId);
    if (membership.role === SalonRole.MANAGER && (await managerCount(tx, input.salonId)) <= 1) throw lastManager(['input', 'userId']);
    await recordRoleEvent(tx, origin, { salonId: input.salonId, subjectId: input.userId, action: RoleEventAction.REMOVED, fromRole: membership.role });
    tx.remove(membership);
    await syncAccountRole(tx, input.userId);
  });
}
