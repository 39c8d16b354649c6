import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { mapPlain, type PlainRow } from '../../db/plain-rows';
import { execute } from '../../db/sql';
import { decodeCursor, toConnection, type ConnectionShape } from '../../graphql/relay';
import { Invoice } from './invoice.entity';

const numberCursor = z.tuple([z.number().int().positive().max(2 ** 31 - 1)]);

/**
 * A salon's documents, newest number first, optionally within [from, to) of issue: the manager's list and the
 * CSV export page through it. Keyset on the salon's own number, so pages never skip or repeat.
 */
export async function listSalonInvoices(em: EntityManager, salonId: string, range: { from?: Date | null; to?: Date | null }, size: number, after?: string | null): Promise<ConnectionShape<PlainRow<Invoice>>> {
  const before = after ? decodeCursor(after, numberCursor)[0] : null;
  const rows = await execute<Record<string, unknown>>(
    em,
    `select * from invoices where salon_id = ? and (?::timestamptz is null or issued_at >= ?) and (?::timestamptz is null or issued_at < ?)
       and (?::int is null or number < ?) order by number desc limit ?`,
    [salonId, range.from ?? null, range.from ?? null, range.to ?? null, range.to ?? null, before, before, size + 1],
  );
  return toConnection(mapPlain(em, Invoice, rows), size, (i) => [i.number], Boolean(after));
}
