import { signAccessToken } from '../src/modules/accounts/access-token';
import { createTestDatabase, startTestServer, type TestServer } from './harness';
import { startTcpBlackhole, type TcpBlackhole } from './fakes/tcp-blackhole';
import { runServerToExit } from './process';

const SALONS = '{ salons(first: 2) { edges { node { id nameEn } } } }';

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

describe('a database that stops answering', () => {
  it('start-up against a black hole logs what it waits for, gives up with a clear message and exit code 1', async () => {
    const hole = await startTcpBlackhole();
    try {
      const { value } = await timed(() =>
        runServerToExit({
          DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${hole.port}/salon`,
          LOG_LEVEL: 'info',
          DB_CONNECT_TIMEOUT_MS: '500',
          DB_STARTUP_TIMEOUT_MS: '2000',
        }),
      );
      const lines = value.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(value.code).toBe(1);
      expect(lines.find((l) => l.event === 'db.connecting')).toMatchObject({ database: expect.stringContaining(`127.0.0.1:${hole.port}`), timeoutMs: 2000 });
      expect(lines.some((l) => l.event === 'db.waiting')).toBe(true);
      const failed = lines.find((l) => l.event === 'server.failed');
      expect(failed.msg).toMatch(/did not answer within 2 s/);
      // Measured from the log, not the child's run time: compiling the process on a loaded machine is not the wait.
      const waitedMs = Date.parse(failed.time) - Date.parse(lines.find((l) => l.event === 'db.connecting').time);
      expect(waitedMs).toBeLessThan(2000 + 500 + 1500);
    } finally {
      await hole.close();
    }
  });

  describe('mid-run', () => {
    let db: { url: string; drop(): Promise<void> };
    let proxy: TcpBlackhole;
    let t: TestServer;

    beforeAll(async () => {
      db = await createTestDatabase();
      const url = new URL(db.url);
      proxy = await startTcpBlackhole({ host: url.hostname, port: Number(url.port) });
      url.port = String(proxy.port);
      t = await startTestServer({
        databaseUrl: url.toString(),
        seedDemo: true,
        env: { LOG_LEVEL: 'warn', DB_CONNECT_TIMEOUT_MS: '1000', DB_ACQUIRE_TIMEOUT_MS: '1000', DB_QUERY_TIMEOUT_MS: '2000', READYZ_TIMEOUT_MS: '1500' },
      });
    });

    afterAll(async () => {
      proxy.restore();
      await t.stop();
      await proxy.close();
      await db.drop();
    });

    it('answers /readyz 503 within 2 s and GraphQL with SERVICE_UNAVAILABLE (HTTP 503) within the query timeout, then recovers', async () => {
      expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
      expect((await t.gql(SALONS)).data.salons.edges).toHaveLength(2);
      const token = await signAccessToken({ userId: '00000000-0000-4000-8000-000000000001', role: 'CUSTOMER' as never, sessionId: '00000000-0000-4000-8000-000000000002' }, t.app.config.JWT_SECRET, 900, t.app.now());

      proxy.blackhole();

      const ready = await timed(() => fetch(`${t.url}/readyz`));
      expect(ready.value.status).toBe(503);
      expect(await ready.value.json()).toEqual({ status: 'database-unavailable' });
      expect(ready.ms).toBeLessThan(2000);

      // Anonymous (fails in a resolver), several at once (the pool runs dry), and signed in (fails building the context).
      const answers = await timed(() => Promise.all([t.gql(SALONS), t.gql(SALONS), t.gql(SALONS), t.gql('{ me { id } }', {}, { token })]));
      for (const answer of answers.value) {
        expect(answer.status).toBe(503);
        expect(answer.headers.get('retry-after')).toBe('5');
        expect(answer.errors).toHaveLength(1);
        expect(answer.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', ...(answer.errors![0].extensions!.requestId ? { requestId: expect.any(String) } : {}) });
        expect(answer.errors![0].message).toMatch(/غير متاحة/);
      }
      // Query timeout 2 s, acquire timeout 1 s: bounded well below the 30 s the same request used to hang.
      expect(answers.ms).toBeLessThan(6000);

      proxy.restore();
      let status = 0;
      for (let i = 0; i < 40 && status !== 200; i += 1) {
        status = (await fetch(`${t.url}/readyz`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
      expect((await t.gql(SALONS)).data.salons.edges).toHaveLength(2);
    });
  });
});
