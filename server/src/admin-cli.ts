import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { openDatabase } from './db/database';
import { createOrm, migrate, waitForDatabase } from './db/orm';
import { setPlatformAdmin } from './modules/people/platform';

/**
 * `npm run admin:grant -- <phone>` / `npm run admin:revoke -- <phone>`: the only way to make or unmake a platform
 * administrator (the API has no mutation for it). Uses DATABASE_URL, or the embedded PostgreSQL like the worker.
 */
async function run(command: string | undefined, phone: string | undefined) {
  if ((command !== 'grant' && command !== 'revoke') || !phone) throw new ConfigError('Usage: npm run admin:grant -- <phone>  |  npm run admin:revoke -- <phone>');
  const config = loadConfig();
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  const orm = await createOrm(db.url, config, logger);
  try {
    await waitForDatabase(orm, logger, db.url, config.DB_STARTUP_TIMEOUT_MS);
    await migrate(orm, logger);
    const result = await setPlatformAdmin(orm.em.fork() as EntityManager, phone, command === 'grant');
    logger.info({ event: `admin.${command}`, ...result }, `${result.phoneNumber}: ${result.changed ? `${command === 'grant' ? 'now' : 'no longer'} a platform administrator` : 'nothing to change'}`);
  } finally {
    await orm.close(true);
    await db.stop();
  }
}

run(process.argv[2], process.argv[3]).catch((err) => {
  console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
  process.exit(1);
});
