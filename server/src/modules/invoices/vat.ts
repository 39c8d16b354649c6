/** Saudi VAT, 15 %. Prices are VAT-inclusive, as retail prices in the Kingdom are. */
export const VAT_RATE_PERCENT = 15;

/**
 * The VAT inside a VAT-inclusive amount of halalas: total − round(total / 1.15), computed in integers
 * (round(total × 100 / 115), halves up) so no binary fraction decides a halala. Rounded per line; an invoice's
 * VAT is the sum of its lines' (ADR 0012).
 */
export function vatOf(totalHalalas: number): number {
  if (!Number.isSafeInteger(totalHalalas) || totalHalalas < 0) throw new RangeError(`not an amount of halalas: ${totalHalalas}`);
  const net = Math.floor((totalHalalas * 100 + 115 / 2) / 115);
  return totalHalalas - net;
}

/** Halalas as the decimal string of riyals that ZATCA's QR carries: 11500 → "115.00". */
export function riyals(halalas: number): string {
  const sign = halalas < 0 ? '-' : '';
  const abs = Math.abs(halalas);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
