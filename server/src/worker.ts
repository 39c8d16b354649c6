import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { openDatabase } from './db/database';
import { createOrm, pendingMigrations, waitForDatabase } from './db/orm';
import { startJobLoop } from './jobs';
import { createAppServices } from './app-services';
import { stopOnSignals } from './shutdown';

/**
 * `npm run worker`: the background jobs (notification delivery, hold expiry) on their own, next to any number of
 * servers (which then run with WORKER_IN_PROCESS=false, or not: the jobs are safe to run anywhere at once).
 * It never migrates: the server does that, and the worker refuses to run against an older schema.
 */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  if (!config.DATABASE_URL) {
    // The embedded PostgreSQL belongs to the one server process that started it; that server runs the jobs itself.
    throw new ConfigError('Invalid configuration: DATABASE_URL: npm run worker needs the database the servers use (with the embedded database, the server runs the jobs in-process)');
  }
  const db = await openDatabase(config, logger);
  const orm = await createOrm(db.url, config, logger);
  await waitForDatabase(orm, logger, db.url, config.DB_STARTUP_TIMEOUT_MS);
  if ((await pendingMigrations(orm)) > 0) {
    logger.fatal({ event: 'worker.migrations_pending' }, 'The database has pending migrations; start the server (or npm run db:migrate) first');
    process.exit(1);
  }
  const app = createAppServices(config, logger, orm);
  const loop = startJobLoop(app, config.WORKER_INTERVAL_MS || 5000);
  logger.info({ event: 'worker.ready' }, 'Worker running');
  // The pass in progress finishes (every wait in it is bounded by the database timeouts), then the pool closes.
  stopOnSignals('worker', logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await loop.stop();
    await orm.close(true);
    await db.stop();
  });
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
