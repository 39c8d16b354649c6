import { Client } from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { seedDemoDataIfEmpty } from '../src/db/seeders/seed';
import { startServer, type RunningServer } from '../src/server';
import { createTestDatabase } from './harness';

describe('instances starting together', () => {
  it('two servers starting at once on one empty database both come up, migrate once and seed once', async () => {
    const db = await createTestDatabase({ empty: true });
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', WORKER_IN_PROCESS: 'false' });
    const logger = pino({ level: 'silent' });
    const start = () =>
      startServer({ config, logger, databaseUrl: db.url, beforeListen: (orm) => seedDemoDataIfEmpty(orm, logger).then(() => undefined) });
    const servers: RunningServer[] = [];
    try {
      const results = await Promise.allSettled([start(), start(), start()]);
      for (const r of results) if (r.status === 'fulfilled') servers.push(r.value);
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
      for (const server of servers) expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

      const client = new Client({ connectionString: db.url });
      await client.connect();
      const phones = await client.query('select phone_number, count(*)::int as n from users group by phone_number having count(*) > 1');
      const salons = await client.query('select count(*)::int as n from salons');
      await client.end();
      expect(phones.rows).toEqual([]);
      expect(salons.rows[0].n).toBe(6);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      await db.drop();
    }
  });
});
