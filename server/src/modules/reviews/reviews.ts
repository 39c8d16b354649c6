import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { mapPlain, type PlainRow } from '../../db/plain-rows';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { decodeCursor, instantIdCursor, toConnection, type ConnectionShape } from '../../graphql/relay';
import { Review } from '../catalog/photo-review.entity';
import { recomputeSalonRating } from '../catalog/ratings';
import { AuditAction, recordAudit, type AuditOrigin } from '../audit/audit-log';
import './reviews.messages';

/** How long a customer may change what they wrote, counted from when they wrote it, by the app clock. */
export const REVIEW_EDIT_DAYS = 14;
const DAY = 86_400_000;

export const editableUntil = (review: Pick<Review, 'createdAt'>): Date => new Date(review.createdAt.getTime() + REVIEW_EDIT_DAYS * DAY);

const text = (max: number) => z.string().transform((s) => s.trim()).pipe(z.string().min(1).max(max));
const replyText = text(2000);
const reasonText = z.string().transform((s) => s.trim().replace(/\s+/g, ' ')).pipe(z.string().min(1).max(500));
const editSchema = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(2000).nullish().transform((s) => (s ?? '').trim()),
});

const invalid = (field: string, key: string) => new BusinessError(UserErrorCode.INVALID_INPUT, key, ['input', field]);
const notFound = () => new BusinessError(UserErrorCode.NOT_FOUND, 'reviews.notFound', ['input', 'reviewId']);
const hidden = () => new BusinessError(UserErrorCode.REVIEW_HIDDEN, 'reviews.hidden', ['input', 'reviewId']);

/** The review locked for update: replies, edits, reports and moderation of one review run one after another. */
async function lockReview(tx: EntityManager, reviewId: string): Promise<Review> {
  if (!isUuid(reviewId)) throw notFound();
  const review = await tx.findOne(Review, { id: reviewId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!review) throw notFound();
  return review;
}

/** The salon answers a review once; its managers may rewrite the answer later (`replyEditedAt` says so). */
export async function replyToReview(app: AppServices, em: EntityManager, managerId: string, input: { reviewId: string; text: string }): Promise<Review> {
  const parsed = replyText.safeParse(input.text);
  if (!parsed.success) throw invalid('text', 'reviews.replyText');
  return em.transactional(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (review.hiddenAt) throw hidden();
    if (review.reply == null) Object.assign(review, { reply: parsed.data, repliedAt: app.now(), repliedBy: managerId });
    else if (review.reply !== parsed.data) Object.assign(review, { reply: parsed.data, replyEditedAt: app.now() });
    return review;
  });
}

/**
 * The customer changes their stars or words within REVIEW_EDIT_DAYS of writing them; the salon's rating follows
 * in the same transaction. A hidden review stays as it was hidden.
 */
export async function editReview(app: AppServices, em: EntityManager, customerId: string, input: { reviewId: string; rating: number; comment?: string | null }): Promise<Review> {
  const parsed = editSchema.safeParse({ rating: input.rating, comment: input.comment });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'rating');
    throw invalid(field, field === 'comment' ? 'reviews.comment' : 'reviews.rating');
  }
  return em.transactional(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    // The permission rule already checked the author; this keeps the use case safe on its own.
    if (review.customer.id !== customerId) throw notFound();
    if (review.hiddenAt) throw hidden();
    if (app.now() > editableUntil(review)) throw new BusinessError(UserErrorCode.REVIEW_EDIT_WINDOW_PASSED, 'reviews.editWindowPassed', ['input', 'reviewId']);
    if (review.rating === parsed.data.rating && review.comment === parsed.data.comment) return review;
    Object.assign(review, { rating: parsed.data.rating, comment: parsed.data.comment, editedAt: app.now() });
    await tx.flush();
    await recomputeSalonRating(tx, review.salon.id, app.now());
    return review;
  });
}

/** A manager reports an abusive review to the platform's administrators, once. The review stays up until they decide. */
export async function reportReview(app: AppServices, em: EntityManager, managerId: string, input: { reviewId: string; reason: string }): Promise<Review> {
  const parsed = reasonText.safeParse(input.reason);
  if (!parsed.success) throw invalid('reason', 'reviews.reasonRequired');
  return em.transactional(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (review.hiddenAt) throw hidden();
    if (review.reportedAt) throw new BusinessError(UserErrorCode.REVIEW_ALREADY_REPORTED, 'reviews.alreadyReported', ['input', 'reviewId']);
    Object.assign(review, { reportedAt: app.now(), reportReason: parsed.data, reportedBy: managerId });
    return review;
  });
}

/**
 * A platform administrator hides a review with a reason: it leaves the salon's page, and the salon's count and
 * average are recomputed in the same transaction. Reported or not: an administrator may act on their own.
 */
export async function hideReview(app: AppServices, em: EntityManager, origin: AuditOrigin, input: { reviewId: string; reason: string }): Promise<Review> {
  const parsed = reasonText.safeParse(input.reason);
  if (!parsed.success) throw invalid('reason', 'reviews.reasonRequired');
  return em.transactional(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (review.hiddenAt) throw hidden();
    Object.assign(review, { hiddenAt: app.now(), hiddenReason: parsed.data, hiddenBy: origin.actorId });
    await tx.flush();
    await recomputeSalonRating(tx, review.salon.id, app.now());
    await auditModeration(tx, app.now(), origin, review, 'HIDDEN');
    return review;
  });
}

/** The salon's audit log keeps who moderated its review and how; the reason stays on the review (free text). */
function auditModeration(tx: EntityManager, at: Date, origin: AuditOrigin, review: Review, decision: 'HIDDEN' | 'REPORT_DISMISSED') {
  return recordAudit(tx, at, origin, [{
    action: AuditAction.REVIEW_MODERATION, salonId: review.salon.id, subjectUserId: review.customer.id, targetType: 'Review', targetId: review.id, details: { decision },
  }]);
}

/** The administrator leaves a reported review up; the report closes and the review cannot be reported again. */
export async function dismissReviewReport(app: AppServices, em: EntityManager, origin: AuditOrigin, input: { reviewId: string }): Promise<Review> {
  return em.transactional(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (review.hiddenAt) throw hidden();
    if (!review.reportedAt || review.reportDismissedAt) throw new BusinessError(UserErrorCode.NOT_FOUND, 'reviews.noOpenReport', ['input', 'reviewId']);
    review.reportDismissedAt = app.now();
    await auditModeration(tx, app.now(), origin, review, 'REPORT_DISMISSED');
    return review;
  });
}

/** The administrators' queue: open reports (not hidden, not dismissed), oldest report first. */
export async function reportedReviews(em: EntityManager, q: { first: number; after?: string | null }): Promise<ConnectionShape<PlainRow<Review>>> {
  const cursor = q.after ? decodeCursor(q.after, instantIdCursor) : null;
  const rows = await execute<Record<string, unknown>>(
    em,
    `select * from reviews
      where reported_at is not null and hidden_at is null and report_dismissed_at is null ${cursor ? 'and (reported_at, id) > (?, ?)' : ''}
      order by reported_at, id limit ?`,
    cursor ? [cursor[0], cursor[1], q.first + 1] : [q.first + 1],
  );
  return toConnection(mapPlain(em, Review, rows), q.first, (r) => [r.reportedAt!.toISOString(), r.id], Boolean(q.after));
}
