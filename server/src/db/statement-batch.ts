import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client, QueryConfig } from 'pg';
import { requestScope } from '../http/request-scope';

/**
 * Read statements issued in the same turn of the event loop by one EntityManager (one request), sent to PostgreSQL
 * together on one connection (one round trip) as named prepared statements.
 *
 * Why one round trip: a GraphQL page resolves level by level, and DataLoader sends each level's lists (a salon's
 * services, its stylists, photos and reviews) in the same turn. Profiles of the catalogue and salon pages put the
 * socket writes of those round trips first among the server's costs (12–19 % of its CPU), before any row was read.
 *
 * Why prepared (ADR 0031): the same few dozen statement texts run on every request with other values. Sent with
 * their values written in, PostgreSQL parsed and planned each one every time: measured on free times' six
 * statements, 2.3–3.9 ms of its CPU per request, against 1.1–1.2 ms for the same statements prepared once per
 * connection and then only bound and run. The values go as parameters, in the text MikroORM would have written in.
 *
 * Each statement is its own Parse/Bind/Execute/Sync in pg's pipeline mode, so a failing statement fails alone and
 * every caller gets exactly its own answer or its own error. Only plain `select`s outside a transaction are
 * gathered: a transaction's statements must run on its connection, in its order.
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
 * calls nothing with an effect beyond its answer (a read may be sent again after its plan was dropped, below).
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
  const onQuery = em.config.get('onQuery');
  const platform = em.getPlatform();
  // Each statement as pg sends it, beside the caller waiting for it (one whose values cannot be written is refused).
  const sent: { item: Pending; query: QueryConfig }[] = [];
  for (const item of items) {
    try {
      // Counted as MikroORM counts what it sends: one statement and one round trip each (taken back below).
      onQuery(item.sql, item.params);
      sent.push({ item, query: statementOf(platform, item.sql, item.params) });
    } catch (err) {
      item.reject(err);
    }
  }
  if (sent.length === 0) return;
  const knex = em.getConnection().getKnex();
  let client: Client;
  try {
    client = (await knex.client.acquireConnection()) as Client;
  } catch (err) {
    for (const { item } of sent) item.reject(err);
    return;
  }
  try {
    const results = await pipelined(client, sent.map(({ query }) => query));
    const scope = requestScope.getStore();
    if (scope) scope.sqlRoundTrips -= sent.length - 1;
    sent.forEach(({ item }, i) => {
      const result = results[i];
      if (result.status === 'fulfilled') item.resolve(result.value);
      else item.reject(result.reason);
    });
  } catch (err) {
    // The connection failed under the batch: every caller hears it (a promise already settled ignores this).
    for (const { item } of sent) item.reject(err);
  } finally {
    await knex.client.releaseConnection(client);
  }
}

/** The statements written to the connection at once, each answered (or failing) on its own. */
async function pipelined(client: Client, queries: QueryConfig[]): Promise<PromiseSettledResult<unknown[]>[]> {
  const pg = client as PipelinedClient;
  const stream = pg.connection.stream;
  pg.pipeline = true;
  stream.cork();
  const answers: Promise<unknown[]>[] = [];
  let refused: unknown;
  try {
    for (const query of queries) answers.push(client.query(query).then((r) => r.rows));
  } catch (err) {
    refused = err;
  } finally {
    stream.uncork();
  }
  // The flag stays on until every statement sent is answered: pg hands out pipelined answers only while it is on,
  // and the connection goes back to the pool (and to transactions) without it.
  const results = await Promise.allSettled(answers);
  pg.pipeline = false;
  if (refused) throw refused;
  // A prepared statement whose table changed shape since (a migration of a rolling deploy adding a column under
  // `select *`) is refused with "cached plan must not change result type": it is dropped and prepared again.
  for (const [i, result] of results.entries()) {
    const name = queries[i].name;
    if (result.status === 'rejected' && name && (result.reason as { code?: string }).code === PLAN_CHANGED) {
      await client.query(`deallocate ${name}`);
      delete pg.connection.parsedStatements[name];
      results[i] = await client.query(queries[i]).then((r) => ({ status: 'fulfilled' as const, value: r.rows }), (reason: unknown) => ({ status: 'rejected' as const, reason }));
    }
  }
  return results;
}

const PLAN_CHANGED = '0A000';

/** pg's pipeline mode is a client option; it is turned on only while a gathered read holds the connection. */
type PipelinedClient = Client & {
  pipeline: boolean;
  connection: { stream: NodeJS.WritableStream & { cork(): void; uncork(): void }; parsedStatements: Record<string, string> };
};

type Platform = ReturnType<EntityManager['getPlatform']>;

/**
 * The statement as pg sends it: `?` placeholders numbered, and values as the text MikroORM would have quoted into
 * the statement. One whose values cannot be sent as text (a list, which MikroORM spreads; binary) goes with its
 * values written in, unprepared, as before.
 */
function statementOf(platform: Platform, sql: string, params: unknown[]): QueryConfig {
  const values: (string | null)[] = [];
  for (const param of params) {
    const value = asParameter(platform, param);
    if (value === undefined) return { text: platform.formatQuery(sql, params) };
    values.push(value);
  }
  const one = sql.includes('??') ? null : oneArrayPerList(sql, values);
  const text = one && numbered(one.sql);
  if (!one || text === null) return { text: platform.formatQuery(sql, params) };
  // A list spread in a form not folded above makes a new text for every length: not worth a prepared statement per
  // length on every connection.
  return { text, values: one.values, name: SPREAD_LIST.test(one.sql) ? undefined : nameOf(text) };
}

/**
 * The query builder's `$in` spreads its list, `in (?, ?, …)`: a new statement text for every length, so it could not
 * be prepared once. Each such list becomes one array parameter, `= any(?)` (`not in`: `<> all(?)`), which PostgreSQL
 * types from the column and answers alike, nulls included. Null when a list element cannot be sent as text.
 */
function oneArrayPerList(sql: string, values: (string | null)[]): { sql: string; values: (string | null)[] } | null {
  if (!SPREAD_LIST.test(sql)) return { sql, values };
  const folded: (string | null)[] = [];
  let next = 0;
  const text = sql.replace(PLACEHOLDER_OR_LIST, (match: string, not: string | undefined, escaped: string | undefined) => {
    if (escaped) return match;
    if (match === '?') {
      folded.push(values[next++]);
      return match;
    }
    const length = match.split('?').length - 1;
    folded.push(arrayLiteral(values.slice(next, next + length)));
    next += length;
    return not ? '<> all(?)' : '= any(?)';
  });
  return next === values.length ? { sql: text, values: folded } : null;
}

const PLACEHOLDER_OR_LIST = /\b(not\s+)?in\s*\(\s*\?(?:\s*,\s*\?)+\s*\)|(\\\?)|\?/gi;

function arrayLiteral(elements: (string | null)[]): string {
  return `{${elements.map((e) => (e === null ? 'NULL' : `"${e.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

function asParameter(platform: Platform, value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return (platform as unknown as { formatDate(d: Date): string }).formatDate(value);
  return undefined;
}

/** `?` to `$1`, `$2`…, `\?` to a question mark, as MikroORM's formatQuery reads them; null for `??` (an identifier). */
function numbered(sql: string): string | null {
  let out = '';
  let n = 0;
  let from = 0;
  for (let at = sql.indexOf('?'); at !== -1; at = sql.indexOf('?', from)) {
    if (sql[at + 1] === '?') return null;
    if (at > 0 && sql[at - 1] === '\\') {
      out += `${sql.slice(from, at - 1)}?`;
    } else {
      out += `${sql.slice(from, at)}$${++n}`;
    }
    from = at + 1;
  }
  return out + sql.slice(from);
}

/**
 * One name per statement text, the same on every connection. Bounded: PostgreSQL keeps each prepared statement
 * (and its plan) per connection until the connection closes, so texts past the bound go unnamed (parsed each time,
 * as before). Trusted documents keep the texts a production server sees to a few dozen.
 */
function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED) {
    name = `gathered_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

const MAX_PREPARED = 256;
const SPREAD_LIST = /\bin\s*\(\s*\?\s*,/i;
const names = new Map<string, string>();
