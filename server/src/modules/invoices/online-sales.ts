import type { EntityManager } from '@mikro-orm/postgresql';
import { Invoice, InvoiceKind, PaymentMeans } from './invoice.entity';
import { issueDocument } from './issue';

/** What the payments module knows about an online payment after a change, in its own transaction. */
export interface OnlineSale {
  paymentId: string;
  bookingId: string;
  /** Money taken for good (paid or captured); 0 while only authorised, failed, or given back as surplus. */
  chargedHalalas: number;
  /** Money given back so far (refunded, or everything when a paid payment was voided). */
  returnedHalalas: number;
  at: Date;
}

/**
 * Brings an online payment's documents up to date: an invoice once money is taken, a credit note for every
 * refund since. Idempotent (a replayed report issues nothing), so it runs after every applied report; the
 * caller holds the payment's lock, and a unique index allows one invoice per payment whatever happens.
 */
export async function syncOnlineSale(tx: EntityManager, sale: OnlineSale): Promise<void> {
  let invoice = await tx.findOne(Invoice, { paymentId: sale.paymentId, kind: InvoiceKind.INVOICE });
  if (!invoice) {
    if (sale.chargedHalalas <= 0) return;
    invoice = await issueDocument(tx, {
      bookingId: sale.bookingId, kind: InvoiceKind.INVOICE, amountHalalas: sale.chargedHalalas, at: sale.at, paymentId: sale.paymentId,
      means: [{ method: PaymentMeans.ONLINE, amountHalalas: sale.chargedHalalas }],
    });
  }
  const credited = await creditedSoFar(tx, invoice.id);
  const due = Math.min(sale.returnedHalalas, invoice.totalHalalas) - credited;
  if (due <= 0) return;
  await issueDocument(tx, {
    bookingId: sale.bookingId, kind: InvoiceKind.CREDIT_NOTE, amountHalalas: due, at: sale.at, original: invoice, paymentId: sale.paymentId,
    reason: 'refund', means: [{ method: PaymentMeans.ONLINE, amountHalalas: due }],
  });
}

export async function creditedSoFar(tx: EntityManager, invoiceId: string): Promise<number> {
  const notes = await tx.find(Invoice, { originalInvoice: invoiceId, kind: InvoiceKind.CREDIT_NOTE });
  return notes.reduce((sum, n) => sum + n.totalHalalas, 0);
}
