import { Client } from 'pg';
import { messages } from '../src/i18n/messages';
// Loads every module, so their message fragments are registered.
import '../src/graphql/schema';
import { startTestServer } from './harness';

describe('unexpected failures', () => {
  it('reach the client as INTERNAL_SERVER_ERROR with the request id, and the log keeps the stack', async () => {
    const t = await startTestServer({ env: { NODE_ENV: 'test' } });
    try {
      // Take the database away under the running server: a genuine unexpected failure.
      const dbName = new URL(t.app.orm.config.get('clientUrl')!).pathname.slice(1);
      const admin = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
      await admin.connect();
      await admin.query(`ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [dbName]);
      await admin.end();

      const res = await t.gql('{ salons(first: 1) { edges { cursor } } }', {}, { headers: { 'x-request-id': 'req-boom-1' } });
      expect(res.errors).toHaveLength(1);
      const [error] = res.errors!;
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-boom-1' });
      expect(error.message).toBe(messages.en['error.internal']);
      expect(JSON.stringify(res)).not.toMatch(/at .*\.(js|ts):\d+/);

      const logged = t.logs.find((l) => l.event === 'graphql.error' && l.requestId === 'req-boom-1');
      expect(logged?.err?.stack).toBeTruthy();

      expect((await fetch(`${t.url}/readyz`)).status).toBe(503);

      const admin2 = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
      await admin2.connect();
      await admin2.query(`ALTER DATABASE ${dbName} WITH ALLOW_CONNECTIONS true`);
      await admin2.end();
    } finally {
      await t.stop();
    }
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const t = await startTestServer();
    try {
      const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toMatch(/at .*\.js:\d+/);
    } finally {
      await t.stop();
    }
  });
});

describe('server message catalogues', () => {
  it('have the same keys in Arabic and English', () => {
    const ar = Object.keys(messages.ar).sort();
    const en = Object.keys(messages.en).sort();
    expect(ar.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !ar.includes(k))).toEqual([]);
  });
});
