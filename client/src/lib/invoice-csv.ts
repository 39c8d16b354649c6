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

const sar = (halalas: number) => (halalas / 100).toFixed(2);

/** RFC 4180 quoting; text starting with = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Invoices and credit notes as CSV for the accountant: amounts in SAR with two decimals, a credit note's amounts
 * negative so a column sums to the period's net. UTF-8 with a BOM, which spreadsheet programs need to read Arabic.
 */
export function invoicesCsv(rows: CsvInvoice[]): string {
  const lines = rows.map((r) => {
    const sign = r.kind === 'CREDIT_NOTE' ? -1 : 1;
    return [
      r.reference, r.kind, r.issuedAt, sar(sign * r.totalHalalas), sar(sign * r.vatHalalas), sar(sign * (r.totalHalalas - r.vatHalalas)),
      r.vatNumber ?? '', r.originalInvoice?.reference ?? '', r.paymentMeans.map((m) => `${m.method} ${sar(m.amountHalalas)}`).join('; '),
    ].map((v) => cell(String(v))).join(',');
  });
  return `\uFEFF${[HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
