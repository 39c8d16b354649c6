import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { isUuid } from '../../graphql/ids';
import type { Booking } from './booking.entity';
import { Visit } from './visit.entity';

/**
 * What a booking's payment terms and payments are measured against: its own price; for a visit, the visit's total
 * on its first part (which carries the visit's one payment) and nothing on its other parts.
 */
export function payablePriceOf(booking: Pick<Booking, 'priceHalalas' | 'visitPosition'>, visit: Pick<Visit, 'totalHalalas'> | null | undefined): number {
  if (booking.visitPosition == null) return booking.priceHalalas;
  return booking.visitPosition === 0 ? visit!.totalHalalas : 0;
}

export async function payablePrice(em: EntityManager, booking: Booking): Promise<number> {
  if (!booking.visit) return booking.priceHalalas;
  return payablePriceOf(booking, await em.findOneOrFail(Visit, { id: booking.visit.id }));
}

/** The booking that carries the payments of `bookingId`: the first part of its visit, else itself. */
export async function payingBookingId(em: EntityManager, bookingId: string): Promise<string> {
  if (!isUuid(bookingId)) return bookingId;
  const [row] = await execute<{ id: string }>(
    em,
    'select coalesce((select lead.id from bookings lead where lead.visit_id = b.visit_id and lead.visit_position = 0), b.id) as id from bookings b where b.id = ?',
    [bookingId],
  );
  return row?.id ?? bookingId;
}
