import type { AppContext } from '../../graphql/context';
import { allow, fields, isAuthenticated, isDeskOf, isOwnerOf } from '../../graphql/rules';

const offerOwner = (id: string, ctx: AppContext) => ctx.loaders.waitlist.customerIdByOfferId.load(id);

/**
 * A customer sees and changes only their own entries and offers; an unknown id is refused exactly like someone
 * else's (FORBIDDEN). A salon's managers and receptionists see its waitlist.
 */
export const waitlistPermissions = {
  Query: {
    myWaitlist: isAuthenticated,
    salonWaitlist: isDeskOf('salonWaitlist', (_: unknown, a: { salonId: string }) => a.salonId),
    waitlistOffer: isOwnerOf('waitlistOffer', (_: unknown, a: { id: string }, ctx: AppContext) => offerOwner(a.id, ctx)),
  },
  Mutation: {
    joinWaitlist: isAuthenticated,
    leaveWaitlist: isOwnerOf('leaveWaitlist', (_: unknown, a: { input: { entryId: string } }, ctx: AppContext) => ctx.loaders.waitlist.customerIdByEntryId.load(a.input.entryId)),
    acceptWaitlistOffer: isOwnerOf('acceptWaitlistOffer', (_: unknown, a: { input: { offerId: string } }, ctx: AppContext) => offerOwner(a.input.offerId, ctx)),
  },
  // Reached only through the guarded roots above (their owner, or the salon's desk).
  WaitlistEntry: fields(['id', 'createdAt', 'dateFrom', 'dateTo', 'partOfDay', 'timeFrom', 'timeTo', 'status', 'version', 'salon', 'service', 'staff', 'customerName', 'offer'], allow),
  // The offer's booking is guarded again by the Booking rules (its customer, its salon).
  WaitlistOffer: fields(['id', 'createdAt', 'startsAt', 'expiresAt', 'status', 'closedAt', 'booking', 'staff'], allow),
  JoinWaitlistPayload: fields(['entry', 'errors'], allow),
  LeaveWaitlistPayload: fields(['entry', 'errors'], allow),
  AcceptWaitlistOfferPayload: fields(['booking', 'offer', 'errors'], allow),
};

