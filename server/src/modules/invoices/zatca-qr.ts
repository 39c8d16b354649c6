/**
 * ZATCA e-invoicing phase 1 QR payload: TLV records (1 byte tag, 1 byte length in UTF-8 bytes, the UTF-8 value)
 * joined and base64-encoded. Tags 1–5: seller name, VAT number, timestamp, total with VAT, VAT total.
 */
export interface QrFields {
  sellerName: string;
  vatNumber: string;
  /** ISO 8601, e.g. 2026-12-02T14:30:00Z. */
  timestamp: string;
  /** Decimal riyals, e.g. "115.00". */
  total: string;
  vat: string;
}

const TAGS: (keyof QrFields)[] = ['sellerName', 'vatNumber', 'timestamp', 'total', 'vat'];
/** ZATCA's guidance: keep the base64 text at most 700 characters. */
export const MAX_QR_LENGTH = 700;

export function encodeQr(fields: QrFields): string {
  const records = TAGS.map((key, i) => {
    const value = Buffer.from(fields[key], 'utf8');
    // One length byte: a longer value cannot be encoded at all, so it is an error, never a truncation.
    if (value.length > 255) throw new RangeError(`${key} is ${value.length} bytes; a TLV value holds at most 255`);
    return Buffer.concat([Buffer.from([i + 1, value.length]), value]);
  });
  const text = Buffer.concat(records).toString('base64');
  if (text.length > MAX_QR_LENGTH) throw new RangeError(`QR payload is ${text.length} characters; at most ${MAX_QR_LENGTH}`);
  return text;
}

/** The records of a QR payload, by tag; for tests, support and anyone checking a printed invoice. */
export function decodeQr(base64: string): Map<number, string> {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Map<number, string>();
  for (let i = 0; i < bytes.length; ) {
    const tag = bytes[i];
    const length = bytes[i + 1];
    if (length === undefined || i + 2 + length > bytes.length) throw new RangeError(`truncated TLV record at byte ${i}`);
    out.set(tag, bytes.subarray(i + 2, i + 2 + length).toString('utf8'));
    i += 2 + length;
  }
  return out;
}

/** Seconds precision in UTC, as ZATCA's examples write it. */
export function qrTimestamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
