import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findPlain, findPlainByIds, type PlainRow } from '../../db/plain-rows';
import { execute, uuidArray } from '../../db/sql';
import { byKey, groupByKey } from '../../graphql/batch';
import { CounterPayment } from './counter-payment.entity';

export function createCounterPaymentLoaders(em: EntityManager) {
  return {
    byId: new DataLoader<string, PlainRow<CounterPayment> | null>(async (ids) =>
      byKey(ids, await findPlainByIds(em, CounterPayment, ids), (p) => p.id),
    ),
    byBookingId: new DataLoader<string, PlainRow<CounterPayment>[]>(async (ids) =>
      groupByKey(ids, await findPlain(em, CounterPayment, { booking: { $in: [...ids] } }, { createdAt: 'asc', id: 'asc' }), (p) => p.booking.id),
    ),
    refundedById: new DataLoader<string, number>(async (ids) => {
      const rows = await execute<{ id: string; refunded: number }>(em, 'select counter_payment_id as id, sum(amount_halalas)::int as refunded from counter_refunds where counter_payment_id = any(?::uuid[]) group by 1', [uuidArray(ids)]);
      return byKey(ids, rows, (r) => r.id).map((r) => r?.refunded ?? 0);
    }),
  };
}
