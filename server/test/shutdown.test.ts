import http from 'node:http';
import { createTestDatabase } from './harness';
import { spawnServer } from './process';

const BODY = JSON.stringify({ query: '{ salons(first: 3) { edges { node { id nameEn } } } }' });

/** Sends requests back to back on one keep-alive connection until the server refuses or `deadline` passes. */
async function hammer(url: URL, agent: http.Agent, statuses: number[], errors: string[], deadline: () => boolean) {
  while (!deadline()) {
    const outcome = await new Promise<number | string>((resolve) => {
      const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
        res.on('error', (err) => resolve(err.message));
      });
      req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
      req.end(BODY);
    });
    if (typeof outcome === 'number') statuses.push(outcome);
    else {
      errors.push(outcome);
      // Refused: the server has stopped listening. Anything else (a reset) is retried like a real client would.
      if (outcome === 'ECONNREFUSED') return;
    }
  }
}

describe('graceful shutdown under keep-alive traffic', () => {
  it('answers every request during the drain with 200 or 503, never 500, logs server.stopped and exits within SHUTDOWN_TIMEOUT_MS', async () => {
    const db = await createTestDatabase();
    try {
      const server = await spawnServer({ DATABASE_URL: db.url, SEED_DEMO_DATA: 'false', WORKER_IN_PROCESS: 'true', WORKER_INTERVAL_MS: '200', SHUTDOWN_TIMEOUT_MS: '5000' });
      const url = new URL('/graphql', server.url);
      const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
      const statuses: number[] = [];
      const errors: string[] = [];
      let exitedAt = 0;
      void server.exited.then(() => (exitedAt = performance.now()));
      const stopAt = performance.now() + 20_000;
      const loops = Array.from({ length: 8 }, () => hammer(url, agent, statuses, errors, () => exitedAt > 0 || performance.now() > stopAt));

      await new Promise((r) => setTimeout(r, 1500));
      const before = statuses.length;
      const signalledAt = performance.now();
      server.child.kill('SIGTERM');
      const code = await server.exited;
      await Promise.all(loops);
      agent.destroy();

      const stopped = server.lines.find((l) => l.event === 'server.stopped')!;
      const counts = statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
      expect(before).toBeGreaterThan(0);
      expect(statuses.length).toBeGreaterThan(before);
      expect(Object.keys(counts).filter((s) => s !== '200' && s !== '503')).toEqual([]);
      expect(code).toBe(0);
      expect(stopped).toMatchObject({ level: 30 });
      expect(stopped.forced).toBeUndefined();
      expect(exitedAt - signalledAt).toBeLessThan(5000 + 1000);
      // eslint-disable-next-line no-console
      console.log(JSON.stringify({ counts, connectionErrors: errors, stopMs: stopped.durationMs, exitMs: Math.round(exitedAt - signalledAt) }));
    } finally {
      await db.drop();
    }
  });
});
