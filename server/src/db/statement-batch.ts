import type { EntityManager } from '@mikro-orm/postgresql';
import { requestScope } from '../http/request-scope';

/**
 * Read statements issued in the same turn of the event loop by one EntityManager (one request), sent to PostgreSQL
 * as one multi-statement message on one connection instead of one round trip each.
 *
 * Why: a GraphQL page resolves level by level, and DataLoader sends each level's lists (a salon's services, its
 * stylists, photos and reviews) in the same turn. Profiles of the catalogue and salon pages put the socket writes of
 * those round trips first among the server's costs (12–19 % of its CPU), before any row was read. The statements
 * and their answers are unchanged; only the number of round trips falls.
 *
 * Only plain `select`s outside a transaction are gathered: a transaction's statements must run on its connection, in
 * its order, and a write must never be re-run. If any statement of a batch fails (PostgreSQL then abandons the rest
 * of the message), each is run again on its own, so every caller gets exactly its own answer or its own error.
 */
export function gatherRead<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  let batch = pending.get(em);
  if (!batch) {
    batch = [];
    pending.set(em, batch);
    setImmediate(() => {
      const items = pending.get(em)!;
      pending.delete(em);
      void flush(em, items);
    });
  }
  return new Promise<T[]>((resolve, reject) => batch.push({ sql, params, resolve: resolve as Pending['resolve'], reject }));
}

/**
 * A statement that may be gathered: one `select` (so no writing CTE and no second statement) that locks nothing and
 * calls nothing whose effect outlives a rolled-back transaction (a gathered statement may run twice if another one
 * in its batch fails; anything transactional is rolled back in between).
 */
export function isGatherable(sql: string): boolean {
  return SELECT.test(sql) && !sql.includes(';') && !NOT_GATHERED.test(sql);
}

const SELECT = /^\s*select\s/i;
const NOT_GATHERED = /\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b|\b(nextval|setval|pg_advisory\w*|pg_try_advisory\w*|set_config|pg_notify)\s*\(/i;

interface Pending {
  sql: string;
  params: unknown[];
  resolve: (rows: unknown[]) => void;
  reject: (err: unknown) => void;
}

const pending = new WeakMap<EntityManager, Pending[]>();

async function flush(em: EntityManager, items: Pending[]): Promise<void> {
  if (items.length === 1) return runAlone(em, items[0]);
  const platform = quickQuoting(em.getPlatform());
  const onQuery = em.config.get('onQuery');
  let text: string;
  try {
    // The same text MikroORM would send for each (parameters written in by the platform), counted the same way.
    text = items.map((item) => platform.formatQuery(onQuery(item.sql, item.params), item.params)).join(';\n');
  } catch (err) {
    for (const item of items) item.reject(err);
    return;
  }
  const results = await sendTogether(em, text);
  if (Array.isArray(results) && results.length === items.length) {
    // One message: the statements were counted one round trip each as they were formatted.
    const scope = requestScope.getStore();
    if (scope) scope.sqlRoundTrips -= items.length - 1;
    items.forEach((item, i) => item.resolve(results[i].rows));
    return;
  }
  // A failed message (or an answer that does not match it): each on its own. Statements counted above are counted
  // again when re-run: the header counts what PostgreSQL was sent.
  await Promise.all(items.map((item) => runAlone(em, item)));
}

/** One multi-statement message on one pooled connection; null when it fails. */
async function sendTogether(em: EntityManager, text: string): Promise<{ rows: unknown[] }[] | null> {
  const knex = em.getConnection().getKnex();
  try {
    const client = await knex.client.acquireConnection();
    try {
      return (await client.query(text)) as { rows: unknown[] }[];
    } finally {
      await knex.client.releaseConnection(client);
    }
  } catch {
    return null;
  }
}

async function runAlone(em: EntityManager, item: Pending): Promise<void> {
  try {
    item.resolve(await em.getConnection().execute<unknown[]>(item.sql, item.params, 'all'));
  } catch (err) {
    item.reject(err);
  }
}

type Platform = ReturnType<EntityManager['getPlatform']>;
const quick = new WeakMap<Platform, Platform>();
const NEEDS_ESCAPING = /['\\]/;

/**
 * The platform, formatting as it does, except that a string with no quote or backslash (ids, uuid lists, dates as
 * text: nearly every parameter) is written between quotes directly. That is exactly what pg's `escapeLiteral` makes
 * of it, but it copies the string a character at a time: a catalogue page's uuid lists made formatting 7 % of all
 * the memory a request allocated (profiled).
 */
function quickQuoting(platform: Platform): Platform {
  let fast = quick.get(platform);
  if (!fast) {
    const quoteValue = platform.quoteValue.bind(platform);
    fast = Object.create(platform, {
      quoteValue: { value: (value: unknown) => (typeof value === 'string' && !NEEDS_ESCAPING.test(value) ? `'${value}'` : quoteValue(value)) },
    }) as Platform;
    quick.set(platform, fast);
  }
  return fast;
}
