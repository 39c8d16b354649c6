import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { DateTimeScalar } from '../../graphql/scalars';
import { Booking } from '../bookings/booking.entity';
import { Salon } from '../catalog/salon.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { StaffMemberPayload } from '../catalog/manage.types';
import { InvitationStatus } from './invitation.entity';
import { RoleEventAction } from './role-event.entity';
import { SalonRole } from './roles';

const errorsField = (codes: string) => Field(() => [UserError], { description: `Why nothing changed: ${codes}.` });

@ObjectType('SalonInvitation', { description: 'An invitation to join a salon, addressed to a phone number. Seen by the salon\'s managers and by whoever signs in with that number.' })
export class SalonInvitationView {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => DateTimeScalar, { description: 'When it was sent.' }) createdAt!: Date;
  salon!: { id: string };
  @Field(() => String, { description: 'The invited mobile number, E.164.' }) phoneNumber!: string;
  @Field(() => SalonRole, { description: 'The role offered.' }) role!: SalonRole;
  @Field(() => String, { description: 'Name the team (and, for a stylist, customers) will see.' }) displayName!: string;
  @Field(() => InvitationStatus, { description: 'Pending, accepted, declined or revoked.' }) status!: InvitationStatus;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was accepted, declined or revoked.' }) respondedAt?: Date | null;
  invitedBy?: { id: string } | null;
}

@ObjectType({ description: 'A manager or receptionist of a salon.' })
export class SalonMember {
  user!: { id: string };
  @Field(() => String, { description: 'Their mobile number, E.164, for the salon\'s managers.' }) phoneNumber!: string;
  @Field(() => SalonRole, { description: 'MANAGER or RECEPTIONIST.' }) role!: SalonRole;
  @Field(() => DateTimeScalar, { description: 'When they took this role.' }) since!: Date;
}

@ObjectType('RoleEvent', { description: 'One entry of the audit trail of roles: who changed whose role, how and when.' })
export class RoleEventView {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => DateTimeScalar, { description: 'When it happened.' }) createdAt!: Date;
  @Field(() => RoleEventAction, { description: 'What happened.' }) action!: RoleEventAction;
  @Field(() => String, { nullable: true, description: 'The role before (a SalonRole, or PLATFORM_ADMIN).' }) fromRole?: string | null;
  @Field(() => String, { nullable: true, description: 'The role after, or the role offered by an invitation.' }) toRole?: string | null;
  @Field(() => String, { description: 'Why, when a reason was given.' }) reason!: string;
  subject?: { id: string } | null;
  @Field(() => String, { nullable: true, description: 'The invited number, for invitations.' }) subjectPhoneNumber?: string | null;
  actor?: { id: string } | null;
}

@ObjectType({ description: "A salon's team as its managers see it." })
export class SalonTeam {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => [SalonMember], { description: 'Managers and receptionists.' }) members!: SalonMember[];
  @Field(() => [StaffMember], { description: 'Stylists, active and deactivated.' }) stylists!: StaffMember[];
  @Field(() => [SalonInvitationView], { description: 'Invitations not answered yet.' }) invitations!: SalonInvitationView[];
  @Field(() => [Booking], { description: 'Upcoming bookings (pending or confirmed) of deactivated stylists: to move to someone else or cancel with notice.' }) bookingsToHandle!: Booking[];
  @Field(() => [RoleEventView], { description: 'The 50 latest changes of roles, newest first.' }) events!: RoleEventView[];
}

@ObjectType({ description: 'A salon where the signed-in person has a role.' })
export class Workplace {
  @Field(() => Salon, { description: 'The salon.' }) salon!: Salon;
  @Field(() => [SalonRole], { description: 'Their roles there (a manager may also be a stylist).' }) roles!: SalonRole[];
  @Field(() => StaffMember, { nullable: true, description: 'Their stylist profile there, when they are one.' }) staffMember?: StaffMember | null;
}

@InputType({ description: 'Invite a phone number to a role at a salon.' })
export class InviteToSalonInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => String, { description: 'Their mobile number, in any form sign-in accepts.' }) phoneNumber!: string;
  @Field(() => SalonRole, { description: 'The role offered.' }) role!: SalonRole;
  @Field(() => String, { description: 'Name the team (and, for a stylist, customers) will see.' }) displayName!: string;
}

@ObjectType({ description: 'Result of inviteToSalon.' })
export class InviteToSalonPayload {
  @Field(() => SalonInvitationView, { nullable: true, description: 'The invitation.' }) invitation?: SalonInvitationView | null;
  @errorsField('INVALID_INPUT, INVALID_PHONE_NUMBER') errors!: UserError[];
}

@InputType({ description: 'Answer or withdraw an invitation.' })
export class SalonInvitationInput {
  @Field(() => ID, { description: 'The invitation.' }) invitationId!: string;
}

@ObjectType({ description: 'Result of acceptSalonInvitation, declineSalonInvitation or revokeSalonInvitation.' })
export class SalonInvitationPayload {
  @Field(() => SalonInvitationView, { nullable: true, description: 'The invitation after the answer.' }) invitation?: SalonInvitationView | null;
  @errorsField('NOT_FOUND (no longer pending), LAST_MANAGER (accepting would demote the only manager), INVALID_INPUT') errors!: UserError[];
}
@ObjectType({ description: 'Result of acceptSalonInvitation.' }) export class AcceptSalonInvitationPayload extends SalonInvitationPayload {}
@ObjectType({ description: 'Result of declineSalonInvitation.' }) export class DeclineSalonInvitationPayload extends SalonInvitationPayload {}
@ObjectType({ description: 'Result of revokeSalonInvitation.' }) export class RevokeSalonInvitationPayload extends SalonInvitationPayload {}

@InputType({ description: "Change a manager's or receptionist's role." })
export class ChangeSalonMemberRoleInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => ID, { description: 'The person.' }) userId!: string;
  @Field(() => SalonRole, { description: 'MANAGER or RECEPTIONIST.' }) role!: SalonRole;
}

@ObjectType({ description: 'Result of changeSalonMemberRole.' })
export class ChangeSalonMemberRolePayload {
  @Field(() => SalonMember, { nullable: true, description: 'The member after the change.' }) member?: SalonMember | null;
  @errorsField('NOT_FOUND, LAST_MANAGER (the salon\'s only manager), INVALID_INPUT') errors!: UserError[];
}

@InputType({ description: 'Take a manager or receptionist off the team.' })
export class RemoveSalonMemberInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => ID, { description: 'The person.' }) userId!: string;
}

@ObjectType({ description: 'Result of removeSalonMember.' })
export class RemoveSalonMemberPayload {
  @Field(() => ID, { nullable: true, description: 'Who was removed.' }) removedUserId?: string | null;
  @errorsField('NOT_FOUND, LAST_MANAGER (the salon\'s only manager), INVALID_INPUT') errors!: UserError[];
}

@ObjectType({ description: 'Result of deactivateStaffMember.' })
export class DeactivateStaffMemberPayload extends StaffMemberPayload {
  @Field(() => [Booking], { description: 'Their upcoming bookings, still theirs: move each to another stylist or cancel it with notice.' }) bookingsToHandle!: Booking[];
}
