import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { createAppServices, type AppServices } from './app-services';
import { defaultPublicUrl, type Config } from './config';
import type { Logger } from './logger';
import { createOrm, migrate, waitForDatabase } from './db/orm';
import { createHttpApp } from './http/app';
import { drainable } from './http/drain';
import { createGraphqlHandler } from './http/graphql-middleware';
import { ResponseCache } from './http/response-cache';
import { startJobLoop } from './jobs';

export interface RunningServer {
  url: string;
  app: AppServices;
  /** The shared cache of anonymous catalogue and salon answers (ADR 0022). */
  responseCache: ResponseCache;
  /** Drains HTTP (bounded by SHUTDOWN_TIMEOUT_MS), then stops the jobs and GraphQL and closes the database pool. */
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
  const orm = await createOrm(options.databaseUrl, config, logger, options.overrides?.now);
  await waitForDatabase(orm, logger, options.databaseUrl, config.DB_STARTUP_TIMEOUT_MS);
  const applied = await migrate(orm, logger);
  if (applied.length) logger.info({ event: 'db.migrated', migrations: applied }, `Applied ${applied.length} migration(s)`);
  await options.beforeListen?.(orm);

  const app: AppServices = { ...createAppServices(config, logger, orm), ...options.overrides };
  const graphql = await createGraphqlHandler(app);
  const jobs = config.WORKER_IN_PROCESS && config.WORKER_INTERVAL_MS > 0 ? startJobLoop(app, config.WORKER_INTERVAL_MS) : null;
  const lifecycle = { stopping: false };
  const responseCache = new ResponseCache({
    databaseUrl: options.databaseUrl, logger, now: app.now, maxBytes: config.RESPONSE_CACHE_MAX_MB * 1024 * 1024, connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
  });
  const handler = createHttpApp(app, graphql, lifecycle, responseCache);
  const httpServer = http.createServer((req, res) => {
    // While draining, every answer closes its connection, so keep-alive clients move to another instance
    // instead of sending their next request into a server that is about to go away.
    if (lifecycle.stopping) res.setHeader('connection', 'close');
    handler(req, res);
  });
  httpServer.keepAliveTimeout = 5_000;
  const connections = drainable(httpServer);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  await responseCache.start();

  let stopping: Promise<void> | undefined;
  return {
    url: defaultPublicUrl(config.HOST, port),
    app,
    responseCache,
    stop() {
      // One order: stop accepting and drain HTTP while GraphQL and the database still work, so no request in
      // flight sees a stopped Apollo (that was HTTP 500); then the jobs, Apollo and the pool.
      stopping ??= (async () => {
        lifecycle.stopping = true;
        await connections.drain(Math.floor(config.SHUTDOWN_TIMEOUT_MS * 0.7));
        await jobs?.stop();
        await responseCache.stop();
        await graphql.stop();
        await orm.close(true);
      })();
      return stopping;
    },
  };
}
