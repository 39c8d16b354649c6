import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pino from 'pino';
import { Client, Pool } from 'pg';
import { loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { startServer } from '../src/server';
import { startSession } from '../src/modules/accounts/sessions';
import { User } from '../src/modules/accounts/user.entity';
import type { EntityManager } from '@mikro-orm/postgresql';
import { generate } from './generate';
import { catalogueFloor, runLoop, salonFloor, slotsFloor, type LoadResult } from './floor';

/**
 * `npm run bench -- --quick|--full`: a large generated dataset, the real server under autocannon, and the same
 * reads as hand-written SQL for a floor. Prints a table and writes bench/results.json. A tool, not a test.
 */
const full = process.argv.includes('--full');
const seconds = full ? 30 : 5;
const connections = 10;
const logger = pino({ level: 'warn' });

const CATALOGUE = `query { salons(first: 20, orderBy: RATING) { edges { node { id name services { id name priceHalalas } staff { id displayName services { id } weeklyHours { weekday startTime endTime } }
  photos { url } reviews(first: 3) { edges { node { rating customer { firstName } } } } } } } }`;
const SALON = `query($id: ID!) { salon(id: $id) { id name description city district address phone timeZone ratingAverage reviewCount priceRange { minHalalas maxHalalas }
  photos { url position } services { id name category durationMinutes priceHalalas } staff { id displayName bio services { id } weeklyHours { weekday startTime endTime } }
  closures { startDate endDate } reviews(first: 10) { edges { node { rating comment createdAt customer { firstName } } } } } }`;
const SLOTS = `query($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt endsAt staff { id displayName } } }`;
const CALENDAR = `query($salonId: ID!, $date: Date!) { salonCalendar(salonId: $salonId, date: $date) { now startsAt endsAt days { date closed }
  columns { staff { id displayName } workingHours { startsAt endsAt } timeOff { startsAt endsAt } bookings { id status version startsAt endsAt blockedUntil customer { firstName } customerPhoneNumber service { name } } } } }`;
const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } errors { code } } }`;

async function database(): Promise<{ url: string; stop(): Promise<void> }> {
  const name = `salon_bench_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async stop() {
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-bench-'));
  fs.chmodSync(dir, 0o777);
  const db = await startEmbeddedPostgres(path.join(dir, 'pg'), logger, name);
  return { url: db.url, stop: async () => { await db.stop(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

async function http(url: string, body: unknown, token?: string, requests?: autocannon.Request[]): Promise<LoadResult & { non2xx: number }> {
  const result = await autocannon({
    url: `${url}/graphql`, connections, duration: seconds, method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body), requests,
  });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

async function statements(url: string, body: unknown, token?: string): Promise<number> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const json = (await res.json()) as { errors?: unknown };
  if (json.errors) throw new Error(`benchmark query failed: ${JSON.stringify(json.errors)}`);
  return Number(res.headers.get('x-sql-statements'));
}

async function main() {
  const started = Date.now();
  const db = await database();
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', OTP_PROVIDER: 'authentica', AUTHENTICA_API_KEY: 'bench', JWT_SECRET: 'b'.repeat(40), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKER_IN_PROCESS: 'false', DATABASE_URL: db.url });
  const server = await startServer({ config, logger, databaseUrl: db.url });
  const client = new Client({ connectionString: db.url });
  await client.connect();
  console.log('Generating data…');
  const data = await generate(client, full ? 2 : 1);
  console.log(`Data: ${data.salons} salons, ${data.staff} staff, ${data.bookings} bookings (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const pool = new Pool({ connectionString: db.url, max: connections });

  // Writes: each request books a distinct free time far ahead, as a different customer.
  // Writers are many customers (a customer cannot be in two chairs at once), each with a session.
  const customerIds = (await client.query("select id from users where phone_number like '+96657%' order by phone_number limit 400")).rows.map((r) => r.id as string);
  const tokens: string[] = [];
  for (const id of customerIds) {
    const em = server.app.orm.em.fork() as EntityManager;
    tokens.push((await em.transactional(async (tx) => startSession(server.app, tx, await tx.findOneOrFail(User, { id })))).accessToken);
  }
  const staffRows = (await client.query('select sm.id as staff_id, ss.service_id from staff_members sm join staff_member_services ss on ss.staff_member_id = sm.id join services sv on sv.id = ss.service_id where sv.duration_minutes = 30 order by sm.id')).rows;
  let next = 0;
  // Request i: stylist ⌊i/16⌋ (and the customer paired with them) at the (i mod 16)-th 45-minute start from 09:00
  // Riyadh, far enough ahead to be free; a 30-minute service plus its 10-minute buffer fits every start.
  const writeRequest = (): { body: string; token: string } => {
    const i = next++;
    const pair = Math.floor(i / 16);
    const row = staffRows[(pair * 2) % staffRows.length];
    const day = 60 + Math.floor((pair * 2) / staffRows.length);
    const start = new Date(Date.UTC(2027, 0, 1) + day * 86_400_000 + (6 * 60 + (i % 16) * 45) * 60_000);
    const body = JSON.stringify({ query: CREATE, variables: { input: { serviceId: row.service_id, staffId: row.staff_id, startsAt: start.toISOString(), idempotencyKey: randomUUID() } } });
    return { body, token: tokens[pair % tokens.length] };
  };
  await client.query("update salons set booking_horizon_days = 365, minimum_notice_minutes = 0");

  const scenarios: Record<string, { http: LoadResult; floor: LoadResult | null; statements: number }> = {};
  const runScenario = async (name: string, body: unknown, floor: (() => Promise<void>) | null, token?: string, requests?: autocannon.Request[]) => {
    console.log(`Running ${name}…`);
    const sql = await statements(server.url, body, token);
    const h = await http(server.url, body, token, requests);
    const f = floor ? await runLoop(floor, connections, seconds) : null;
    scenarios[name] = { http: h, floor: f, statements: sql };
  };
  await runScenario('catalogue page (salons first 20, nested)', { query: CATALOGUE }, () => catalogueFloor(pool));
  await runScenario('salon(id) with everything', { query: SALON, variables: { id: data.bigSalonId } }, () => salonFloor(pool, data.bigSalonId));
  await runScenario('availableSlots, 20 staff, busy day', { query: SLOTS, variables: { input: { serviceId: data.bigServiceId, date: data.busyDate } } }, () => slotsFloor(pool, data.bigServiceId, data.busyDate));
  // The front desk's day view of the biggest salon (20 stylists) on its busiest day, as its manager.
  const [{ owner_id: ownerId }] = (await client.query('select owner_id from salons where id = $1', [data.bigSalonId])).rows;
  const ownerEm = server.app.orm.em.fork() as EntityManager;
  const ownerToken = (await ownerEm.transactional(async (tx) => startSession(server.app, tx, await tx.findOneOrFail(User, { id: ownerId })))).accessToken;
  await runScenario('salonCalendar, 20 stylists, busy day', { query: CALENDAR, variables: { salonId: data.bigSalonId, date: data.busyDate } }, null, ownerToken);
  const probe = writeRequest();
  await runScenario('createBooking (writes)', JSON.parse(probe.body), null, probe.token, [
    {
      setupRequest: (req) => {
        const { body, token: t } = writeRequest();
        return { ...req, body, headers: { ...req.headers, authorization: `Bearer ${t}` } };
      },
    },
  ]);
  const [{ n: written }] = (await client.query("select count(*)::int as n from bookings where idempotency_key not like 'bench-%'")).rows;

  const rows = Object.entries(scenarios).map(([name, r]) => ({
    operation: name,
    'req/s': Math.round(r.http.requestsPerSecond),
    'p50 ms': r.http.p50,
    'p99 ms': r.http.p99,
    'SQL/request': r.statements,
    'floor req/s': r.floor ? Math.round(r.floor.requestsPerSecond) : '—',
    'ratio to floor': r.floor ? (r.http.requestsPerSecond / r.floor.requestsPerSecond).toFixed(2) : '—',
  }));
  console.table(rows);
  // Every write pays for the whole guarantee (staff lock, slot check, both exclusion constraints, outbox rows); a
  // request that came back with errors wrote nothing, so successful bookings per second is the figure that counts.
  const bookingsPerSecond = Math.round(written / seconds);
  console.log(`Bookings written during the write scenario: ${written} (${bookingsPerSecond} per second)`);
  const out = { date: new Date().toISOString(), mode: full ? 'full' : 'quick', seconds, connections, machine: { cpus: os.cpus().length, node: process.version }, data, scenarios, bookingsWritten: written, bookingsPerSecond };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`Wrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await pool.end();
  await client.end();
  await server.stop();
  await db.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
