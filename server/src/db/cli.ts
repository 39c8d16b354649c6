import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { openDatabase } from './database';
import { createOrm, migrate, waitForDatabase } from './orm';
import { seedDemoData, seedDemoDataIfEmpty } from './seeders/seed';

/** `db:migrate` applies pending migrations; `db:seed` migrates, then loads demo data into an empty database. */
async function run(command: string | undefined) {
  const config = loadConfig();
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  const orm = await createOrm(db.url, config, logger);
  try {
    await waitForDatabase(orm, logger, db.url, config.DB_STARTUP_TIMEOUT_MS);
    const applied = await migrate(orm, logger);
    logger.info({ event: 'db.migrated', migrations: applied }, `Applied ${applied.length} migration(s)`);
    if (command === 'seed') {
      const seeded = process.argv.includes('--force') ? (await seedDemoData(orm), true) : await seedDemoDataIfEmpty(orm, logger);
      if (!seeded) logger.info({ event: 'db.seed.skipped' }, 'Database already has data; pass --force to add the demo data anyway');
    } else if (command !== 'migrate') {
      throw new Error(`Unknown command ${command}; use migrate or seed`);
    }
  } finally {
    await orm.close(true);
    await db.stop();
  }
}

run(process.argv[2]).catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
