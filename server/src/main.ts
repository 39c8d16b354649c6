import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { openDatabase, type DatabaseHandle } from './db/database';
import { seedDemoDataIfEmpty } from './db/seeders/seed';
import { startServer, type RunningServer } from './server';
import { stopOnSignals } from './shutdown';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config);
  const started = Date.now();
  let db: DatabaseHandle | undefined;
  let server: RunningServer | undefined;

  stopOnSignals('server', logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    try {
      await server?.stop();
    } finally {
      await db?.stop();
    }
  });

  try {
    db = await openDatabase(config, logger);
    server = await startServer({
      config,
      logger,
      databaseUrl: db.url,
      beforeListen: async (orm) => {
        if (config.SEED_DEMO_DATA) await seedDemoDataIfEmpty(orm, logger);
      },
    });
    logger.info({ event: 'server.ready', url: server.url, startupMs: Date.now() - started }, `Salon platform ready at ${server.url}`);
  } catch (err) {
    logger.fatal({ event: 'server.failed', err }, `Could not start: ${err instanceof Error ? err.message : String(err)}`);
    await server?.stop().catch(() => undefined);
    await db?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
