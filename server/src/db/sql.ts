import type { EntityManager } from '@mikro-orm/postgresql';
import { gatherRead, isGatherable } from './statement-batch';

/**
 * Runs raw SQL on the EntityManager's own transaction when it has one. (MikroORM's `getConnection().execute`
 * would otherwise take a fresh pooled connection, outside the transaction and its locks.)
 */
export function execute<T = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const transaction = em.getTransactionContext();
  // Reads outside a transaction travel together with the request's other reads of the same turn (statement-batch.ts).
  if (!transaction && isGatherable(sql)) return gatherRead<T>(em, sql, params);
  return em.getConnection().execute<T[]>(sql, params, 'all', transaction);
}

/**
 * Independent reads: side by side outside a transaction (so they travel together in one round trip,
 * statement-batch.ts), one after another inside one, whose single connection runs one statement at a time (pg
 * would queue the rest, warn, and refuse them from pg 9 on).
 */
export async function readTogether<T extends unknown[]>(em: EntityManager, reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!em.isInTransaction()) return Promise.all(reads.map((read) => read())) as Promise<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as T;
}

/** A uuid[] parameter for `= any(?::uuid[])` (the query builder would otherwise spread an array into a list). */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a record, so lookups can answer "none" without a query. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
