import { or } from 'graphql-shield';
import type { AppContext } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { allow, fields, isManagerOf, isOwnerOf, isPlatformAdmin, perObject } from '../../graphql/rules';
import type { Booking } from '../bookings/booking.entity';
import { Review } from '../catalog/photo-review.entity';

const reviewOf = (_: unknown, args: { input: { reviewId: string } }, ctx: AppContext) =>
  isUuid(args.input.reviewId) ? ctx.em.findOne(Review, { id: args.input.reviewId }) : null;
const reviewSalon = async (parent: unknown, args: { input: { reviewId: string } }, ctx: AppContext) => (await reviewOf(parent, args, ctx))?.salon.id;
const reviewAuthor = async (parent: unknown, args: { input: { reviewId: string } }, ctx: AppContext) => (await reviewOf(parent, args, ctx))?.customer.id;

const managesInputReview = isManagerOf('input.reviewId', reviewSalon);
const managesReviewedSalon = isManagerOf('review.salon', (review: Review) => review.salon.id);

/**
 * The salon's managers reply and report; the author edits; platform administrators moderate. Who reported a review
 * and why is for the salon's managers and the administrators, not the public.
 */
export const reviewsPermissions = {
  Query: { reportedReviews: isPlatformAdmin },
  Mutation: {
    replyToReview: managesInputReview,
    reportReview: managesInputReview,
    editReview: isOwnerOf('input.reviewId', reviewAuthor),
    hideReview: isPlatformAdmin,
    dismissReviewReport: isPlatformAdmin,
  },
  Review: {
    ...fields(['reply', 'editedAt', 'editableUntil', 'salon'], allow),
    ...fields(['reportedAt', 'reportReason', 'reportDismissedAt'], perObject(or(managesReviewedSalon, isPlatformAdmin))),
    // Its author learns that (and why) their review was hidden.
    ...fields(['hiddenAt', 'hiddenReason'], perObject(or(managesReviewedSalon, isPlatformAdmin, isOwnerOf('review.author', (review: Review) => review.customer.id)))),
  },
  Booking: { review: isOwnerOf('booking.review', (booking: Booking) => booking.customer.id) },
  ReviewReply: fields(['text', 'createdAt', 'editedAt'], allow),
  ReportedReviewConnection: fields(['edges', 'pageInfo'], allow),
  ReportedReviewEdge: fields(['cursor', 'node'], allow),
  ...Object.fromEntries(['ReplyToReviewPayload', 'EditReviewPayload', 'ReportReviewPayload', 'HideReviewPayload', 'DismissReviewReportPayload'].map((t) => [t, fields(['review', 'errors'], allow)])),
};
