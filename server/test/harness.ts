import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import type { AppServices } from '../src/app-services';
import { startServer, type RunningServer } from '../src/server';

/** A fresh database, copied from the migrated template (or empty, not even migrated), for one test file. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL!;
  const template = process.env.TEST_PG_TEMPLATE!;
  const name = `${template}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface GqlResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestServer {
  url: string;
  databaseUrl: string;
  server: RunningServer;
  app: AppServices;
  /** Every log line the server wrote, parsed. */
  logs: Record<string, any>[];
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<GqlResponse<T>>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  /** Share another test server's database (several instances on one database); it is not dropped on stop. */
  databaseUrl?: string;
  overrides?: Partial<AppServices>;
  seedDemo?: boolean;
}

/** Runs the real server (HTTP, GraphQL, ORM) on 127.0.0.1 against a database of its own. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const db = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestDatabase();
  // Background jobs are driven by the tests themselves (runJobsOnce), so timing never decides an outcome.
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', WORKER_IN_PROCESS: 'false', ...options.env });
  const logs: Record<string, any>[] = [];
  const logger = pino(
    { level: config.LOG_LEVEL, base: undefined },
    new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
        done();
      },
    }),
  );
  const server = await startServer({
    config,
    logger,
    databaseUrl: db.url,
    overrides: options.overrides,
    beforeListen: async (orm) => {
      if (options.seedDemo) {
        const { seedDemoData } = await import('../src/db/seeders/seed');
        await seedDemoData(orm);
      }
    },
  });
  return {
    url: server.url,
    databaseUrl: db.url,
    server,
    app: server.app,
    logs,
    async gql(query, variables, opts = {}) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
    },
    async stop() {
      await server.stop();
      await db.drop();
    },
  };
}
