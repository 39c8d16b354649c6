import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { User } from '../accounts/user.entity';
import { auditOrigin } from '../audit/audit-origin';
import { Salon } from '../catalog/salon.entity';
import { AddStaffMemberInput, AddStaffMemberPayload, DeactivateStaffMemberInput } from '../catalog/manage.types';
import { SalonRole } from './roles';
import * as team from './team';
import { addStaffMember, deactivateStaffMember } from './stylists';
import { salonMembers, salonTeam, workplacesOf } from './team-read';
import {
  AcceptSalonInvitationPayload, ChangeSalonMemberRoleInput, ChangeSalonMemberRolePayload, DeactivateStaffMemberPayload,
  DeclineSalonInvitationPayload, InviteToSalonInput, InviteToSalonPayload, RemoveSalonMemberInput, RemoveSalonMemberPayload,
  RevokeSalonInvitationPayload, RoleEventView, SalonInvitationInput, SalonInvitationView, SalonMember, SalonTeam, Workplace,
} from './people.types';

const desc = (what: string) => ({ description: what });
const user = (ctx: AppContext, id: string | undefined | null) => (id ? ctx.loaders.accounts.userById.load(id) : null);

/** Who runs a salon: memberships, invitations, the stylists' lifecycle. Permission rules sit in people.permissions.ts. */
@Resolver()
export class PeopleResolver {
  @Query(() => [Salon], desc('Salons the signed-in person manages (empty for everyone else; myWorkplaces lists every role).'))
  async mySalons(@Ctx() ctx: AppContext): Promise<Salon[]> {
    return (await workplacesOf(ctx.em, ctx.viewer!.userId)).filter((w) => w.roles.includes(SalonRole.MANAGER)).map((w) => w.salon);
  }

  @Query(() => [Workplace], desc('Salons where the signed-in person manages, keeps the front desk or is a stylist, with their roles there.'))
  myWorkplaces(@Ctx() ctx: AppContext): Promise<Workplace[]> {
    return workplacesOf(ctx.em, ctx.viewer!.userId);
  }

  @Query(() => [SalonInvitationView], desc('Invitations to join a salon waiting for the signed-in person (sent to the number they signed in with).'))
  myInvitations(@Ctx() ctx: AppContext): Promise<SalonInvitationView[]> {
    return team.pendingInvitationsFor(ctx.em, ctx.viewer!.userId);
  }

  @Query(() => SalonTeam, desc("A salon's team, invitations, the bookings left by deactivated stylists and the audit trail of roles (its managers)."))
  salonTeam(@Ctx() ctx: AppContext, @Arg('salonId', () => ID, desc('The salon.')) salonId: string): Promise<SalonTeam> {
    return salonTeam(ctx.em, salonId, ctx.app.now());
  }

  @Mutation(() => InviteToSalonPayload, desc('Invite a phone number to be a manager, receptionist or stylist; they accept after signing in.'))
  inviteToSalon(@Ctx() ctx: AppContext, @Arg('input', () => InviteToSalonInput, desc('Who and as what.')) input: InviteToSalonInput) {
    return toPayload(ctx.locale, async () => ({ invitation: await team.inviteToSalon(ctx.em, auditOrigin(ctx), input) }));
  }

  @Mutation(() => AcceptSalonInvitationPayload, desc('Accept an invitation sent to the signed-in number: take the role it offers.'))
  acceptSalonInvitation(@Ctx() ctx: AppContext, @Arg('input', () => SalonInvitationInput, desc('Which.')) input: SalonInvitationInput) {
    return toPayload(ctx.locale, async () => ({ invitation: await team.acceptInvitation(ctx.app, ctx.em, auditOrigin(ctx), input.invitationId) }));
  }

  @Mutation(() => DeclineSalonInvitationPayload, desc('Decline an invitation sent to the signed-in number.'))
  declineSalonInvitation(@Ctx() ctx: AppContext, @Arg('input', () => SalonInvitationInput, desc('Which.')) input: SalonInvitationInput) {
    return toPayload(ctx.locale, async () => ({ invitation: await team.declineInvitation(ctx.app, ctx.em, auditOrigin(ctx), input.invitationId) }));
  }

  @Mutation(() => RevokeSalonInvitationPayload, desc('Withdraw an invitation not answered yet (its salon\'s managers).'))
  revokeSalonInvitation(@Ctx() ctx: AppContext, @Arg('input', () => SalonInvitationInput, desc('Which.')) input: SalonInvitationInput) {
    return toPayload(ctx.locale, async () => ({ invitation: await team.revokeInvitation(ctx.app, ctx.em, auditOrigin(ctx), input.invitationId) }));
  }

  @Mutation(() => ChangeSalonMemberRolePayload, desc('Make a receptionist a manager or a manager a receptionist; a salon keeps at least one manager.'))
  changeSalonMemberRole(@Ctx() ctx: AppContext, @Arg('input', () => ChangeSalonMemberRoleInput, desc('Who and the new role.')) input: ChangeSalonMemberRoleInput) {
    return toPayload(ctx.locale, async () => {
      await team.changeMemberRole(ctx.em, auditOrigin(ctx), input);
      return { member: (await salonMembers(ctx.em, input.salonId, input.userId))[0] ?? null };
    });
  }

  @Mutation(() => RemoveSalonMemberPayload, desc('Take a manager or receptionist off the team; a salon keeps at least one manager.'))
  removeSalonMember(@Ctx() ctx: AppContext, @Arg('input', () => RemoveSalonMemberInput, desc('Who.')) input: RemoveSalonMemberInput) {
    return toPayload(ctx.locale, async () => {
      await team.removeMember(ctx.em, auditOrigin(ctx), input);
      return { removedUserId: input.userId };
    });
  }

  @Mutation(() => AddStaffMemberPayload, { description: 'Add a stylist by phone number at once.', deprecationReason: 'Use inviteToSalon with role STYLIST: the person accepts after signing in.' })
  addStaffMember(@Ctx() ctx: AppContext, @Arg('input', () => AddStaffMemberInput, desc('Who.')) { salonId, ...input }: AddStaffMemberInput) {
    return toPayload(ctx.locale, async () => ({ staffMember: await addStaffMember(ctx.em, auditOrigin(ctx), salonId, input) }));
  }

  @Mutation(() => DeactivateStaffMemberPayload, desc('Stop taking bookings for a stylist; their upcoming bookings are returned to be moved or cancelled with notice.'))
  deactivateStaffMember(@Ctx() ctx: AppContext, @Arg('input', () => DeactivateStaffMemberInput, desc('Who.')) input: DeactivateStaffMemberInput) {
    return toPayload(ctx.locale, () => deactivateStaffMember(ctx.app, ctx.em, auditOrigin(ctx), input.staffMemberId));
  }
}

@Resolver(() => SalonInvitationView)
export class SalonInvitationResolver {
  @FieldResolver(() => Salon, desc('The salon.'))
  async salon(@Root() invitation: SalonInvitationView, @Ctx() ctx: AppContext): Promise<Salon> {
    return (await ctx.loaders.catalog.salonById.load(invitation.salon.id))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The manager who sent it.' })
  invitedBy(@Root() invitation: SalonInvitationView, @Ctx() ctx: AppContext) {
    return user(ctx, invitation.invitedBy?.id);
  }
}

@Resolver(() => SalonMember)
export class SalonMemberResolver {
  @FieldResolver(() => User, desc('The person.'))
  async user(@Root() member: SalonMember, @Ctx() ctx: AppContext) {
    return (await user(ctx, member.user.id))!;
  }
}

@Resolver(() => RoleEventView)
export class RoleEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Whose role it was; null for an invitation to a number with no account.' })
  subject(@Root() event: RoleEventView, @Ctx() ctx: AppContext) {
    return user(ctx, event.subject?.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for the command line.' })
  actor(@Root() event: RoleEventView, @Ctx() ctx: AppContext) {
    return user(ctx, event.actor?.id);
  }
}
