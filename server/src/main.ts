import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { openDatabase, type DatabaseHandle } from './db/database';
import { seedDemoDataIfEmpty } from './db/seeders/seed';
import { startServer, type RunningServer } from './server';

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

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ event: 'server.stopping', signal }, 'Shutting down');
    try {
      await server?.stop();
    } finally {
      await db?.stop();
    }
    logger.info({ event: 'server.stopped' }, 'Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

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
    logger.fatal({ event: 'server.failed', err }, 'Could not start');
    await server?.stop().catch(() => undefined);
    await db?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
