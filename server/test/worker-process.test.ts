import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from './harness';
import { startTcpBlackhole } from './fakes/tcp-blackhole';
import { spawnServer, spawnWorker } from './process';

const logTime = (lines: Record<string, any>[], event: string) => Date.parse(lines.find((l) => l.event === event)!.time);

describe('npm run worker', () => {
  it('stops within SHUTDOWN_TIMEOUT_MS on SIGTERM, logging worker.stopped, even while its database has stopped answering', async () => {
    const db = await createTestDatabase();
    const url = new URL(db.url);
    const proxy = await startTcpBlackhole({ host: url.hostname, port: Number(url.port) });
    url.port = String(proxy.port);
    try {
      const worker = await spawnWorker({ DATABASE_URL: url.toString(), WORKER_INTERVAL_MS: '100', SHUTDOWN_TIMEOUT_MS: '3000', DB_QUERY_TIMEOUT_MS: '20000' });
      await new Promise((r) => setTimeout(r, 500));
      proxy.blackhole();
      await new Promise((r) => setTimeout(r, 300));
      worker.child.kill('SIGTERM');
      const code = await worker.exited;
      const stopped = worker.lines.find((l) => l.event === 'worker.stopped');
      expect(stopped).toBeDefined();
      expect(logTime(worker.lines, 'worker.stopped') - logTime(worker.lines, 'worker.stopping')).toBeLessThan(3000 + 500);
      // Cut short by the bound (a job pass was waiting on the black hole): said so, and a non-zero exit.
      expect(stopped!.forced ? code : 0).toBe(stopped!.forced ? 1 : 0);
    } finally {
      proxy.restore();
      await proxy.close();
      await db.drop();
    }
  });

  it('without DATABASE_URL uses the embedded PostgreSQL a running server holds, and starts its own when none runs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-worker-'));
    fs.chmodSync(dir, 0o777);
    const dataDir = path.join(dir, 'postgres');
    const env = { DATABASE_URL: undefined, EMBEDDED_PG_DIR: dataDir, WORKER_IN_PROCESS: 'false' };
    try {
      const server = await spawnServer(env, 120_000);
      const shared = await spawnWorker(env);
      expect(shared.lines.find((l) => l.event === 'db.selected')).toMatchObject({ embedded: true, shared: true });
      shared.child.kill('SIGTERM');
      expect(await shared.exited).toBe(0);
      expect(shared.lines.some((l) => l.event === 'worker.stopped')).toBe(true);
      // The worker left the server's database running.
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      server.child.kill('SIGINT');
      expect(await server.exited).toBe(0);

      const alone = await spawnWorker(env, 120_000);
      expect(alone.lines.find((l) => l.event === 'db.selected')).toMatchObject({ embedded: true, shared: false });
      alone.child.kill('SIGTERM');
      expect(await alone.exited).toBe(0);
      expect(execSync('ps -eo args', { encoding: 'utf8' }).split('\n').filter((l) => l.includes(dataDir))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
