import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const MANAGER = '+966500000001';
const SALON_PAGE = `query SalonPage($id: ID!) { salon(id: $id) { id name description ratingAverage reviewCount priceRange { minHalalas maxHalalas }
  photos { url } services { id name priceHalalas } staff { id displayName services { id } } closures { startDate endDate }
  reviews(first: 5) { edges { node { rating comment customer { displayName } } } } } }`;
const CATALOGUE = 'query Catalogue { salons(first: 20, orderBy: NAME) { edges { node { id name services { id name priceHalalas } photos { url } } } } }';
const UPDATE_SALON = 'mutation($input: UpdateSalonInput!) { updateSalon(input: $input) { salon { nameEn } errors { code } } }';
const UPDATE_SERVICE = 'mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { priceHalalas } errors { code } } }';
const ADD_CLOSURE = 'mutation($input: AddSalonClosureInput!) { addSalonClosure(input: $input) { closure { id } errors { code } } }';

const cacheOf = (res: { headers: Headers }) => res.headers.get('x-response-cache');

/**
 * The shared response cache (ADR 0022) across two server instances on one database: whatever instance or path
 * changes a salon, the next anonymous read on either instance answers with the change, never the cached answer.
 */
describe('shared response cache for anonymous catalogue and salon reads', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  let manager: string;
  const en = { headers: { 'accept-language': 'en' } };

  beforeAll(async () => {
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now } });
    s = await stage(a, 'Rose Touch Salon');
    manager = await signInAs(a, MANAGER);
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it('answers a repeated anonymous read from memory, without SQL, with the same body', async () => {
    const first = await b.gql(SALON_PAGE, { id: s.salonId }, en);
    expect(first.errors).toBeUndefined();
    expect(cacheOf(first)).toBe('miss');
    const second = await b.gql(SALON_PAGE, { id: s.salonId }, en);
    expect(cacheOf(second)).toBe('hit');
    expect(second.headers.get('x-sql-statements')).toBe('0');
    expect(second.data).toEqual(first.data);
  });

  it('keys by locale: the Arabic page is its own entry', async () => {
    await b.gql(SALON_PAGE, { id: s.salonId }, en);
    const ar = await b.gql(SALON_PAGE, { id: s.salonId }, { headers: { 'accept-language': 'ar-SA' } });
    const arAgain = await b.gql(SALON_PAGE, { id: s.salonId }, { headers: { 'accept-language': 'ar-SA' } });
    const enAgain = await b.gql(SALON_PAGE, { id: s.salonId }, en);
    expect(cacheOf(arAgain)).toBe('hit');
    expect(arAgain.data.salon.name).toBe(ar.data.salon.name);
    expect(enAgain.data.salon.name).not.toBe(ar.data.salon.name);
  });

  it('never caches a signed-in read', async () => {
    const res = await b.gql(SALON_PAGE, { id: s.salonId }, { token: manager, ...en });
    const again = await b.gql(SALON_PAGE, { id: s.salonId }, { token: manager, ...en });
    expect(cacheOf(res)).toBeNull();
    expect(cacheOf(again)).toBeNull();
    expect(Number(again.headers.get('x-sql-statements'))).toBeGreaterThan(0);
  });

  it('a manager renaming the salon on instance A: the very next read on B (and A) has the new name', async () => {
    for (const t of [a, b]) {
      await t.gql(SALON_PAGE, { id: s.salonId }, en);
      expect(cacheOf(await t.gql(SALON_PAGE, { id: s.salonId }, en))).toBe('hit');
      await t.gql(CATALOGUE, {}, en);
      expect(cacheOf(await t.gql(CATALOGUE, {}, en))).toBe('hit');
    }
    const renamed = await a.gql(UPDATE_SALON, { input: { salonId: s.salonId, nameEn: 'Rose Touch Renamed' } }, { token: manager });
    expect(renamed.data.updateSalon.errors).toEqual([]);
    // No waiting: the read follows the mutation's answer at once.
    for (const t of [b, a]) {
      const page = await t.gql(SALON_PAGE, { id: s.salonId }, en);
      expect(page.data.salon.name).toBe('Rose Touch Renamed');
      const catalogue = await t.gql(CATALOGUE, {}, en);
      expect(catalogue.data.salons.edges.map((e: any) => e.node.name)).toContain('Rose Touch Renamed');
    }
    expect(cacheOf(await b.gql(SALON_PAGE, { id: s.salonId }, en))).toBe('hit');
  });

  it('a service price, a closure and a stylist change reach the other instance', async () => {
    const read = () => b.gql(SALON_PAGE, { id: s.salonId }, en);
    await read();
    expect(cacheOf(await read())).toBe('hit');
    const updated = await a.gql(UPDATE_SERVICE, { input: { serviceId: s.serviceId, priceHalalas: 12_345 } }, { token: manager });
    expect(updated.data.updateService.errors).toEqual([]);
    expect((await read()).data.salon.services.find((sv: any) => sv.id === s.serviceId).priceHalalas).toBe(12_345);

    expect(cacheOf(await read())).toBe('hit');
    const closed = await a.gql(ADD_CLOSURE, { input: { salonId: s.salonId, startDate: '2027-03-30', endDate: '2027-04-02', reason: 'Eid' } }, { token: manager });
    expect(closed.data.addSalonClosure.errors).toEqual([]);
    expect((await read()).data.salon.closures).toContainEqual({ startDate: '2027-03-30', endDate: '2027-04-02' });

    // A write outside the API (an operator's SQL) is seen just the same: the database's triggers notify.
    expect(cacheOf(await read())).toBe('hit');
    await sql(a, "update staff_members set display_name_en = 'Renamed by SQL' where id = $1", [s.staffId]);
    expect((await read()).data.salon.staff.map((m: any) => m.displayName)).toContain('Renamed by SQL');
  });

  it('a reviewer changing their name reaches the pages that show their reviews', async () => {
    const read = () => b.gql(SALON_PAGE, { id: s.salonId }, en);
    const [{ customer_id: reviewer }] = await sql(a, 'select customer_id from reviews where salon_id = $1 order by created_at desc limit 1', [s.salonId]);
    await read();
    expect(cacheOf(await read())).toBe('hit');
    await sql(a, "update users set first_name = 'Renamed', last_name = 'Reviewer' where id = $1", [reviewer]);
    const names = (await read()).data.salon.reviews.edges.map((e: any) => e.node.customer.displayName);
    expect(names).toContain('Renamed Reviewer');
  });

  it("a stylist's photo consent reaches the pages of the salons where they work", async () => {
    const read = () => b.gql(SALON_PAGE, { id: s.salonId }, en);
    await read();
    expect(cacheOf(await read())).toBe('hit');
    const [{ user_id: stylist }] = await sql(a, 'select user_id from staff_members where id = $1', [s.staffId]);
    await sql(a, "insert into consents (id, user_id, purpose, granted, source, recorded_at) values (gen_random_uuid(), $1, 'STYLIST_PHOTOS', false, 'STAFF_PROFILE', $2)", [stylist, clock.now()]);
    expect(cacheOf(await read())).toBe('miss');
  });

  it('a booking on instance A invalidates the salon on instance B, and only that salon', async () => {
    const [{ id: otherSalonId }] = await sql(a, "select id from salons where name_en = 'Elite Barbers'");
    for (const id of [s.salonId, otherSalonId]) {
      await b.gql(SALON_PAGE, { id }, en);
      expect(cacheOf(await b.gql(SALON_PAGE, { id }, en))).toBe('hit');
    }
    const customer = await newCustomer(a);
    const booked = await book(a, customer.token, s);
    expect(booked.errors).toEqual([]);
    expect(cacheOf(await b.gql(SALON_PAGE, { id: s.salonId }, en))).toBe('miss');
    expect(cacheOf(await b.gql(SALON_PAGE, { id: otherSalonId }, en))).toBe('hit');
  });

  it('an answer cached while a change was still uncommitted is dropped when the change commits', async () => {
    // NOTIFY is sent at commit: B caches the last committed name, then the commit invalidates it.
    const pg = await import('pg');
    const client = new pg.Client({ connectionString: a.app.orm.config.get('clientUrl') });
    await client.connect();
    try {
      await client.query('begin');
      await client.query("update salons set name_en = 'Locked Rename' where id = $1", [s.salonId]);
      await b.gql(SALON_PAGE, { id: s.salonId }, en);
      const cached = await b.gql(SALON_PAGE, { id: s.salonId }, en);
      expect(cacheOf(cached)).toBe('hit');
      expect(cached.data.salon.name).not.toBe('Locked Rename');
      await client.query('commit');
    } finally {
      await client.end();
    }
    const after = await b.gql(SALON_PAGE, { id: s.salonId }, en);
    expect(after.data.salon.name).toBe('Locked Rename');
  });

  it('anonymous GETs carry Cache-Control and an ETag, and If-None-Match gets 304 until the salon changes', async () => {
    const url = `${b.url}/graphql?${new URLSearchParams({ query: SALON_PAGE, variables: JSON.stringify({ id: s.salonId }) })}`;
    const headers = { 'apollo-require-preflight': 'true', 'accept-language': 'en' };
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('vary')).toMatch(/accept-language/);
    const body = await first.json();

    const hit = await fetch(url, { headers });
    expect(hit.headers.get('x-response-cache')).toBe('hit');
    expect(hit.headers.get('etag')).toBe(etag);
    expect(await hit.json()).toEqual(body);

    const notModified = await fetch(url, { headers: { ...headers, 'if-none-match': etag! } });
    expect(notModified.status).toBe(304);

    await a.gql(UPDATE_SALON, { input: { salonId: s.salonId, nameEn: 'Rose Touch Again' } }, { token: manager });
    const changed = await fetch(url, { headers: { ...headers, 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as any).data.salon.name).toBe('Rose Touch Again');

    // Apollo's CSRF prevention still refuses a GET without a preflight header, cached or not.
    expect((await fetch(url, { headers: { 'accept-language': 'en' } })).status).toBe(400);
  });

  it('keys by the minute of the app clock, so time-dependent reads ("open now", closures) are never carried over', async () => {
    await b.gql(CATALOGUE, {}, en);
    expect(cacheOf(await b.gql(CATALOGUE, {}, en))).toBe('hit');
    clock.advance(60_000);
    expect(cacheOf(await b.gql(CATALOGUE, {}, en))).toBe('miss');
  });

  it('serves nothing from memory while its database listener is gone, and again once it is back', async () => {
    await b.gql(SALON_PAGE, { id: s.salonId }, en);
    expect(cacheOf(await b.gql(SALON_PAGE, { id: s.salonId }, en))).toBe('hit');
    await sql(a, "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'response-cache'");
    // Changed while B may not be listening: B must not answer from what it had.
    await sql(a, "update salons set name_en = 'Changed While Deaf' where id = $1", [s.salonId]);
    const during = await b.gql(SALON_PAGE, { id: s.salonId }, en);
    expect(during.data.salon.name).toBe('Changed While Deaf');
    for (let i = 0; i < 50 && cacheOf(await b.gql(SALON_PAGE, { id: s.salonId }, en)) !== 'hit'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(cacheOf(await b.gql(SALON_PAGE, { id: s.salonId }, en))).toBe('hit');
  });
});
