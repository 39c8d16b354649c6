import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { execute, readTogether } from '../../db/sql';
import { PaymentMeans } from './invoice.entity';

export interface TakingsByMeans {
  method: PaymentMeans;
  takenHalalas: number;
  refundedHalalas: number;
}

export interface Takings {
  date: string;
  startsAt: Date;
  endsAt: Date;
  onlineHalalas: number;
  counterHalalas: number;
  refundsHalalas: number;
  netHalalas: number;
  vatHalalas: number;
  invoiceCount: number;
  creditNoteCount: number;
  byMeans: TakingsByMeans[];
}

/**
 * A salon's takings between two instants, from its documents: every sale has an invoice and every refund a credit
 * note, issued in the same transaction as the money moved, so these are the money's figures. Summed in SQL over
 * the (salon_id, issued_at) index; a split counter payment counts once per means. The day's takings and the
 * manager's reports both read it.
 */
export async function takingsBetween(em: EntityManager, salonId: string, startsAt: Date, endsAt: Date): Promise<Omit<Takings, 'date' | 'startsAt' | 'endsAt'>> {
  const [rows, [totals]] = await readTogether(em, [
    () => execute<{ method: PaymentMeans; taken: number; refunded: number }>(
      em,
      `select m.method, sum(m."amountHalalas") filter (where i.kind = 'INVOICE')::int as taken, sum(m."amountHalalas") filter (where i.kind = 'CREDIT_NOTE')::int as refunded
         from invoices i cross join lateral jsonb_to_recordset(i.payment_means) as m(method text, "amountHalalas" int)
        where i.salon_id = ? and i.issued_at >= ? and i.issued_at < ?
        group by m.method`,
      [salonId, startsAt, endsAt],
    ),
    () => execute<{ vat: number; invoices: number; notes: number }>(
      em,
      `select coalesce(sum(case when kind = 'INVOICE' then vat_halalas else -vat_halalas end), 0)::int as vat,
              count(*) filter (where kind = 'INVOICE')::int as invoices, count(*) filter (where kind = 'CREDIT_NOTE')::int as notes
         from invoices where salon_id = ? and issued_at >= ? and issued_at < ?`,
      [salonId, startsAt, endsAt],
    ),
  ]);
  const byMeans = Object.values(PaymentMeans).map((method) => {
    const row = rows.find((r) => r.method === method);
    return { method, takenHalalas: row?.taken ?? 0, refundedHalalas: row?.refunded ?? 0 };
  });
  const sum = (pick: (m: TakingsByMeans) => number, only = (_: TakingsByMeans) => true) => byMeans.filter(only).reduce((s, m) => s + pick(m), 0);
  const online = (m: TakingsByMeans) => m.method === PaymentMeans.ONLINE;
  const refunds = sum((m) => m.refundedHalalas);
  const taken = sum((m) => m.takenHalalas);
  return {
    onlineHalalas: sum((m) => m.takenHalalas, online),
    counterHalalas: sum((m) => m.takenHalalas, (m) => !online(m)),
    refundsHalalas: refunds,
    netHalalas: taken - refunds,
    vatHalalas: totals.vat,
    invoiceCount: totals.invoices,
    creditNoteCount: totals.notes,
    byMeans,
  };
}

/** A salon's takings for one local day. */
export async function dayTakings(em: EntityManager, salon: { id: string; timeZone: string }, date: string): Promise<Takings> {
  const start = DateTime.fromISO(date, { zone: salon.timeZone }).startOf('day');
  const [startsAt, endsAt] = [start.toJSDate(), start.plus({ days: 1 }).toJSDate()];
  return { date, startsAt, endsAt, ...(await takingsBetween(em, salon.id, startsAt, endsAt)) };
}
