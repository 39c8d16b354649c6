import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { displayNameOf } from '../accounts/display-name';
import { Salon } from '../catalog/salon.entity';
import { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { Booking } from '../bookings/booking.entity';
import { acceptWaitlistOffer, joinWaitlist, leaveWaitlist } from './manage-waitlist';
import { WaitlistEntry, WaitlistEntryStatus, WaitlistOffer } from './waitlist.entity';
import { AcceptWaitlistOfferInput, AcceptWaitlistOfferPayload, JoinWaitlistInput, JoinWaitlistPayload, LeaveWaitlistInput, LeaveWaitlistPayload } from './waitlist.types';

const LIVE = [WaitlistEntryStatus.WAITING, WaitlistEntryStatus.OFFERED];
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  @Query(() => [WaitlistEntry], { description: "The signed-in customer's live waitlist entries (waiting or offered a time), oldest first." })
  myWaitlist(@Ctx() ctx: AppContext): Promise<WaitlistEntry[]> {
    return ctx.em.find(WaitlistEntry, { customer: ctx.viewer!.userId, status: { $in: LIVE } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @Query(() => [WaitlistEntry], { description: "A salon's live waitlist in order of joining, which is the order offers go out in (managers and receptionists)." })
  salonWaitlist(@Ctx() ctx: AppContext, @Arg('salonId', () => ID, { description: 'The salon.' }) salonId: string): Promise<WaitlistEntry[]> {
    return ctx.em.find(WaitlistEntry, { salon: salonId, status: { $in: LIVE } }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 500 });
  }

  @Query(() => WaitlistOffer, { nullable: true, description: 'One offer, for the customer it was made to (the page the message links to).' })
  waitlistOffer(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'The offer.' }) id: string): Promise<WaitlistOffer | null> {
    return isUuid(id) ? ctx.em.findOne(WaitlistOffer, { id }) : Promise.resolve(null);
  }

  @Mutation(() => JoinWaitlistPayload, { description: 'Join the waitlist for a service when no time fits (phone-verified customers).' })
  joinWaitlist(@Ctx() ctx: AppContext, @Arg('input', () => JoinWaitlistInput, { description: 'What, when and with whom.' }) input: JoinWaitlistInput) {
    return toPayload(ctx.locale, async () => ({ entry: await joinWaitlist(ctx.app, ctx.em, ctx.viewer!.userId, input) }));
  }

  @Mutation(() => LeaveWaitlistPayload, { description: 'Leave the waitlist; an open offer is withdrawn and its time released.' })
  leaveWaitlist(@Ctx() ctx: AppContext, @Arg('input', () => LeaveWaitlistInput, { description: 'The entry.' }) input: LeaveWaitlistInput) {
    return toPayload(ctx.locale, async () => ({ entry: await leaveWaitlist(ctx.app, ctx.em, ctx.viewer!.userId, input.entryId) }));
  }

  @Mutation(() => AcceptWaitlistOfferPayload, { description: 'Book the time a waitlist offer holds; the first acceptance wins, any other gets OFFER_TAKEN.' })
  acceptWaitlistOffer(@Ctx() ctx: AppContext, @Arg('input', () => AcceptWaitlistOfferInput, { description: 'The offer.' }) input: AcceptWaitlistOfferInput) {
    return toPayload(ctx.locale, async () => acceptWaitlistOffer(ctx.app, ctx.em, ctx.viewer!.userId, input));
  }

  @FieldResolver(() => Salon, { description: 'Where.' })
  async salon(@Root() e: WaitlistEntry, @Ctx() ctx: AppContext): Promise<Salon> {
    return (await ctx.loaders.catalog.salonById.load(e.salon.id))!;
  }

  @FieldResolver(() => Service, { description: 'What.' })
  async service(@Root() e: WaitlistEntry, @Ctx() ctx: AppContext): Promise<Service> {
    return (await ctx.loaders.catalog.serviceById.load(e.service.id))!;
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'The stylist wanted; null for anyone who offers the service.' })
  staff(@Root() e: WaitlistEntry, @Ctx() ctx: AppContext): Promise<StaffMember | null> | null {
    return e.staff ? ctx.loaders.catalog.staffMemberById.load(e.staff.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Earliest start wanted (HH:MM, salon-local) of a time range; null for a part of the day or any time.' })
  timeFrom(@Root() e: WaitlistEntry): string | null {
    return e.partOfDay || e.timeFromMinutes == null ? null : hhmm(e.timeFromMinutes);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Latest start wanted (exclusive, HH:MM) of a time range.' })
  timeTo(@Root() e: WaitlistEntry): string | null {
    return e.partOfDay || e.timeToMinutes == null ? null : hhmm(e.timeToMinutes);
  }

  @FieldResolver(() => String, { description: 'Who waits, by name (or the end of their number).' })
  async customerName(@Root() e: WaitlistEntry, @Ctx() ctx: AppContext): Promise<string> {
    return displayNameOf((await ctx.loaders.accounts.userById.load(e.customer.id))!, ctx.locale);
  }

  @FieldResolver(() => WaitlistOffer, { nullable: true, description: 'The open offer holding a time for this entry, if any.' })
  offer(@Root() e: WaitlistEntry, @Ctx() ctx: AppContext): Promise<WaitlistOffer | null> {
    return ctx.loaders.waitlist.openOfferByEntryId.load(e.id);
  }
}

@Resolver(() => WaitlistOffer)
export class WaitlistOfferResolver {
  @FieldResolver(() => Booking, { description: 'The booking holding the time (PENDING with holdExpiresAt until accepted).' })
  async booking(@Root() o: WaitlistOffer, @Ctx() ctx: AppContext): Promise<Booking> {
    return (await ctx.loaders.bookings.bookingById.load(o.booking.id))!;
  }

  @FieldResolver(() => StaffMember, { description: 'With whom.' })
  async staff(@Root() o: WaitlistOffer, @Ctx() ctx: AppContext): Promise<StaffMember> {
    return (await ctx.loaders.catalog.staffMemberById.load(o.staff.id))!;
  }
}
