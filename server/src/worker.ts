import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase, type DatabaseHandle } from './db/database';
import { createOrm, pendingMigrations, waitForDatabase } from './db/orm';
import { startJobLoop } from './jobs';
import { createAppServices } from './app-services';
import { stopOnSignals } from './shutdown';

/**
 * `npm run worker`: the background jobs (notification delivery, hold expiry) on their own, next to any number of
 * servers (which then run with WORKER_IN_PROCESS=false, or not: the jobs are safe to run anywhere at once).
 * It never migrates: the server does that, and the worker refuses to run against an older schema. Without
 * DATABASE_URL it uses the embedded PostgreSQL of EMBEDDED_PG_DIR: the one a server already runs there, or
 * one it starts itself (and stops when it stops).
 */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  let db: DatabaseHandle | undefined;
  let orm: MikroORM | undefined;
  let loop: { stop(): Promise<void> } | undefined;
  // Installed first, so a signal while waiting for the database still stops an embedded PostgreSQL started here.
  // The pass in progress finishes (every wait in it is bounded by the database timeouts), then the pool closes.
  stopOnSignals('worker', logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    try {
      await loop?.stop();
      await orm?.close(true);
    } finally {
      await db?.stop();
    }
  });
  try {
    db = await openDatabase(config, logger);
    orm = await createOrm(db.url, config, logger);
    await waitForDatabase(orm, logger, db.url, config.DB_STARTUP_TIMEOUT_MS);
    if ((await pendingMigrations(orm)) > 0) {
      throw new Error('The database has pending migrations; start the server (or npm run db:migrate) first');
    }
  } catch (err) {
    logger.fatal({ event: 'worker.failed', err }, `Could not start: ${err instanceof Error ? err.message : String(err)}`);
    await orm?.close(true).catch(() => undefined);
    await db?.stop().catch(() => undefined);
    process.exit(1);
  }
  loop = startJobLoop(createAppServices(config, logger, orm), config.WORKER_INTERVAL_MS || 5000);
  logger.info({ event: 'worker.ready' }, 'Worker running');
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
