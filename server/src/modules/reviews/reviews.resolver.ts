import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PlainRow } from '../../db/plain-rows';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { pageSize, type ConnectionShape } from '../../graphql/relay';
import { DateTimeScalar } from '../../graphql/scalars';
import { Booking } from '../bookings/booking.entity';
import { Review } from '../catalog/photo-review.entity';
import { Salon } from '../catalog/salon.entity';
import { auditOrigin } from '../audit/audit-origin';
import * as reviews from './reviews';
import {
  DismissReviewReportInput, DismissReviewReportPayload, EditReviewInput, EditReviewPayload, HideReviewInput, HideReviewPayload,
  ReplyToReviewInput, ReplyToReviewPayload, ReportedReviewConnection, ReportReviewInput, ReportReviewPayload, ReviewReply,
} from './reviews.types';

const desc = (what: string) => ({ description: what });

/** Replies, the author's edits and moderation. Permission rules sit in reviews.permissions.ts. */
@Resolver(() => Review)
export class ReviewsResolver {
  @Query(() => ReportedReviewConnection, desc('Reviews reported by salons and not decided yet, oldest report first (platform administrators).'))
  reportedReviews(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<Review>> {
    return reviews.reportedReviews(ctx.em, { first: pageSize(first), after }) as Promise<ConnectionShape<Review>>;
  }

  @Mutation(() => ReplyToReviewPayload, desc("Reply to a review of your salon, once; sending again edits the reply (the salon's managers)."))
  replyToReview(@Ctx() ctx: AppContext, @Arg('input', () => ReplyToReviewInput, desc('Which review and the reply.')) input: ReplyToReviewInput) {
    return toPayload(ctx.locale, async () => ({ review: await reviews.replyToReview(ctx.app, ctx.em, ctx.viewer!.userId, input) }));
  }

  @Mutation(() => EditReviewPayload, desc('Change your own review within 14 days of writing it; the salon rating follows.'))
  editReview(@Ctx() ctx: AppContext, @Arg('input', () => EditReviewInput, desc('Which review, the stars and words.')) input: EditReviewInput) {
    return toPayload(ctx.locale, async () => ({ review: await reviews.editReview(ctx.app, ctx.em, ctx.viewer!.userId, input) }));
  }

  @Mutation(() => ReportReviewPayload, desc('Report an abusive review of your salon to the platform administrators, once (the salon\'s managers).'))
  reportReview(@Ctx() ctx: AppContext, @Arg('input', () => ReportReviewInput, desc('Which review and why.')) input: ReportReviewInput) {
    return toPayload(ctx.locale, async () => ({ review: await reviews.reportReview(ctx.app, ctx.em, ctx.viewer!.userId, input) }));
  }

  @Mutation(() => HideReviewPayload, desc("Hide a review from the salon's page and rating, with a reason (platform administrators)."))
  hideReview(@Ctx() ctx: AppContext, @Arg('input', () => HideReviewInput, desc('Which review and why.')) input: HideReviewInput) {
    return toPayload(ctx.locale, async () => ({ review: await reviews.hideReview(ctx.app, ctx.em, auditOrigin(ctx), input) }));
  }

  @Mutation(() => DismissReviewReportPayload, desc('Leave a reported review up and close the report (platform administrators).'))
  dismissReviewReport(@Ctx() ctx: AppContext, @Arg('input', () => DismissReviewReportInput, desc('Which review.')) input: DismissReviewReportInput) {
    return toPayload(ctx.locale, async () => ({ review: await reviews.dismissReviewReport(ctx.app, ctx.em, auditOrigin(ctx), input) }));
  }

  @FieldResolver(() => ReviewReply, { nullable: true, description: "The salon's reply; null until it replies." })
  reply(@Root() review: Review): ReviewReply | null {
    return review.reply != null ? { text: review.reply, createdAt: review.repliedAt!, editedAt: review.replyEditedAt ?? null } : null;
  }

  @FieldResolver(() => DateTimeScalar, desc('Until when its author may edit it (14 days after it was written).'))
  editableUntil(@Root() review: Review): Date {
    return reviews.editableUntil(review);
  }

  @FieldResolver(() => Salon, desc('The salon reviewed.'))
  async salon(@Root() review: Review, @Ctx() ctx: AppContext): Promise<Salon> {
    return (await ctx.loaders.catalog.salonById.load(review.salon.id)) as Salon;
  }
}

@Resolver(() => Booking)
export class BookingReviewResolver {
  @FieldResolver(() => Review, { nullable: true, description: 'Its review, once the customer has written one (the customer).' })
  review(@Root() booking: Booking, @Ctx() ctx: AppContext): Promise<PlainRow<Review> | null> {
    return ctx.loaders.reviews.reviewByBookingId.load(booking.id);
  }
}
