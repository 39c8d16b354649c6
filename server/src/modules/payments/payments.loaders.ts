import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Payment } from './payment.entity';

export function createPaymentLoaders(em: EntityManager) {
  return {
    /** The most recent payment of each booking. */
    latestByBookingId: new DataLoader<string, Payment | null>(async (ids) => {
      const rows = await em.find(Payment, { booking: { $in: [...ids] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      const latest = new Map<string, Payment>();
      for (const p of rows) if (!latest.has(p.booking.id)) latest.set(p.booking.id, p);
      return ids.map((id) => latest.get(id) ?? null);
    }),
  };
}
