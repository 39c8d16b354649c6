import { csvFile, sar } from './csv';

/** Relative change from the previous period; null when there was nothing before to compare with. */
export function relativeChange(current: number, previous: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}

export interface StatusRow { status: string; count: number }
export interface StylistRow { staffId: string; name: string; bookedMinutes: number; availableMinutes: number; rate: number | null }
export interface ServiceRow { serviceId: string; name: string; bookingCount: number; bookedHalalas: number }

/** Every status of either period, with both counts: a status absent from one period counts 0 there. */
export function statusRows(current: StatusRow[], previous: StatusRow[]): { status: string; current: number; previous: number }[] {
  const statuses = [...new Set([...current, ...previous].map((r) => r.status))].sort();
  const count = (rows: StatusRow[], status: string) => rows.find((r) => r.status === status)?.count ?? 0;
  return statuses.map((status) => ({ status, current: count(current, status), previous: count(previous, status) }));
}

/** Pairs rows of the two periods by key, in the current period's order, then those only the previous one had. */
export function paired<T>(current: T[], previous: T[], key: (row: T) => string): { key: string; current: T | null; previous: T | null }[] {
  const keys = [...new Set([...current, ...previous].map(key))];
  return keys.map((k) => ({ key: k, current: current.find((r) => key(r) === k) ?? null, previous: previous.find((r) => key(r) === k) ?? null }));
}

const ratio = (rate: number | null | undefined) => (rate == null ? '' : rate.toFixed(4));

export const statusCsv = (rows: ReturnType<typeof statusRows>) =>
  csvFile(['status', 'bookings', 'previous_bookings'], rows.map((r) => [r.status, r.current, r.previous]));

export const utilisationCsv = (rows: ReturnType<typeof paired<StylistRow>>) =>
  csvFile(['stylist', 'booked_minutes', 'available_minutes', 'utilisation', 'previous_utilisation'],
    rows.map(({ current: c, previous: p }) => [(c ?? p)!.name, c?.bookedMinutes ?? 0, c?.availableMinutes ?? 0, ratio(c?.rate), ratio(p?.rate)]));

export const servicesCsv = (rows: ReturnType<typeof paired<ServiceRow>>) =>
  csvFile(['service', 'bookings', 'booked_sar', 'previous_bookings', 'previous_booked_sar'],
    rows.map(({ current: c, previous: p }) => [(c ?? p)!.name, c?.bookingCount ?? 0, sar(c?.bookedHalalas ?? 0), p?.bookingCount ?? 0, sar(p?.bookedHalalas ?? 0)]));

export interface SummaryRow { figure: string; current: number | null; previous: number | null; kind: 'money' | 'count' | 'rate' }

export const summaryCsv = (rows: SummaryRow[]) =>
  csvFile(['figure', 'value', 'previous_value'], rows.map((r) => [r.figure, ...[r.current, r.previous].map((v) => (v == null ? '' : r.kind === 'money' ? sar(v) : r.kind === 'rate' ? ratio(v) : v))]));
