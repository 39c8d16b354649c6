import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pino from 'pino';
import { Client, Pool } from 'pg';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { generate } from './generate';
import { generateInvoices } from './invoices';
import { Clientele } from '../src/modules/catalog/salon.entity';
import { CATALOGUE, SALON } from './documents';
import { catalogueFloor, nearFloor, reportFloor, runLoop, salonFloor, searchFloor, slotsFloor, type LoadResult } from './floor';
import { reportPeriods, ReportPeriod } from '../src/modules/reports/report-period';
import { postgresCpuMs, processCpuMs } from './cpu';
import { ipcRequester, type IpcRequest } from './ipc';
import { firstDifference, installPeer, PEER_CATALOGUE, PEER_NODE, PEER_SALON, plainCatalogue, plainSalon, startPeerProcess, type PeerProcess } from './postgraphile';

/**
 * `npm run bench -- --quick|--full [--profile]`: a large generated dataset, the real server (in its own process)
 * under autocannon, and the same reads as hand-written SQL for a floor, alternating in rounds. For each it reports
 * req/s, p50, p99 and the CPU per request of the server process and of the PostgreSQL backends, read from /proc,
 * and the ratios to the floor. Only ratios within one run mean anything on a shared machine. Prints tables and
 * writes bench/results.json. `--profile` runs the server under `node --cpu-prof` (profiles in bench/profiles/).
 * A tool, not a test.
 */
const full = process.argv.includes('--full');
const profile = process.argv.includes('--profile');
/**
 * `--only=<text>[,<text>…]`: run only the scenarios whose name contains one of the texts (to measure a few reads
 * on a busy machine), e.g. `--only=catalogue,salon(id)`.
 */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
/**
 * `--peer`: PostGraphile v5 (bench/peer, installed on demand, on its own Node 22) answers the catalogue page and the
 * salon page too, measured in the same rounds as our server and the floor, after a check that its answer holds the
 * same data as ours. A row "PostGraphile v5" under ours, with its ratios to the floor.
 */
const withPeer = process.argv.includes('--peer');
/** `--node=<path>`: run our server process on that Node binary (e.g. bench/peer's Node 22); the bench and the floor stay on this one. */
const serverNode = process.argv.find((a) => a.startsWith('--node='))?.slice('--node='.length);
const serverNodeVersion = serverNode ? execFileSync(serverNode, ['--version']).toString().trim() : process.version;
const seconds = full ? 10 : 5;
const rounds = full ? 3 : 1;
const connections = 10;
const warmupRequests = 3 * connections;
const logger = pino({ level: 'warn' });

// What the booking flow shows before the customer confirms: every service's payment terms (deposit, fees).
const TERMS = `query($id: ID!) { salon(id: $id) { id paymentPolicy { prepayment } services { id priceHalalas paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas
  noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours } } } }`;
// A salon's opening week and a year of its exceptions, as the salon page and the manager's hours editor read them.
const HOURS = `query($id: ID!, $year: Int!) { salon(id: $id) { id openingHours { weekday startTime endTime }
  scheduleExceptions(year: $year) { id name startDate endDate calendar ranges { startTime endTime } } } }`;
const SLOTS = `query($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt endsAt staff { id displayName } } }`;
const SALON_BOOKINGS = `query($salonId: ID!, $from: DateTime!, $to: DateTime!) { salonBookings(salonId: $salonId, from: $from, to: $to) { id status startsAt endsAt customer { firstName } service { name } staff { displayName } } }`;
const MY_BOOKINGS = `query { myBookings(first: 20) { edges { cursor node { id status startsAt endsAt priceHalalas salon { name } service { name } staff { displayName } } } pageInfo { hasNextPage endCursor } } }`;
const CALENDAR = `query($salonId: ID!, $date: Date!) { salonCalendar(salonId: $salonId, date: $date) { now startsAt endsAt days { date closed }
  columns { staff { id displayName } workingHours { startsAt endsAt } timeOff { startsAt endsAt } bookings { id status version startsAt endsAt blockedUntil customer { firstName } customerPhoneNumber service { name } } } } }`;
// The home page's search: Arabic text with Arabic-Indic digits, folded by search_fold before the trigram indexes.
const SEARCH = `query($filter: SalonFilter) { salons(first: 12, filter: $filter) { edges { node { id name city district ratingAverage reviewCount
  services { id } priceRange { minHalalas maxHalalas } photos { url } } } } }`;
const SEARCH_TERM = 'صالون رقم ٤٢';
const TEAM = `query($salonId: ID!) { salonTeam(salonId: $salonId) { members { role phoneNumber user { displayName } } stylists { id displayName isActive }
  invitations { id phoneNumber role } bookingsToHandle { id startsAt service { name } customer { displayName } staff { displayName } } events { action toRole actor { displayName } } }
  myWorkplaces { roles salon { id name } } }`;
const AUDIT = `query($salonId: ID!) { salonAuditLog(salonId: $salonId, first: 50) { edges { cursor node { id occurredAt action actorRole targetId ip userAgent actor { displayName } subject { displayName } } } pageInfo { hasNextPage endCursor } } }`;
// Near me in Riyadh (a sixth of the salons, ~83, within 20 km), ladies, nearest first: the GiST radius search.
const NEAR = { near: { latitude: 24.69, longitude: 46.69, radiusKm: 20 }, serves: Clientele.LADIES };
const NEAR_QUERY = `query($filter: SalonFilter) { salons(first: 12, filter: $filter, orderBy: DISTANCE) { edges { node { id name city district distanceMeters
  ratingAverage reviewCount services { id } priceRange { minHalalas maxHalalas } photos { url } } } } }`;
// A manager's invoices screen: the day's takings (summed in SQL over the day's documents) and the newest page of the list.
const INVOICES = `query($salonId: ID!, $date: Date!) { salonTakings(salonId: $salonId, date: $date) { onlineHalalas counterHalalas refundsHalalas netHalalas vatHalalas invoiceCount creditNoteCount byMeans { method takenHalalas refundedHalalas } }
  salonInvoices(salonId: $salonId, first: 50) { edges { node { id kind reference issuedAt totalHalalas vatHalalas vatNumber originalInvoice { reference } paymentMeans { method amountHalalas } } } pageInfo { hasNextPage endCursor } } }`;
const REPORT_FIGURES = `range { startDate endDate } revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas }
  bookings { count byStatus { status count } noShowRate cancellationRate } utilisation { staff { id displayName } bookedMinutes availableMinutes rate }
  topServices { service { id name } bookingCount bookedHalalas } customers { newCustomers returningCustomers }`;
const REPORT = `query($salonId: ID!, $date: Date!) { salonReport(salonId: $salonId, period: MONTH, date: $date) { timeZone current { ${REPORT_FIGURES} } previous { ${REPORT_FIGURES} } } }`;
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

interface Measured extends LoadResult {
  requests: number;
  /** CPU ms per request: the process that answered (the server, or the bench's own pg client for the floor). */
  serverCpuMs: number;
  /** CPU ms per request of PostgreSQL (null when the database is not a local embedded one). */
  postgresCpuMs: number | null;
}

/** Runs `load` while reading CPU time before and after; `clientCpu` reads the answering process's CPU in ms. */
async function measured(load: () => Promise<LoadResult & { requests: number }>, clientCpu: () => number): Promise<Measured> {
  const pg0 = postgresCpuMs(process.pid);
  const c0 = clientCpu();
  const r = await load();
  const c1 = clientCpu();
  const pg1 = postgresCpuMs(process.pid);
  const n = Math.max(1, r.requests);
  return { ...r, serverCpuMs: (c1 - c0) / n, postgresCpuMs: pg0 === null || pg1 === null ? null : (pg1 - pg0) / n };
}

/**
 * A fixed number of requests rather than a duration: every request counted has finished, so CPU per request is
 * exact (a duration-based run would leave aborted requests still running in the server, charged to nobody).
 */
async function http(url: string, body: unknown, amount: number, token?: string, requests?: autocannon.Request[], headers: Record<string, string> = {}) {
  const result = await autocannon({
    // With `amount`, autocannon reports a run when its next sample tick comes: at the default 1 s interval a 3.2 s
    // run counted as 4 s, so short runs' req/s came out in steps (150, 75, 50...). Ticks every 20 ms keep it honest.
    url: `${url}/graphql`, connections, amount, timeout: 120, method: 'POST', sampleInt: 20,
    headers: { ...PROBE_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body), requests,
  });
  const elapsed = result.duration || seconds;
  return { requestsPerSecond: result.requests.total / elapsed, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts, requests: result.requests.total };
}

/** Sent by autocannon and by the statement probe alike (fetch adds its own Accept otherwise), so they share cache entries. */
const PROBE_HEADERS = { 'content-type': 'application/json', accept: 'application/json', 'accept-language': 'ar' };

/** SQL statements, and messages to PostgreSQL (reads of one turn travel together), of one request. */
async function statements(url: string, body: unknown, token?: string): Promise<{ statements: number; roundTrips: number }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { ...PROBE_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const json = (await res.json()) as { errors?: unknown };
  if (json.errors) throw new Error(`benchmark query failed: ${JSON.stringify(json.errors)}`);
  return { statements: Number(res.headers.get('x-sql-statements')), roundTrips: Number(res.headers.get('x-sql-round-trips')) };
}

/** The JSON answer to one request, with the bench's headers (Accept-Language: ar), failing on GraphQL errors. */
async function answer(url: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: PROBE_HEADERS, body: JSON.stringify(body) });
  const json = (await res.json()) as { errors?: unknown };
  if (json.errors) throw new Error(`benchmark query failed at ${url}: ${JSON.stringify(json.errors)}`);
  return json;
}

interface ServerProcess { url: string; child: ChildProcess; request: IpcRequest }

/** Starts the server in a child process (see server-process.ts), optionally under the V8 CPU profiler. */
async function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const profileDir = path.join(__dirname, 'profiles');
  const execArgv = ['-r', '@swc-node/register', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const child = fork(path.join(__dirname, 'server-process.ts'), [], { execArgv, env: { ...process.env, BENCH_DATABASE_URL: databaseUrl }, stdio: 'inherit', ...(serverNode ? { execPath: serverNode } : {}) });
  const request = ipcRequester(child, 'bench server');
  const { url } = await request<{ url: string }>(null, 'ready');
  return { url, child, request };
}

function average(results: Measured[]): Measured {
  const mean = (f: (r: Measured) => number) => results.reduce((a, r) => a + f(r), 0) / results.length;
  const pg = results.every((r) => r.postgresCpuMs !== null) ? mean((r) => r.postgresCpuMs as number) : null;
  return {
    requestsPerSecond: mean((r) => r.requestsPerSecond), p50: mean((r) => r.p50), p99: mean((r) => r.p99),
    errors: results.reduce((a, r) => a + r.errors, 0), requests: results.reduce((a, r) => a + r.requests, 0),
    serverCpuMs: mean((r) => r.serverCpuMs), postgresCpuMs: pg,
  };
}

async function main() {
  const started = Date.now();
  const db = await database();
  const server = await startServerProcess(db.url);
  if (serverNode) console.log(`Our server runs on Node ${serverNodeVersion} (${serverNode}), the bench and the floor on ${process.version}`);
  if (withPeer) installPeer();
  // Started after our server, which migrates the database; PostGraphile reads its schema at start.
  const peer: PeerProcess | null = withPeer ? await startPeerProcess(db.url) : null;
  const client = new Client({ connectionString: db.url });
  await client.connect();
  console.log('Generating data…');
  const data = await generate(client, full ? 2 : 1);
  const invoices = await generateInvoices(client);
  console.log(`Data: ${data.salons} salons, ${data.staff} staff, ${data.bookings} bookings (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const pool = new Pool({ connectionString: db.url, max: connections });
  // The settings listSalons makes for a search read's transaction, for the whole session of the floor's own pool.
  const searchPool = new Pool({ connectionString: db.url, max: connections, options: '-c pg_trgm.word_similarity_threshold=0.3 -c enable_seqscan=off' });
  const serverCpu = () => processCpuMs(server.child.pid as number);
  const benchCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

  // Writes: each request books a distinct free time far ahead, as a different customer.
  // Writers are many customers (a customer cannot be in two chairs at once), each with a session.
  const customerIds = (await client.query("select id from users where phone_number like '+96657%' order by phone_number limit 400")).rows.map((r) => r.id as string);
  const { tokens } = await server.request<{ tokens: string[] }>({ type: 'tokens', ids: customerIds }, 'tokens');
  const staffRows = (await client.query('select sm.id as staff_id, ss.service_id from staff_members sm join staff_member_services ss on ss.staff_member_id = sm.id join services sv on sv.id = ss.service_id where sv.duration_minutes = 30 order by sm.id')).rows;
  let next = 0;
  // The first day at least 40 days ahead (past the generated bookings) whose next days no generated schedule
  // exception touches (next year's Ramadan evenings, Eid, National Day), so every request asks for ordinary working
  // hours whatever the date the bench runs on. (A fixed 2027-03-02 fell in the generated Ramadan of 2027 when run in
  // 2026: from 2026-12-02 on, about 94 % of the write requests were refused bookings.)
  const [{ day: firstWriteDay }] = (await client.query(`select to_char(min(d), 'YYYY-MM-DD') as day from generate_series(current_date + 40, current_date + 300, interval '1 day') d
    where not exists (select 1 from schedule_exceptions e where e.start_date <= d::date + 3 and e.end_date >= d::date)`)).rows;
  // Request i: stylist ⌊i/16⌋ (and the customer paired with them) at the (i mod 16)-th 45-minute start from 09:00
  // Riyadh; a 30-minute service plus its 10-minute buffer fits every start.
  const writeRequest = (): { body: string; token: string } => {
    const i = next++;
    const pair = Math.floor(i / 16);
    const row = staffRows[(pair * 2) % staffRows.length];
    const day = Math.floor((pair * 2) / staffRows.length);
    const start = new Date(Date.parse(`${firstWriteDay}T00:00:00Z`) + day * 86_400_000 + (6 * 60 + (i % 16) * 45) * 60_000);
    const body = JSON.stringify({ query: CREATE, variables: { input: { serviceId: row.service_id, staffId: row.staff_id, startsAt: start.toISOString(), idempotencyKey: randomUUID() } } });
    return { body, token: tokens[pair % tokens.length] };
  };
  await client.query("update salons set booking_horizon_days = 365, minimum_notice_minutes = 0");

  const scenarios: Record<string, { http: Measured; floor: Measured | null; statements: number; roundTrips: number; peer?: { http: Measured; statements: number } }> = {};
  // The reads PostGraphile answers with --peer, by scenario name: its document and the plain form both answers are
  // compared in before anything is measured.
  const peerReads: Record<string, { body: unknown; plain: (ours: unknown, theirs: unknown) => { ours: unknown; peer: unknown } }> = {
    'catalogue page (salons first 20, nested)': { body: { query: PEER_CATALOGUE }, plain: plainCatalogue },
    'salon(id) with everything': { body: { query: PEER_SALON, variables: { id: data.bigSalonId } }, plain: plainSalon },
  };
  const runScenario = async (name: string, body: unknown, floor: (() => Promise<void>) | null, token?: string, requests?: autocannon.Request[], maxAmount = 20_000) => {
    if (only && !only.some((text) => name.includes(text))) return;
    console.log(`Running ${name}…`);
    // Warm both sides (JIT, plan caches, connection pools) before anything is measured; the warm-up's rate sizes
    // the measured runs to about `seconds` each. Statements are counted after it, so a cache hit counts as one.
    const warm = await http(server.url, body, warmupRequests, token, requests);
    const sql = await statements(server.url, body, token);
    const amount = Math.max(warmupRequests, Math.min(maxAmount, Math.round(warm.requestsPerSecond * seconds)));
    if (floor) await runLoop(floor, connections, 1);
    const peerRead = peer ? peerReads[name] : undefined;
    let peerStatements = 0;
    if (peer && peerRead) {
      // The same data or no figures: both answers in one plain shape, the first difference fails the bench.
      const same = peerRead.plain(await answer(server.url, body), await answer(peer.url, peerRead.body));
      const difference = firstDifference(same.ours, same.peer);
      if (difference) throw new Error(`PostGraphile's answer to '${name}' differs from ours at ${difference}`);
      console.log(`  PostGraphile v5 answers the same data (${JSON.stringify(same.ours).length} characters in plain form)`);
      await http(peer.url, peerRead.body, warmupRequests);
      const before = await peer.statements();
      await answer(peer.url, peerRead.body);
      peerStatements = (await peer.statements()) - before;
    }
    const h: Measured[] = [];
    const f: Measured[] = [];
    const p: Measured[] = [];
    for (let round = 0; round < rounds; round += 1) {
      h.push(await measured(() => http(server.url, body, amount, token, requests), serverCpu));
      if (peer && peerRead) p.push(await measured(() => http(peer.url, peerRead.body, amount), () => processCpuMs(peer.child.pid as number)));
      if (floor) f.push(await measured(() => runLoop(floor, connections, seconds), benchCpu));
    }
    scenarios[name] = { http: average(h), floor: floor ? average(f) : null, ...sql, ...(p.length ? { peer: { http: average(p), statements: peerStatements } } : {}) };
  };
  const responseCache = (enabled: boolean) => server.request({ type: 'responseCache', enabled }, 'responseCache');
  // The read path itself first: the shared response cache (ADR 0022) is off until its own scenarios below.
  await responseCache(false);
  // The salon page of a different salon each request (500 salons, so at most ~470 requests after the warm-up): the
  // same mix with the cache off and on shows what a miss adds to the read (keeping the answer).
  const salonIds = (await client.query('select id from salons where is_active order by id')).rows.map((r) => r.id as string);
  let nextSalon = 0;
  const eachSalonOnce = (): [unknown, null] => [{ query: SALON, variables: { id: salonIds[nextSalon++ % salonIds.length] } }, null];
  const eachSalonOnceRequests = (): [autocannon.Request[], number] => [
    [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: SALON, variables: { id: salonIds[nextSalon++ % salonIds.length] } }) }) }],
    Math.floor(salonIds.length / 2) - warmupRequests - 1,
  ];
  // What every request costs before it reads anything (HTTP, Apollo, the request's context): the share of each
  // read's CPU that no change to that read can remove.
  await runScenario('the least request, { __typename }', { query: '{ __typename }' }, null);
  await runScenario('catalogue page (salons first 20, nested)', { query: CATALOGUE }, () => catalogueFloor(pool));
  await runScenario('salon(id) with everything', { query: SALON, variables: { id: data.bigSalonId } }, () => salonFloor(pool, data.bigSalonId));
  await runScenario('salon services with payment terms', { query: TERMS, variables: { id: data.bigSalonId } }, null);
  await runScenario('salon openingHours + scheduleExceptions of a year', { query: HOURS, variables: { id: data.bigSalonId, year: data.exceptionsYear } }, null);
  await runScenario('salon(id), a different salon each time', ...eachSalonOnce(), undefined, ...eachSalonOnceRequests());
  await runScenario('availableSlots, 20 staff, busy day', { query: SLOTS, variables: { input: { serviceId: data.bigServiceId, date: data.busyDate } } }, () => slotsFloor(pool, data.bigServiceId, data.busyDate));
  await runScenario('salons search, Arabic, first 12', { query: SEARCH, variables: { filter: { search: SEARCH_TERM } } }, () => searchFloor(searchPool, SEARCH_TERM));
  await runScenario('salons near me, ladies, first 12', { query: NEAR_QUERY, variables: { filter: NEAR } }, () => nearFloor(pool, NEAR));
  // The front desk's day view of the biggest salon (20 stylists) on its busiest day, as its manager.
  const [{ owner_id: ownerId }] = (await client.query('select owner_id from salons where id = $1', [data.bigSalonId])).rows;
  const { tokens: [ownerToken] } = await server.request<{ tokens: string[] }>({ type: 'tokens', ids: [ownerId] }, 'tokens');
  await runScenario('salonCalendar, 20 stylists, busy day', { query: CALENDAR, variables: { salonId: data.bigSalonId, date: data.busyDate } }, null, ownerToken);
  // The desk's booking list of the same salon and day, and the first page of the customer with the most bookings.
  const dayStart = new Date(`${data.busyDate}T00:00:00+03:00`);
  await runScenario('salonBookings, 20 stylists, busy day', { query: SALON_BOOKINGS, variables: { salonId: data.bigSalonId, from: dayStart.toISOString(), to: new Date(dayStart.getTime() + 86_400_000).toISOString() } }, null, ownerToken);
  const [{ customer_id: busiestCustomer }] = (await client.query('select customer_id from bookings group by customer_id order by count(*) desc, customer_id limit 1')).rows;
  const { tokens: [customerToken] } = await server.request<{ tokens: string[] }>({ type: 'tokens', ids: [busiestCustomer] }, 'tokens');
  await runScenario('myBookings, first 20', { query: MY_BOOKINGS }, null, customerToken);
  // The calendar's phone number reads above filled this salon's audit log; its manager reads the newest page.
  await runScenario('salonAuditLog, first 50', { query: AUDIT, variables: { salonId: data.bigSalonId } }, null, ownerToken);
  // The manager's team page of the biggest salon (20 stylists), with the workplaces query the navigation makes.
  await runScenario('salonTeam + myWorkplaces, 20 stylists', { query: TEAM, variables: { salonId: data.bigSalonId } }, null, ownerToken);
  await runScenario('salonTakings + salonInvoices first 50, busy day', { query: INVOICES, variables: { salonId: data.bigSalonId, date: data.busyDate } }, null, ownerToken);
  // The manager's month report of the same salon (its ~660 bookings, 20 stylists' hours), with the month before.
  await runScenario('salonReport, month, 20 stylists', { query: REPORT, variables: { salonId: data.bigSalonId, date: data.busyDate } },
    () => reportFloor(pool, data.bigSalonId, reportPeriods({ period: ReportPeriod.MONTH, date: data.busyDate }, 'Asia/Riyadh'), new Date()), ownerToken);
  // The shared response cache: every request the same anonymous read (hits), and the salon page of a different
  // salon each time (misses: the read plus keeping its answer). Writes below run with the cache on, as in production.
  await responseCache(true);
  await runScenario('catalogue page, response cache hit', { query: CATALOGUE }, () => catalogueFloor(pool));
  await runScenario('salon(id), response cache hit', { query: SALON, variables: { id: data.bigSalonId } }, () => salonFloor(pool, data.bigSalonId));
  await runScenario('salon(id), a different salon each time, response cache miss', ...eachSalonOnce(), undefined, ...eachSalonOnceRequests());
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
  const writes = scenarios['createBooking (writes)']?.http;

  const ms = (v: number | null) => (v === null ? '—' : Number(v.toFixed(2)));
  const total = (m: Measured) => m.serverCpuMs + (m.postgresCpuMs ?? 0);
  const rows: Record<string, unknown>[] = [];
  for (const [name, r] of Object.entries(scenarios)) {
    // node-postgres sends one statement per message, so the peer's round trips are its statements.
    const counts = { server: [r.statements, r.roundTrips], peer: [r.peer?.statements, r.peer?.statements], floor: [1, 1] };
    for (const [target, m] of [['server', r.http], ['peer', r.peer?.http], ['floor', r.floor]] as const) {
      if (!m) continue;
      rows.push({
        operation: target === 'server' ? name : target === 'peer' ? '  PostGraphile v5' : '  SQL floor',
        'req/s': Math.round(m.requestsPerSecond), 'p50 ms': Math.round(m.p50 * 10) / 10, 'p99 ms': Math.round(m.p99 * 10) / 10,
        'CPU ms/req server': ms(m.serverCpuMs), 'CPU ms/req pg': ms(m.postgresCpuMs), 'SQL/req': counts[target][0], 'trips/req': counts[target][1],
        errors: m.errors,
      });
    }
  }
  console.table(rows);
  const ratios = (operation: string, m: Measured, floor: Measured | null) => ({
    operation,
    'req/s ÷ floor': floor ? Number((m.requestsPerSecond / floor.requestsPerSecond).toFixed(2)) : '—',
    'CPU/req ÷ floor': floor ? Number((total(m) / total(floor)).toFixed(2)) : '—',
    'p99 ÷ p50': Number((m.p99 / Math.max(m.p50, 0.1)).toFixed(1)),
  });
  console.table(Object.entries(scenarios).flatMap(([name, r]) => [ratios(name, r.http, r.floor), ...(r.peer ? [ratios('  PostGraphile v5', r.peer.http, r.floor)] : [])]));
  // Every write pays for the whole guarantee (staff lock, slot check, both exclusion constraints, outbox rows); a
  // request that came back with errors wrote nothing, so successful bookings per second is the figure that counts.
  const bookingsPerSecond = writes ? Math.round(writes.requestsPerSecond * (written / Math.max(1, next))) : null;
  if (writes) console.log(`Bookings written during the write scenario (warm-up included): ${written} of ${next} requests; about ${bookingsPerSecond} per second`);
  const out = { date: new Date().toISOString(), mode: full ? 'full' : 'quick', seconds, rounds, connections, machine: { cpus: os.cpus().length, node: process.version, serverNode: serverNodeVersion, load: os.loadavg() },
    ...(peer ? { peer: { name: 'PostGraphile v5', node: PEER_NODE } } : {}), data: { ...data, invoices }, scenarios, bookingsWritten: written, bookingsPerSecond };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`Wrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await pool.end();
  await searchPool.end();
  await client.end();
  await server.request({ type: 'stop' }, 'stopped');
  await peer?.stop();
  await db.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
