import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findPlain, findPlainByIds, type PlainRow } from '../../db/plain-rows';
import { byKey, groupByKey } from '../../graphql/batch';
import { Invoice, SalonTaxDetails } from './invoice.entity';

export function createInvoiceLoaders(em: EntityManager) {
  return {
    invoiceById: new DataLoader<string, PlainRow<Invoice> | null>(async (ids) =>
      byKey(ids, await findPlainByIds(em, Invoice, ids), (i) => i.id),
    ),
    /** A booking's invoices and credit notes, in number order. */
    invoicesByBookingId: new DataLoader<string, PlainRow<Invoice>[]>(async (ids) =>
      groupByKey(ids, await findPlain(em, Invoice, { booking: { $in: [...ids] } }, { number: 'asc' }), (i) => i.booking.id),
    ),
    /** The invoice each counter payment was issued with. */
    invoiceByCounterPaymentId: new DataLoader<string, PlainRow<Invoice> | null>(async (ids) =>
      byKey(ids, await findPlain(em, Invoice, { counterPaymentId: { $in: [...ids] }, kind: 'INVOICE' } as never), (i) => i.counterPaymentId!),
    ),
    taxDetailsBySalonId: new DataLoader<string, PlainRow<SalonTaxDetails> | null>(async (ids) =>
      byKey(ids, await findPlain(em, SalonTaxDetails, { salon: { $in: [...ids] } }), (t) => t.salon.id),
    ),
  };
}
