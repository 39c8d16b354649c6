import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { allow, fields, isAuthenticated, isManagerOf } from '../../graphql/rules';
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
  },
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
