import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { createAppServices, type AppServices } from './app-services';
import { defaultPublicUrl, type Config } from './config';
import type { Logger } from './logger';
import { createOrm, migrate } from './db/orm';
import { createHttpApp } from './http/app';
import { createGraphqlHandler } from './http/graphql-middleware';
import { startJobLoop } from './jobs';

export interface RunningServer {
  url: string;
  app: AppServices;
  stop(): Promise<void>;
}

export interface ServerOptions {
  config: Config;
  logger: Logger;
  databaseUrl: string;
  /** Overrides for tests: a fixed clock, or fakes of external providers. */
  overrides?: Partial<AppServices>;
  /** Called after migrations, before the server listens (demo data, test fixtures). */
  beforeListen?: (orm: MikroORM) => Promise<void>;
}

/** Migrates the database and serves HTTP. Used by `main.ts` and by tests, which run the real server in-process. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { config, logger } = options;
  const orm = await createOrm(options.databaseUrl, logger, options.overrides?.now);
  const applied = await migrate(orm);
  if (applied.length) logger.info({ event: 'db.migrated', migrations: applied }, `Applied ${applied.length} migration(s)`);
  await options.beforeListen?.(orm);

  const app: AppServices = { ...createAppServices(config, logger, orm), ...options.overrides };
  const graphql = await createGraphqlHandler(app);
  const jobs = config.WORKER_IN_PROCESS && config.WORKER_INTERVAL_MS > 0 ? startJobLoop(app, config.WORKER_INTERVAL_MS) : null;
  const httpServer = http.createServer(createHttpApp(app, graphql));
  httpServer.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;

  let stopping: Promise<void> | undefined;
  return {
    url: defaultPublicUrl(config.HOST, port),
    app,
    stop() {
      // Stop accepting, let in-flight requests finish, then release the database.
      stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          httpServer.close(() => resolve());
          httpServer.closeIdleConnections();
        });
        await jobs?.stop();
        await graphql.stop();
        await orm.close(true);
      })();
      return stopping;
    },
  };
}
