/** RFC 4180 quoting; text starting with = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) && !/^-\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file: CRLF lines, UTF-8 with a BOM, which spreadsheet programs need to read Arabic. */
export function csvFile(header: string[], rows: (string | number)[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Halalas as SAR with two decimals, the way accountants' spreadsheets read amounts. */
export const sar = (halalas: number) => (halalas / 100).toFixed(2);

/** Hands the browser a CSV file to save. */
export function downloadCsv(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
