import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { startEmbeddedPostgres } from './embedded-postgres';
import { repoRoot } from './paths';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise a real PostgreSQL embedded in this process tree, with data in .data/postgres. */
export async function openDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    logger.info({ event: 'db.selected', database: redact(config.DATABASE_URL), embedded: false }, `Using PostgreSQL at ${redact(config.DATABASE_URL)}`);
    return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dir = path.resolve(repoRoot, config.EMBEDDED_PG_DIR);
  const db = await startEmbeddedPostgres(dir, logger);
  logger.info({ event: 'db.selected', database: redact(db.url), embedded: true, shared: db.shared, dataDir: dir }, `Using embedded PostgreSQL at ${redact(db.url)} (data in ${dir})`);
  return { url: db.url, embedded: true, stop: db.stop };
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable)';
  }
}
