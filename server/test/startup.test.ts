import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from './harness';
import { runServerToExit, spawnServer } from './process';

const salonsQuery = JSON.stringify({ query: '{ salons(first: 10) { edges { node { nameEn } } } }' });

async function querySalons(url: string) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: salonsQuery });
  return (await res.json()) as any;
}

describe('the real server process', () => {
  it('starts on DATABASE_URL, migrates, seeds, serves /readyz and salons, and stops cleanly on SIGTERM', async () => {
    const db = await createTestDatabase();
    try {
      const server = await spawnServer({ DATABASE_URL: db.url });
      expect(server.lines.find((l) => l.event === 'db.selected')).toMatchObject({ embedded: false });
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      const body = await querySalons(server.url);
      expect(body.data.salons.edges).toHaveLength(6);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.lines.some((l) => l.event === 'server.stopped')).toBe(true);
    } finally {
      await db.drop();
    }
  });

  it('without DATABASE_URL runs an embedded PostgreSQL, keeps its data, and leaves no PostgreSQL behind on Ctrl-C', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-embedded-'));
    fs.chmodSync(dir, 0o777);
    const dataDir = path.join(dir, 'postgres');
    const env = { DATABASE_URL: undefined, EMBEDDED_PG_DIR: dataDir };
    try {
      const first = await spawnServer(env, 120_000);
      expect(first.lines.find((l) => l.event === 'db.selected')).toMatchObject({ embedded: true });
      expect((await querySalons(first.url)).data.salons.edges).toHaveLength(6);
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      expect(postgresProcessesFor(dataDir)).toBe(0);

      // A second start finds the data in place and does not seed twice.
      const second = await spawnServer(env, 120_000);
      expect(second.lines.some((l) => l.event === 'db.seeded')).toBe(false);
      expect((await querySalons(second.url)).data.salons.edges).toHaveLength(6);
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
      expect(postgresProcessesFor(dataDir)).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Two cold starts of an embedded PostgreSQL, each allowed 120 s by spawnServer.
  }, 300_000);

  it('refuses to start on a bad setting, naming the variable in one line, with exit code 1', async () => {
    const { code, stderr } = await runServerToExit({ PORT: 'not-a-port' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/PORT/);
  });

  it('refuses the console OTP provider in production', async () => {
    const { code, stderr } = await runServerToExit({ NODE_ENV: 'production', OTP_PROVIDER: 'console', JWT_SECRET: 'x'.repeat(40) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/OTP_PROVIDER/);
  });

  describe('closed by default: production refuses to start without real Moyasar keys unless payments are off', () => {
    const production = { NODE_ENV: 'production', OTP_PROVIDER: 'authentica', AUTHENTICA_API_KEY: 'key', JWT_SECRET: 'x'.repeat(40) };
    const keys = { MOYASAR_SECRET_KEY: 'sk_live_abc', MOYASAR_PUBLISHABLE_KEY: 'pk_live_abc', MOYASAR_WEBHOOK_SECRET: 'whsec_live_abc' };
    const none = { MOYASAR_SECRET_KEY: undefined, MOYASAR_PUBLISHABLE_KEY: undefined, MOYASAR_WEBHOOK_SECRET: undefined };
    it.each([
      ['no Moyasar settings at all', none, 'MOYASAR_SECRET_KEY'],
      ['no publishable key', { MOYASAR_PUBLISHABLE_KEY: undefined }, 'MOYASAR_PUBLISHABLE_KEY'],
      ['no webhook secret', { MOYASAR_WEBHOOK_SECRET: undefined }, 'MOYASAR_WEBHOOK_SECRET'],
      ["the simulator's published webhook secret", { MOYASAR_WEBHOOK_SECRET: 'whsec_simulator' }, 'MOYASAR_WEBHOOK_SECRET'],
    ])('%s: exit code 1 naming the variable', async (_name, over, variable) => {
      const { code, stderr } = await runServerToExit({ ...production, ...keys, ...over });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(new RegExp(`${variable}.*production`));
    });
  });
});

function postgresProcessesFor(dataDir: string): number {
  const out = execSync('ps -eo args', { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(dataDir)).length;
}
