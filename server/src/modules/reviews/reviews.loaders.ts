import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findPlain, type PlainRow } from '../../db/plain-rows';
import { byKey } from '../../graphql/batch';
import { Review } from '../catalog/photo-review.entity';

export function createReviewLoaders(em: EntityManager) {
  return {
    /** A booking's review (one at most), for the customer's own list: one statement per page of bookings. */
    reviewByBookingId: new DataLoader<string, PlainRow<Review> | null>(async (ids) =>
      byKey(ids, await findPlain(em, Review, { bookingId: { $in: [...ids] } }), (r) => r.bookingId!),
    ),
  };
}
