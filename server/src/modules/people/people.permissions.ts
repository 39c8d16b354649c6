import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { or } from 'graphql-shield';
import { allow, fields, isAuthenticated, isManagerOf, isOwnerOf, isPlatformAdmin, perObject } from '../../graphql/rules';
import type { Salon } from '../catalog/salon.entity';
import type { User } from '../accounts/user.entity';
import { managesSalon, managesStaff } from '../catalog/catalog.permissions';
import { SalonInvitation } from './invitation.entity';

const invitationSalon = async (_: unknown, args: { input: { invitationId: string } }, ctx: AppContext) =>
  isUuid(args.input.invitationId) ? (await ctx.em.findOne(SalonInvitation, { id: args.input.invitationId }))?.salon.id : null;

/**
 * Only managers change who runs their salon; receptionists and stylists never. Invitations are answered by whoever
 * proves the invited number (the use case checks the number, so the rule only asks for a signed-in person).
 */
export const peoplePermissions = {
  Query: {
    mySalons: isAuthenticated,
    myWorkplaces: isAuthenticated,
    myInvitations: isAuthenticated,
    salonTeam: isManagerOf('salonTeam', (_: unknown, a: { salonId: string }) => a.salonId),
    myApplications: isAuthenticated,
    salonApplications: isPlatformAdmin,
    platformSalons: isPlatformAdmin,
  },
  Mutation: {
    inviteToSalon: managesSalon,
    acceptSalonInvitation: isAuthenticated,
    declineSalonInvitation: isAuthenticated,
    revokeSalonInvitation: isManagerOf('input.invitationId', invitationSalon),
    changeSalonMemberRole: managesSalon,
    removeSalonMember: managesSalon,
    addStaffMember: managesSalon,
    deactivateStaffMember: managesStaff,
    applyToListSalon: isAuthenticated,
    approveSalonApplication: isPlatformAdmin,
    rejectSalonApplication: isPlatformAdmin,
    suspendSalon: isPlatformAdmin,
    reinstateSalon: isPlatformAdmin,
  },
  // Why a salon is suspended is for its managers and the administrators, not the public.
  Salon: fields(['suspendedAt', 'suspensionReason'], perObject(or(isManagerOf('salon.suspension', (salon: Salon) => salon.id), isPlatformAdmin))),
  User: { isPlatformAdmin: isOwnerOf('user.isPlatformAdmin', (user: User) => user.id) },
  // Reached only through the applicant's own list, the administrators' queue and their payloads.
  SalonApplication: fields(['id', 'createdAt', 'nameAr', 'nameEn', 'city', 'district', 'latitude', 'longitude', 'commercialRegistrationNumber', 'vatNumber',
    'clientele', 'status', 'rejectionReason', 'decidedAt', 'applicant', 'salon'], allow),
  SalonApplicationConnection: fields(['edges', 'pageInfo'], allow),
  SalonApplicationEdge: fields(['cursor', 'node'], allow),
  PlatformSalonConnection: fields(['edges', 'pageInfo'], allow),
  PlatformSalonEdge: fields(['cursor', 'node'], allow),
  ...Object.fromEntries(['ApplyToListSalonPayload', 'ApproveSalonApplicationPayload', 'RejectSalonApplicationPayload'].map((t) => [t, fields(['application', 'errors'], allow)])),
  ...Object.fromEntries(['SuspendSalonPayload', 'ReinstateSalonPayload'].map((t) => [t, fields(['salon', 'errors'], allow)])),
  // Reached only through the guarded roots above (the invitee's own list, a manager's team) and their payloads.
  SalonInvitation: fields(['id', 'createdAt', 'salon', 'phoneNumber', 'role', 'displayName', 'status', 'respondedAt', 'invitedBy'], allow),
  SalonMember: fields(['user', 'phoneNumber', 'role', 'since'], allow),
  RoleEvent: fields(['id', 'createdAt', 'action', 'fromRole', 'toRole', 'reason', 'subject', 'subjectPhoneNumber', 'actor'], allow),
  SalonTeam: fields(['salonId', 'members', 'stylists', 'invitations', 'bookingsToHandle', 'events'], allow),
  Workplace: fields(['salon', 'roles', 'staffMember'], allow),
  InviteToSalonPayload: fields(['invitation', 'errors'], allow),
  ...Object.fromEntries(['AcceptSalonInvitationPayload', 'DeclineSalonInvitationPayload', 'RevokeSalonInvitationPayload'].map((t) => [t, fields(['invitation', 'errors'], allow)])),
  ChangeSalonMemberRolePayload: fields(['member', 'errors'], allow),
  RemoveSalonMemberPayload: fields(['removedUserId', 'errors'], allow),
  AddStaffMemberPayload: fields(['staffMember', 'errors'], allow),
  // The bookings keep their own per-field rules (the manager reaches them as the salon's manager).
  DeactivateStaffMemberPayload: fields(['staffMember', 'bookingsToHandle', 'errors'], allow),
};
