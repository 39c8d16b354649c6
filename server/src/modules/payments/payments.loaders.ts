import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, groupByKey } from '../../graphql/batch';
import { findPlain, findPlainByIds, type PlainRow } from '../../db/plain-rows';
import { Payment, PaymentPurpose, PaymentStatus } from './payment.entity';
import { HOLDS_MONEY } from './payment-state';
import { BookingFee, BookingTerms, PaymentPolicy } from './policy/policy.entity';

export function createPaymentLoaders(em: EntityManager) {
  return {
    /** The most recent payment of each booking. */
    latestByBookingId: new DataLoader<string, Payment | null>(async (ids) => {
      const rows = await em.find(Payment, { booking: { $in: [...ids] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      const latest = new Map<string, Payment>();
      for (const p of rows) if (!latest.has(p.booking.id)) latest.set(p.booking.id, p);
      return ids.map((id) => latest.get(id) ?? null);
    }),
    /** Each booking's payments that hold money (not surplus), for what is due next. */
    heldByBookingId: new DataLoader<string, PlainRow<Payment>[]>(async (ids) =>
      groupByKey(ids, await findPlain(em, Payment, { booking: { $in: [...ids] }, status: { $in: HOLDS_MONEY as PaymentStatus[] }, surplus: false }), (p) => p.booking.id),
    ),
    /** A salon's policy rows: its own and its services' overrides. */
    policiesBySalonId: new DataLoader<string, PlainRow<PaymentPolicy>[]>(async (ids) =>
      groupByKey(ids, await findPlain(em, PaymentPolicy, { salon: { $in: [...ids] } }), (p) => p.salon.id),
    ),
    termsByBookingId: new DataLoader<string, PlainRow<BookingTerms> | null>(async (ids) =>
      byKey(ids, await findPlain(em, BookingTerms, { booking: { $in: [...ids] } }), (t) => t.booking.id),
    ),
    /** What each payment was for (a fee's own payment is a saved card's charge). */
    purposeById: new DataLoader<string, PaymentPurpose | null>(async (ids) =>
      byKey(ids, await findPlainByIds(em, Payment, ids), (p) => p.id).map((p) => p?.purpose ?? null),
    ),
    feeByBookingId: new DataLoader<string, PlainRow<BookingFee> | null>(async (ids) =>
      byKey(ids, await findPlain(em, BookingFee, { booking: { $in: [...ids] } }), (f) => f.booking.id),
    ),
  };
}
