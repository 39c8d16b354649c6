import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { StaffMember } from './staff-member.entity';
import * as manage from './manage-catalog';
import {
  AddSalonClosureInput, AddSalonClosurePayload, AddTimeOffInput, AddTimeOffPayload,
  ArchiveServiceInput, ArchiveServicePayload, CreateServiceInput, CreateServicePayload, RemoveSalonClosureInput, RemoveSalonClosurePayload, RemoveTimeOffInput, RemoveTimeOffPayload,
  UpdateSalonInput, UpdateSalonPayload, UpdateServiceInput, UpdateServicePayload,
  UpdateStaffMemberInput, UpdateStaffMemberPayload,
} from './manage.types';

const desc = (what: string) => ({ description: what });

/** Managers describe their salon; staff manage their own time off. Permission rules sit in catalog.permissions.ts. */
@Resolver()
export class ManageCatalogResolver {
  @Query(() => [StaffMember], desc('Where the signed-in person works as staff.'))
  myStaffProfiles(@Ctx() ctx: AppContext): Promise<StaffMember[]> {
    return ctx.em.find(StaffMember, { user: ctx.viewer!.userId, isActive: true });
  }

  @Mutation(() => UpdateSalonPayload, desc("Change a salon's profile and booking settings."))
  updateSalon(@Ctx() ctx: AppContext, @Arg('input', () => UpdateSalonInput, desc('What to change.')) { salonId, ...changes }: UpdateSalonInput) {
    return toPayload(ctx.locale, async () => ({ salon: await manage.updateSalon(ctx.em, salonId, changes) }));
  }

  @Mutation(() => CreateServicePayload, desc('Add a service to the catalogue.'))
  createService(@Ctx() ctx: AppContext, @Arg('input', () => CreateServiceInput, desc('The service.')) { salonId, staffIds, ...fields }: CreateServiceInput) {
    return toPayload(ctx.locale, async () => ({ service: await manage.createService(ctx.em, salonId, fields, staffIds ?? []) }));
  }

  @Mutation(() => UpdateServicePayload, desc('Change a service.'))
  updateService(@Ctx() ctx: AppContext, @Arg('input', () => UpdateServiceInput, desc('What to change.')) { serviceId, ...fields }: UpdateServiceInput) {
    return toPayload(ctx.locale, async () => ({ service: await manage.updateService(ctx.em, serviceId, fields) }));
  }

  @Mutation(() => ArchiveServicePayload, desc('Take a service off the catalogue.'))
  archiveService(@Ctx() ctx: AppContext, @Arg('input', () => ArchiveServiceInput, desc('The service.')) input: ArchiveServiceInput) {
    return toPayload(ctx.locale, async () => ({ service: await manage.archiveService(ctx.em, input.serviceId) }));
  }

  @Mutation(() => UpdateStaffMemberPayload, desc('Change a staff member.'))
  updateStaffMember(@Ctx() ctx: AppContext, @Arg('input', () => UpdateStaffMemberInput, desc('What to change.')) { staffMemberId, ...input }: UpdateStaffMemberInput) {
    return toPayload(ctx.locale, async () => ({ staffMember: await manage.updateStaffMember(ctx.em, staffMemberId, input) }));
  }

  @Mutation(() => AddTimeOffPayload, desc('Block time for a staff member.'))
  addTimeOff(@Ctx() ctx: AppContext, @Arg('input', () => AddTimeOffInput, desc('When.')) { staffMemberId, ...input }: AddTimeOffInput) {
    return toPayload(ctx.locale, async () => ({ timeOff: await manage.addTimeOff(ctx.em, staffMemberId, input) }));
  }

  @Mutation(() => RemoveTimeOffPayload, desc('Remove an absence.'))
  removeTimeOff(@Ctx() ctx: AppContext, @Arg('input', () => RemoveTimeOffInput, desc('Which.')) input: RemoveTimeOffInput) {
    return toPayload(ctx.locale, async () => {
      await manage.removeTimeOff(ctx.em, input.timeOffId);
      return { removedTimeOffId: input.timeOffId };
    });
  }

  @Mutation(() => AddSalonClosurePayload, desc('Close the salon for some days.'))
  addSalonClosure(@Ctx() ctx: AppContext, @Arg('input', () => AddSalonClosureInput, desc('When.')) { salonId, ...input }: AddSalonClosureInput) {
    return toPayload(ctx.locale, async () => ({ closure: await manage.addSalonClosure(ctx.em, salonId, input) }));
  }

  @Mutation(() => RemoveSalonClosurePayload, desc('Reopen closed days.'))
  removeSalonClosure(@Ctx() ctx: AppContext, @Arg('input', () => RemoveSalonClosureInput, desc('Which.')) input: RemoveSalonClosureInput) {
    return toPayload(ctx.locale, async () => {
      await manage.removeSalonClosure(ctx.em, input.closureId);
      return { removedClosureId: input.closureId };
    });
  }
}
