import 'reflect-metadata';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import pino from 'pino';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { startServer } from '../src/server';
import { startSession } from '../src/modules/accounts/sessions';
import { User } from '../src/modules/accounts/user.entity';
import { generate } from './generate';
import { CATALOGUE } from './documents';

/**
 * One read in a steady state, for profiling (docs/performance.md, "Profiling again"): the real server in this
 * process on a PostgreSQL database `salon_profile` (made and filled with the bench's data on first use, kept for the
 * next run), warmed up, then N requests at 10 connections, measured and optionally profiled after the warm-up, so
 * start-up is not in the profile.
 *
 * `NODE_ENV=production node -r @swc-node/register bench/profile-read.ts` with, all optional:
 * PROFILE_DATABASE_URL (a server to create it on; default postgres://postgres@127.0.0.1:5432/postgres),
 * QUERY and VARIABLES (JSON; default the catalogue page), N (default 400), CPU_PROFILE and HEAP_PROFILE (output
 * files: a V8 CPU profile, and a sampling heap profile counting everything allocated, collected or not), LOAD=process
 * (the load from autocannon in a child process: the figures and profiles are then the server's alone), AS_OWNER=1
 * (signed in as the owner of the biggest salon, for the staff reads: the calendar, the team, the report).
 */
async function main() {
  const admin = new URL(process.env.PROFILE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const adminClient = new Client({ connectionString: admin.toString() });
  await adminClient.connect();
  const fresh = (await adminClient.query("select 1 from pg_database where datname = 'salon_profile'")).rowCount === 0;
  if (fresh) await adminClient.query('create database salon_profile');
  await adminClient.end();
  admin.pathname = '/salon_profile';
  const databaseUrl = admin.toString();
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', OTP_PROVIDER: 'authentica', AUTHENTICA_API_KEY: 'bench', PAYMENTS_ENABLED: 'false', JWT_SECRET: 'b'.repeat(40), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKER_IN_PROCESS: 'false', DATABASE_URL: databaseUrl });
  const server = await startServer({ config, logger: pino({ level: 'warn' }), databaseUrl });
  server.responseCache.enabled = false;
  if (fresh) {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await generate(client, 1);
    await client.query('vacuum analyze');
    await client.end();
  }
  if (process.env.AS_OWNER) {
    const em = server.app.orm.em.fork() as EntityManager;
    const [{ owner_id: ownerId }] = await em.getConnection().execute<{ owner_id: string }[]>('select owner_id from salons s order by (select count(*) from staff_members m where m.salon_id = s.id) desc, s.id limit 1');
    const session = await em.transactional(async (tx) => startSession(server.app, tx, await tx.findOneOrFail(User, { id: ownerId })));
    HEADERS.authorization = `Bearer ${session.accessToken}`;
  }
  const body = JSON.stringify({ query: process.env.QUERY ?? CATALOGUE, variables: JSON.parse(process.env.VARIABLES ?? '{}') });
  const one = async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: HEADERS, body });
    const text = await res.text();
    if (!text.startsWith('{"data"') || text.includes('"errors"')) throw new Error(text.slice(0, 500));
    return text.length;
  };
  // With LOAD=process the requests come from autocannon in a child process, so the profile and the CPU figure are
  // the server's alone; by default they come from fetch in this process (the figure then includes the client).
  const external = process.env.LOAD === 'process';
  const run = async (n: number) => {
    if (external) return loadFromChild(`${server.url}/graphql`, body, n);
    let sent = 0;
    await Promise.all(Array.from({ length: 10 }, async () => { while (sent++ < n) await one(); }));
  };
  console.log(`answer: ${await one()} bytes`);
  await run(100);
  const n = Number(process.env.N ?? 400);
  const session = new inspector.Session();
  session.connect();
  if (process.env.CPU_PROFILE) {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  if (process.env.HEAP_PROFILE) {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  const cpu = process.cpuUsage();
  const started = Date.now();
  await run(n);
  const used = process.cpuUsage(cpu);
  console.log(`CPU ${((used.user + used.system) / 1000 / n).toFixed(2)} ms per request (${external ? 'the server alone' : 'server and its load client'}); ${((Date.now() - started) / n).toFixed(2)} ms of wall time per request`);
  if (process.env.CPU_PROFILE) fs.writeFileSync(process.env.CPU_PROFILE, JSON.stringify((await session.post('Profiler.stop')).profile));
  if (process.env.HEAP_PROFILE) fs.writeFileSync(process.env.HEAP_PROFILE, JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile));
  await server.stop();
}

/** What every request sends, from this process or from the child. */
const HEADERS: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', 'accept-language': 'ar' };

/** N requests at 10 connections from autocannon in a child process. */
function loadFromChild(url: string, body: string, amount: number): Promise<void> {
  const script = `require('autocannon')({ url: process.argv[1], connections: 10, amount: Number(process.argv[3]), method: 'POST', body: process.argv[2],
    headers: ${JSON.stringify(HEADERS)} }).then((r) => process.exit(r.non2xx + r.errors ? 1 : 0))`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script, url, body, String(amount)], { cwd: __dirname }, (err) => (err ? reject(err) : resolve()));
  });
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
