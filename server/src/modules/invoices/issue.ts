import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';
import { Invoice, InvoiceKind, type InvoiceLine, type InvoicePayment } from './invoice.entity';
import { riyals, vatOf } from './vat';
import { encodeQr, qrTimestamp } from './zatca-qr';

interface SaleContext {
  salon_id: string;
  customer_id: string;
  currency: string;
  price_halalas: number;
  service_ar: string;
  service_en: string;
  salon_ar: string;
  salon_en: string;
  address: string;
  vat_number: string | null;
  legal_name_ar: string | null;
  legal_name_en: string | null;
}

export interface DocumentDraft {
  bookingId: string;
  kind: InvoiceKind;
  amountHalalas: number;
  means: InvoicePayment[];
  at: Date;
  original?: Invoice | null;
  reason?: string | null;
  paymentId?: string | null;
  counterPaymentId?: string | null;
  counterRefundId?: string | null;
}

/**
 * Issues one invoice or credit note inside the caller's transaction (the sale's or the refund's own), so the
 * document exists exactly when the money movement does. The number comes from the salon's counter row, locked
 * until commit: a sale that rolls back takes its number back with it, so the series has no gaps, and two sales
 * never share a number (also a unique constraint). Lock order: booking, then payment, then this counter last.
 */
export async function issueDocument(tx: EntityManager, draft: DocumentDraft): Promise<Invoice> {
  const [sale] = await execute<SaleContext>(
    tx,
    `select b.salon_id, b.customer_id, b.currency, b.price_halalas, sv.name_ar as service_ar, sv.name_en as service_en,
            s.name_ar as salon_ar, s.name_en as salon_en, concat_ws(', ', nullif(s.address, ''), nullif(s.district, ''), initcap(s.city)) as address,
            t.vat_number, t.legal_name_ar, t.legal_name_en
       from bookings b join services sv on sv.id = b.service_id join salons s on s.id = b.salon_id
       left join salon_tax_details t on t.salon_id = s.id
      where b.id = ?`,
    [draft.bookingId],
  );
  const lines = draft.original ? creditLines(draft.original, draft.amountHalalas) : [saleLine(sale, draft.amountHalalas)];
  const vatHalalas = lines.reduce((sum, l) => sum + l.vatHalalas, 0);
  const seller = {
    sellerNameAr: sale.legal_name_ar ?? sale.salon_ar,
    sellerNameEn: sale.legal_name_en ?? sale.salon_en,
    vatNumber: sale.vat_number,
    sellerAddress: sale.address.slice(0, 500),
  };
  const qrCode = encodeQr({
    sellerName: seller.sellerNameAr, vatNumber: seller.vatNumber ?? '', timestamp: qrTimestamp(draft.at), total: riyals(draft.amountHalalas), vat: riyals(vatHalalas),
  });

  await execute(tx, 'insert into invoice_counters (salon_id, last_number) values (?, 0) on conflict (salon_id) do nothing', [sale.salon_id]);
  const [counter] = await execute<{ last_number: number; last_hash: string | null }>(tx, 'select last_number, last_hash from invoice_counters where salon_id = ? for update', [sale.salon_id]);
  const number = counter.last_number + 1;
  const content = {
    salonId: sale.salon_id, kind: draft.kind, number, issuedAt: draft.at.toISOString(), ...seller, lines, totalHalalas: draft.amountHalalas, vatHalalas,
    currency: sale.currency, paymentMeans: draft.means, originalInvoiceId: draft.original?.id ?? null, previousHash: counter.last_hash,
  };
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  await execute(tx, 'update invoice_counters set last_number = ?, last_hash = ? where salon_id = ?', [number, hash, sale.salon_id]);

  const invoice = tx.create(Invoice, {
    salon: sale.salon_id, booking: draft.bookingId, customer: sale.customer_id, kind: draft.kind, number, originalInvoice: draft.original ?? null,
    issuedAt: draft.at, ...seller, lines, totalHalalas: draft.amountHalalas, vatHalalas, currency: sale.currency, paymentMeans: draft.means,
    reason: draft.reason ?? null, qrCode, paymentId: draft.paymentId ?? null, counterPaymentId: draft.counterPaymentId ?? null,
    counterRefundId: draft.counterRefundId ?? null, hash, previousHash: counter.last_hash,
  });
  await tx.flush();
  return invoice;
}

/** The booked service; a payment of less than its price (a deposit, one part of a split) says so. */
function saleLine(sale: SaleContext, amount: number): InvoiceLine {
  const part = amount < sale.price_halalas;
  return {
    descriptionAr: part ? `${sale.service_ar} (دفعة جزئية)` : sale.service_ar,
    descriptionEn: part ? `${sale.service_en} (part payment)` : sale.service_en,
    quantity: 1, unitPriceHalalas: amount, totalHalalas: amount, vatHalalas: vatOf(amount),
  };
}

/** A credit note gives back part or all of the original's (single) line. */
function creditLines(original: Invoice, amount: number): InvoiceLine[] {
  const [line] = original.lines;
  return [{ descriptionAr: line.descriptionAr, descriptionEn: line.descriptionEn, quantity: 1, unitPriceHalalas: amount, totalHalalas: amount, vatHalalas: vatOf(amount) }];
}
