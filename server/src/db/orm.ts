import { MikroORM, type Options } from '@mikro-orm/core';
import { PostgreSqlDriver, type AbstractSqlConnection } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { entities } from './entities';
import { migrationsList } from './migrations';
import { redact } from './database';
import { requestScope } from '../http/request-scope';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { bindClock, configuredClock, type Clock } from './clock';

/** The database settings that bound every wait on PostgreSQL (see .env.example, "Database"). */
export type DatabaseTimeouts = Pick<
  Config,
  | 'DB_CONNECT_TIMEOUT_MS'
  | 'DB_ACQUIRE_TIMEOUT_MS'
  | 'DB_STATEMENT_TIMEOUT_MS'
  | 'DB_QUERY_TIMEOUT_MS'
  | 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'
  | 'DB_KEEPALIVE_MS'
  | 'DB_POOL_MAX'
>;

export function ormOptions(clientUrl: string, timeouts: DatabaseTimeouts, logger?: Logger): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator, SeedManager],
    migrations: { migrationsList, snapshot: false, transactional: true, allOrNothing: true, disableForeignKeys: false },
    // The schema is owned by migrations; nothing may alter it at run time.
    ensureDatabase: false,
    // Connecting is bounded and logged by waitForDatabase, not done blindly inside init().
    connect: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // A PostgreSQL that stops answering must not hang a request, a probe or start-up: every wait has a bound.
    pool: {
      min: 0,
      max: timeouts.DB_POOL_MAX,
      acquireTimeoutMillis: timeouts.DB_ACQUIRE_TIMEOUT_MS,
      createTimeoutMillis: timeouts.DB_CONNECT_TIMEOUT_MS,
    },
    driverOptions: {
      connection: {
        connectionTimeoutMillis: timeouts.DB_CONNECT_TIMEOUT_MS,
        // Server side: a statement, or a transaction left idle, is cut off by PostgreSQL itself.
        statement_timeout: timeouts.DB_STATEMENT_TIMEOUT_MS,
        idle_in_transaction_session_timeout: timeouts.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        // Client side: when PostgreSQL does not answer at all (network gone), the server timeouts never fire.
        query_timeout: timeouts.DB_QUERY_TIMEOUT_MS,
        keepAlive: timeouts.DB_KEEPALIVE_MS > 0,
        keepAliveInitialDelayMillis: timeouts.DB_KEEPALIVE_MS,
      },
    },
    // Counts statements (and round trips: statement-batch.ts takes back those it gathers) per request for the
    // x-sql-statements and x-sql-round-trips headers, the N+1 tests and the benchmark.
    onQuery: (sql: string) => {
      const scope = requestScope.getStore();
      if (scope) {
        scope.sqlStatements += 1;
        scope.sqlRoundTrips += 1;
      }
      return sql;
    },
    debug: logger?.isLevelEnabled('trace') ? ['query'] : false,
    logger: (message: string) => logger?.trace({ event: 'orm' }, message),
  };
}

/** An ORM whose entity timestamps come from `clock` (the clock the application's rules read), not yet connected: call waitForDatabase before using it at start-up. */
/** `clock` defaults to the configured one (APP_CLOCK_START, else the machine's), so every process of a deployment shares it. */
export async function createOrm(
  clientUrl: string,
  timeouts: DatabaseTimeouts & Pick<Config, 'APP_CLOCK_START'>,
  logger?: Logger,
  clock: Clock = configuredClock(timeouts),
): Promise<MikroORM<PostgreSqlDriver>> {
  const orm = await MikroORM.init(ormOptions(clientUrl, timeouts, logger));
  bindClock(orm, clock);
  return orm;
}

/**
 * Retries `select 1` until PostgreSQL answers or `timeoutMs` passes, logging each failed attempt, so a
 * database that is down or black-holed makes start-up say what it waits for and then fail, never hang.
 */
export async function waitForDatabase(orm: MikroORM, logger: Logger, clientUrl: string, timeoutMs: number): Promise<void> {
  const database = redact(clientUrl);
  const deadline = performance.now() + timeoutMs;
  logger.info({ event: 'db.connecting', database, timeoutMs }, `Connecting to PostgreSQL at ${database}`);
  for (let attempt = 1; ; attempt += 1) {
    const check = await orm.checkConnection();
    if (check.ok) return;
    const remainingMs = deadline - performance.now();
    if (remainingMs <= 0) {
      throw new Error(`PostgreSQL at ${database} did not answer within ${Math.round(timeoutMs / 1000)} s (last error: ${check.reason}); check DATABASE_URL and that the database is reachable`);
    }
    logger.warn({ event: 'db.waiting', database, attempt, reason: check.reason, remainingMs }, `Waiting for PostgreSQL at ${database}: ${check.reason}`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, remainingMs)));
  }
}

// One key for everything that changes the schema or loads the demo data, shared by every instance.
const SCHEMA_LOCK_KEY = 72_531_001;

/**
 * Runs `fn` while holding a PostgreSQL session advisory lock, so instances that start together on one database
 * migrate and seed one after the other instead of racing on the same DDL. Polls with pg_try_advisory_lock
 * (logging while it waits) rather than blocking, so the statement timeout never cuts a long wait short.
 */
export async function withSchemaLock<T>(orm: MikroORM, logger: Logger, fn: () => Promise<T>): Promise<T> {
  // A raw connection of the pool: a session-level lock belongs to the connection that took it.
  const client = (orm.em.getConnection() as AbstractSqlConnection).getKnex().client;
  const connection = await client.acquireConnection();
  try {
    let waiting = false;
    for (;;) {
      const { rows } = await connection.query('select pg_try_advisory_lock($1) as locked', [SCHEMA_LOCK_KEY]);
      if (rows[0].locked) break;
      if (!waiting) logger.info({ event: 'db.schema_lock.waiting' }, 'Another instance is migrating or seeding this database; waiting for it');
      waiting = true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    try {
      return await fn();
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]);
    }
  } finally {
    await client.releaseConnection(connection);
  }
}

export async function migrate(orm: MikroORM, logger: Logger): Promise<string[]> {
  return withSchemaLock(orm, logger, async () => {
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  });
}

export async function pendingMigrations(orm: MikroORM): Promise<number> {
  return (await orm.getMigrator().getPendingMigrations()).length;
}
