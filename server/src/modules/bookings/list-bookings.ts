import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { findPlain } from '../../db/plain-rows';
import { decodeCursor, instantIdCursor, toConnection, type ConnectionShape } from '../../graphql/relay';
import { Booking, BookingStatus } from './booking.entity';

export interface BookingListQuery {
  status?: BookingStatus[] | null;
  upcoming?: boolean | null;
  first: number;
  after?: string | null;
  now: Date;
}

/**
 * A customer's bookings, keyset-paginated on (startsAt, id): soonest first when upcoming, else latest first. Lists
 * are plain rows (ADR 0009): they are only read.
 */
export async function listBookings(em: EntityManager, customerId: string, q: BookingListQuery): Promise<ConnectionShape<Booking>> {
  const ascending = q.upcoming === true;
  const where: FilterQuery<Booking>[] = [{ customer: customerId }];
  if (q.status?.length) where.push({ status: { $in: q.status } });
  if (q.upcoming === true) where.push({ startsAt: { $gte: q.now } });
  if (q.upcoming === false) where.push({ startsAt: { $lt: q.now } });
  if (q.after) {
    const [at, id] = decodeCursor(q.after, instantIdCursor);
    where.push(ascending
      ? { $or: [{ startsAt: { $gt: at } }, { startsAt: at, id: { $gt: id } }] }
      : { $or: [{ startsAt: { $lt: at } }, { startsAt: at, id: { $lt: id } }] });
  }
  const dir = ascending ? 'asc' : 'desc';
  const rows = await findPlain(em, Booking, { $and: where }, { startsAt: dir, id: dir }, q.first + 1);
  return toConnection(rows as Booking[], q.first, (b) => [b.startsAt.toISOString(), b.id], Boolean(q.after));
}

/** Bookings that overlap [from, to) in one salon, for a calendar. */
export async function listSalonBookings(em: EntityManager, salonId: string, from: Date, to: Date, staffId: string | null): Promise<Booking[]> {
  return (await findPlain(
    em, Booking,
    { salon: salonId, startsAt: { $lt: to }, endsAt: { $gt: from }, ...(staffId ? { staff: staffId } : {}) },
    { startsAt: 'asc', id: 'asc' },
  )) as Booking[];
}
