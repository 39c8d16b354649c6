import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { pageSize, type ConnectionShape } from '../../graphql/relay';
import { User } from '../accounts/user.entity';
import { auditOrigin } from '../audit/audit-origin';
import { Salon } from '../catalog/salon.entity';
import { ApplicationStatus, SalonApplication } from './application.entity';
import * as platform from './platform';
import {
  ApplyToListSalonInput, ApplyToListSalonPayload, ApproveSalonApplicationInput, ApproveSalonApplicationPayload, PlatformSalonConnection,
  RejectSalonApplicationInput, RejectSalonApplicationPayload, ReinstateSalonInput, ReinstateSalonPayload, SalonApplicationConnection,
  SuspendSalonInput, SuspendSalonPayload,
} from './platform.types';

const desc = (what: string) => ({ description: what });

/** Onboarding and the platform administrators' console. Permission rules sit in people.permissions.ts. */
@Resolver(() => SalonApplication)
export class PlatformResolver {
  @Query(() => [SalonApplication], desc("The signed-in person's applications to list a salon, newest first."))
  myApplications(@Ctx() ctx: AppContext) {
    return platform.applicationsOf(ctx.em, ctx.viewer!.userId);
  }

  @Query(() => SalonApplicationConnection, desc('Applications to list a salon, oldest first (platform administrators).'))
  salonApplications(
    @Ctx() ctx: AppContext,
    @Arg('status', () => ApplicationStatus, { nullable: true, description: 'Only these (PENDING for the queue).' }) status?: ApplicationStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<SalonApplication>> {
    return platform.listApplications(ctx.em, { status, first: pageSize(first), after }) as Promise<ConnectionShape<SalonApplication>>;
  }

  @Query(() => PlatformSalonConnection, desc('Every salon, suspended ones included, newest first (platform administrators).'))
  platformSalons(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<Salon>> {
    return platform.listPlatformSalons(ctx.em, { first: pageSize(first), after }) as Promise<ConnectionShape<Salon>>;
  }

  @Mutation(() => ApplyToListSalonPayload, desc('Apply to list a salon; a platform administrator approves or rejects it.'))
  applyToListSalon(@Ctx() ctx: AppContext, @Arg('input', () => ApplyToListSalonInput, desc('The salon.')) input: ApplyToListSalonInput) {
    return toPayload(ctx.locale, async () => ({ application: await platform.applyToListSalon(ctx.em, ctx.viewer!.userId, input) }));
  }

  @Mutation(() => ApproveSalonApplicationPayload, desc('List the salon and make its applicant its first manager (platform administrators).'))
  approveSalonApplication(@Ctx() ctx: AppContext, @Arg('input', () => ApproveSalonApplicationInput, desc('Which.')) input: ApproveSalonApplicationInput) {
    return toPayload(ctx.locale, async () => ({ application: await platform.approveApplication(ctx.app, ctx.em, auditOrigin(ctx), input.applicationId) }));
  }

  @Mutation(() => RejectSalonApplicationPayload, desc('Reject an application with a reason (platform administrators).'))
  rejectSalonApplication(@Ctx() ctx: AppContext, @Arg('input', () => RejectSalonApplicationInput, desc('Which and why.')) input: RejectSalonApplicationInput) {
    return toPayload(ctx.locale, async () => ({ application: await platform.rejectApplication(ctx.app, ctx.em, auditOrigin(ctx), input.applicationId, input.reason) }));
  }

  @Mutation(() => SuspendSalonPayload, desc('Suspend a salon: it leaves the catalogue and takes no bookings (platform administrators).'))
  suspendSalon(@Ctx() ctx: AppContext, @Arg('input', () => SuspendSalonInput, desc('Which and why.')) input: SuspendSalonInput) {
    return toPayload(ctx.locale, async () => ({ salon: await platform.suspendSalon(ctx.app, ctx.em, input.salonId, input.reason) }));
  }

  @Mutation(() => ReinstateSalonPayload, desc('Lift a suspension (platform administrators).'))
  reinstateSalon(@Ctx() ctx: AppContext, @Arg('input', () => ReinstateSalonInput, desc('Which.')) input: ReinstateSalonInput) {
    return toPayload(ctx.locale, async () => ({ salon: await platform.reinstateSalon(ctx.em, input.salonId) }));
  }

  @FieldResolver(() => User, desc('Who applied.'))
  async applicant(@Root() application: SalonApplication, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.accounts.userById.load(application.applicant.id))!;
  }

  @FieldResolver(() => Salon, { nullable: true, description: 'The salon, once approved.' })
  salon(@Root() application: SalonApplication, @Ctx() ctx: AppContext) {
    return application.salon ? ctx.loaders.catalog.salonById.load(application.salon.id) : null;
  }
}

@Resolver(() => User)
export class UserPlatformResolver {
  @FieldResolver(() => Boolean, desc('Whether the person is a platform administrator (granted only by the command line). Visible to the person.'))
  isPlatformAdmin(@Root() user: User, @Ctx() ctx: AppContext): Promise<boolean> {
    return ctx.loaders.people.isPlatformAdmin.load(user.id);
  }
}
