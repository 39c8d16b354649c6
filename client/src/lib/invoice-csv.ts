import { csvFile, sar } from './csv';

export interface CsvInvoice {
  reference: string;
  kind: string;
  issuedAt: string;
  totalHalalas: number;
  vatHalalas: number;
  vatNumber?: string | null;
  originalInvoice?: { reference: string } | null;
  paymentMeans: { method: string; amountHalalas: number }[];
}

const HEADER = ['number', 'type', 'issued_at', 'total_sar', 'vat_sar', 'net_sar', 'vat_number', 'original_invoice', 'paid_by'];

/**
 * Invoices and credit notes as CSV for the accountant: amounts in SAR with two decimals, a credit note's amounts
 * negative so a column sums to the period's net.
 */
export function invoicesCsv(rows: CsvInvoice[]): string {
  return csvFile(HEADER, rows.map((r) => {
    const sign = r.kind === 'CREDIT_NOTE' ? -1 : 1;
    return [
      r.reference, r.kind, r.issuedAt, sar(sign * r.totalHalalas), sar(sign * r.vatHalalas), sar(sign * (r.totalHalalas - r.vatHalalas)),
      r.vatNumber ?? '', r.originalInvoice?.reference ?? '', r.paymentMeans.map((m) => `${m.method} ${sar(m.amountHalalas)}`).join('; '),
    ];
  }));
}
