import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config';
import { createOrm } from '../src/db/orm';
import { execute } from '../src/db/sql';
import { isGatherable } from '../src/db/statement-batch';
import { requestScope } from '../src/http/request-scope';
import { createTestDatabase } from './harness';

/**
 * A request's reads of one turn travel as one message on one connection (db/statement-batch.ts): each caller still
 * gets its own rows or its own error, and nothing in a transaction, and no write, is ever gathered.
 */
/** What the test below reads of a pooled pg client: the statement being answered and those written behind it. */
interface PgInternals { _activeQuery: unknown; _sentQueryQueue: unknown[] }

describe('reads gathered into one round trip', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: MikroORM<PostgreSqlDriver>;
  const fork = () => orm.em.fork() as EntityManager;
  const backend = async (em: EntityManager) => (await execute<{ pid: number }>(em, 'select pg_backend_pid() as pid'))[0].pid;

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await createOrm(db.url, { ...loadConfig({ ...process.env, NODE_ENV: 'test' }), DB_POOL_MAX: 8 });
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  it('sends the reads of one turn on one connection, each with its own answer and counted one by one', async () => {
    const em = fork();
    // Hold the pool's connections busy-free but open, so that separate round trips would be spread over them.
    await Promise.all(Array.from({ length: 6 }, () => orm.em.fork().getConnection().execute('select pg_sleep(0.01)')));
    const scope = { requestId: 'batch', sqlStatements: 0, sqlRoundTrips: 0 };
    const [pids, numbers] = await requestScope.run(scope, () =>
      Promise.all([Promise.all(Array.from({ length: 5 }, () => backend(em))), Promise.all([1, 2, 3].map((n) => execute<{ n: number }>(em, 'select ?::int as n', [n])))]),
    );
    expect(new Set(pids).size).toBe(1);
    expect(numbers.map((rows) => rows[0].n)).toEqual([1, 2, 3]);
    expect(scope.sqlStatements).toBe(8);
    expect(scope.sqlRoundTrips).toBe(1);
  });

  it('writes every parameter into the message as PostgreSQL reads it back', async () => {
    const em = fork();
    const texts = ['plain', "O'Brien", 'back\\slash', "both ' and \\", '', '{a,b}', 'عربي ٣'];
    const when = new Date('2026-12-03T10:11:12.345Z');
    const scope = { requestId: 'quoting', sqlStatements: 0, sqlRoundTrips: 0 };
    const answers = await requestScope.run(scope, () => Promise.all([
      ...texts.map((text) => execute<{ v: string }>(em, 'select ?::text as v', [text])),
      // Timestamps come back as text here (MikroORM turns them into dates when it maps rows).
      execute<{ v: string }>(em, "select to_char(?::timestamptz at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') as v", [when]),
      execute<{ v: number }>(em, 'select ?::int + 1 as v', [41]),
      execute<{ v: boolean }>(em, 'select ?::boolean as v', [true]),
    ]));
    // Counted once each: the message was not refused and re-run statement by statement.
    expect(scope.sqlStatements).toBe(texts.length + 3);
    expect(answers.map((rows) => rows[0].v)).toEqual([...texts, when.toISOString(), 42, true]);
  });

  it('keeps separate requests apart', async () => {
    const pids = await Promise.all([backend(fork()), backend(fork())]);
    expect(pids[0]).not.toBe(pids[1]);
  });

  it('gives a failing read its own error and the others their rows', async () => {
    const em = fork();
    const results = await Promise.allSettled([
      execute<{ n: number }>(em, 'select 1 as n'),
      execute(em, 'select 1 / (? - 1) as n', [1]),
      execute<{ n: number }>(em, 'select 3 as n'),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: [{ n: 1 }] });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringMatching(/division by zero/) }) });
    expect(results[2]).toEqual({ status: 'fulfilled', value: [{ n: 3 }] });
  });

  it('never gathers a transaction\'s statements or a write', async () => {
    const em = fork();
    const pidsInTransaction = await em.transactional(async (tx) => {
      const pid = await backend(tx as EntityManager);
      const others = await Promise.all([backend(fork()), backend(fork())]);
      return { pid, again: await backend(tx as EntityManager), others };
    });
    expect(pidsInTransaction.again).toBe(pidsInTransaction.pid);
    // A write beside reads goes on its own; a failing read beside it cannot make it run twice.
    // (A sequence is not rolled back, so an insert run twice would leave 2, not 1.)
    await execute(orm.em.fork() as EntityManager, 'create sequence if not exists batch_seq');
    await execute(orm.em.fork() as EntityManager, 'create table if not exists batch_writes (n int)');
    const writer = fork();
    await Promise.allSettled([execute(writer, "insert into batch_writes values (nextval('batch_seq'))"), execute(writer, 'select 1 / 0'), execute(writer, 'select 1')]);
    expect(await execute(fork(), 'select n from batch_writes')).toEqual([{ n: 1 }]);
  });

  describe('prepared once per connection', () => {
    // One connection, so that every request below reads on the backend the earlier ones prepared on.
    let single: MikroORM<PostgreSqlDriver>;
    const em1 = () => single.em.fork() as EntityManager;
    beforeAll(async () => {
      single = await createOrm(db.url, { ...loadConfig({ ...process.env, NODE_ENV: 'test' }), DB_POOL_MAX: 1 });
    });
    afterAll(() => single.close(true));
    const preparedAs = async (text: string) =>
      execute<{ runs: number; copies: number }>(em1(), 'select coalesce(sum(generic_plans + custom_plans), 0)::int as runs, count(*)::int as copies from pg_prepared_statements where statement = ?', [text]);

    it('writes a batch without waiting for answers (pg pipeline mode on the pool\'s own client)', async () => {
      // An older pg (MikroORM itself pins 8.20, which has no pipeline mode) would send them one after another.
      const em = em1();
      const pool = em.getConnection().getKnex().client.pool as { used: { resource: PgInternals }[] };
      const [, , behindTheFirst] = await Promise.all([execute(em, 'select pg_sleep(0.2)'), execute(em, 'select pg_sleep(0.2)'), (async () => {
        // Once the first statement runs, the second is already on the wire behind it (or, unpipelined, still queued).
        for (let waited = 0; waited < 5_000; waited += 2) {
          const client = pool.used[0]?.resource;
          if (client?._activeQuery) return client._sentQueryQueue.length;
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        return 'the first statement never ran';
      })()]);
      expect(behindTheFirst).toBe(1);
    });

    it('parses a statement once, then only binds and runs it with new values', async () => {
      const sql = 'select ?::int * 2 as doubled, ?::text as label';
      const answers = [];
      for (const n of [1, 2, 3]) answers.push((await execute<{ doubled: number; label: string }>(em1(), sql, [n, `n${n}`]))[0]);
      expect(answers).toEqual([{ doubled: 2, label: 'n1' }, { doubled: 4, label: 'n2' }, { doubled: 6, label: 'n3' }]);
      expect(await preparedAs('select $1::int * 2 as doubled, $2::text as label')).toEqual([{ runs: 3, copies: 1 }]);
    });

    it('prepares again a statement whose table changed shape under it', async () => {
      await execute(em1(), 'create table shape_probe (a int)');
      await execute(em1(), 'insert into shape_probe values (1)');
      expect(await execute(em1(), 'select * from shape_probe where a = ?', [1])).toEqual([{ a: 1 }]);
      await execute(em1(), 'alter table shape_probe add column b text default ?', ['new']);
      expect(await execute(em1(), 'select * from shape_probe where a = ?', [1])).toEqual([{ a: 1, b: 'new' }]);
    });

    it('writes in a list (which MikroORM spreads) and reads an escaped question mark as one', async () => {
      const [spread, operator] = await Promise.all([
        execute<{ n: number }>(em1(), 'select n from unnest(array[?]::int[]) as n order by n', [[3, 1, 2]]),
        execute<{ has: boolean; mark: string }>(em1(), "select ?::jsonb \\? 'a' as has, '\\?' as mark", ['{"a":1}']),
      ]);
      expect(spread.map((row) => row.n)).toEqual([1, 2, 3]);
      expect(operator).toEqual([{ has: true, mark: '?' }]);
    });

    it('sends a spread list as one array, so every length is the same prepared statement', async () => {
      const sql = (length: number, not = '') => `select n from generate_series(1, 5) as n where n ${not}in (${Array(length).fill('?').join(', ')}) order by n`;
      const answers = await Promise.all([
        execute<{ n: number }>(em1(), sql(2), [2, 4]),
        execute<{ n: number }>(em1(), sql(3), [5, 1, 3]),
        execute<{ n: number }>(em1(), sql(2, 'not '), [1, 2]),
      ]);
      expect(answers.map((rows) => rows.map((row) => row.n))).toEqual([[2, 4], [1, 3, 5], [3, 4, 5]]);
      expect(await preparedAs('select n from generate_series(1, 5) as n where n = any($1) order by n')).toEqual([{ runs: 2, copies: 1 }]);
      expect(await preparedAs('select n from generate_series(1, 5) as n where n <> all($1) order by n')).toEqual([{ runs: 1, copies: 1 }]);
    });

    it('answers a folded list as the spread one would: quotes, backslashes, commas, nulls and other placeholders around it', async () => {
      const words = ['plain', 'a"b', 'c\\d', 'e,f', '{g}', 'NULL', 'عربي'];
      const sql = `select w from unnest(string_to_array(?, '|')) as w where w in (${words.map(() => '?').join(', ')}) and w <> ? order by w`;
      const rows = await execute<{ w: string }>(em1(), sql, [[...words, 'other'].join('|'), ...words, 'plain']);
      expect(await preparedAs(`select w from unnest(string_to_array($1, '|')) as w where w = any($2) and w <> $3 order by w`)).toEqual([{ runs: 1, copies: 1 }]);
      expect(rows.map((row) => row.w)).toEqual(words.filter((w) => w !== 'plain').sort());
      // `in (…, null)` and `not in (…, null)` keep SQL's meaning: a null in the list matches nothing, and no row is
      // "not in" a list holding a null.
      const [withNull, notInNull] = await Promise.all([
        execute<{ n: number }>(em1(), 'select n from generate_series(1, 3) as n where n in (?, ?) order by n', [2, null]),
        execute<{ n: number }>(em1(), 'select n from generate_series(1, 3) as n where n not in (?, ?) order by n', [2, null]),
      ]);
      expect(withNull.map((row) => row.n)).toEqual([2]);
      expect(notInNull).toEqual([]);
    });

    it('keeps at most 256 statements per connection', async () => {
      const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => execute<{ n: number }>(em1(), `select ?::int + ${i} as n`, [1])));
      expect(answers.map((rows) => rows[0].n)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
      const [{ count }] = await execute<{ count: number }>(em1(), 'select count(*)::int as count from pg_prepared_statements');
      expect(count).toBeLessThanOrEqual(256);
    });
  });

  it('gathers plain reads only', () => {
    expect(isGatherable('select * from services where salon_id = any(?::uuid[])')).toBe(true);
    expect(isGatherable('  SELECT 1')).toBe(true);
    for (const sql of [
      'insert into t values (1)',
      'with moved as (update bookings set status = ? returning id) select * from moved',
      'select 1; select 2',
      'select id from bookings where id = ? for update',
      'select id from waitlist_entries where id = ? for update skip locked',
      'select id from staff_members where id = ? for share',
      "select nextval('s')",
      'select pg_advisory_xact_lock(hashtext(?))',
      "select set_config('x', ?, false)",
      "select pg_notify('c', ?)",
    ]) expect([sql, isGatherable(sql)]).toEqual([sql, false]);
  });
});
