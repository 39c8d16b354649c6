import { Client } from 'pg';
import { salonPageQuery, SalonOrder } from '../src/modules/catalog/list-salons';
import { signInAs } from './auth';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

// Olaya, Riyadh: where Rose Touch Salon stands. Elite Barbers is in Al Malqa, about 15 km north.
const OLAYA = { latitude: 24.6911, longitude: 46.6853 };

describe('near me and the salon filters', () => {
  let t: TestServer;
  // Wednesday 11:00 in Riyadh: the demo stylists' morning shift (10:00–13:00).
  const clock = testClock(new Date('2026-12-09T08:00:00Z'));
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
  });
  afterAll(() => t.stop());

  const LIST = `query($filter: SalonFilter, $orderBy: SalonOrder, $first: Int, $after: String) {
    salons(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { edges { node { nameEn distanceMeters } } pageInfo { hasNextPage endCursor } } }`;
  const list = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await t.gql(LIST, { filter, ...extra });
    expect(res.errors).toBeUndefined();
    return res.data.salons;
  };
  const names = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<string[]> =>
    (await list(filter, extra)).edges.map((e: any) => e.node.nameEn);

  it('sorts salons near a place by distance, with the distance in metres, within the radius', async () => {
    const page = await list({ near: OLAYA });
    expect(page.edges.map((e: any) => e.node.nameEn)).toEqual(['Rose Touch Salon', 'Elite Barbers']);
    expect(page.edges[0].node.distanceMeters).toBeLessThan(50);
    expect(page.edges[1].node.distanceMeters).toBeGreaterThan(14_000);
    expect(page.edges[1].node.distanceMeters).toBeLessThan(17_000);
    expect(await names({ near: { ...OLAYA, radiusKm: 10 } })).toEqual(['Rose Touch Salon']);
    // Dammam is about 380 km away, Jeddah about 850.
    expect(await names({ near: { ...OLAYA, radiusKm: 500 } }, { orderBy: 'DISTANCE' })).toEqual(['Rose Touch Salon', 'Elite Barbers', 'Gulf Nails Lounge', 'Eastern Gents Salon']);
    expect((await list({})).edges.every((e: any) => e.node.distanceMeters === null)).toBe(true);
  });

  it('pages by distance with stable cursors while a nearer salon is added', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await list({ near: { ...OLAYA, radiusKm: 500 } }, { orderBy: 'DISTANCE', first: 1, after });
      seen.push(...page.edges.map((e: any) => e.node.nameEn));
      if (seen.length === 2) {
        // A kilometre from Olaya, nearer than the cursor (Elite Barbers): later pages neither show it nor skip a salon.
        await sql(t, `insert into salons (id, created_at, updated_at, owner_id, name_ar, name_en, city, latitude, longitude)
          select gen_random_uuid(), now(), now(), owner_id, 'جديد', 'New Olaya Salon', 'RIYADH', 24.70, 46.6853 from salons limit 1`);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    await sql(t, "delete from salons where name_en = 'New Olaya Salon'");
    expect(seen).toEqual(['Rose Touch Salon', 'Elite Barbers', 'Gulf Nails Lounge', 'Eastern Gents Salon']);
  });

  it('refuses a forged cursor, a place off the earth, a price range upside down and DISTANCE without a place', async () => {
    const code = async (variables: Record<string, unknown>) => (await t.gql(LIST, variables)).errors?.[0].extensions?.code;
    const forged = Buffer.from(JSON.stringify(['near', '6f1c1a8e-0000-4000-8000-000000000000'])).toString('base64url');
    expect(await code({ filter: { near: OLAYA }, orderBy: 'DISTANCE', after: forged })).toBe('BAD_USER_INPUT');
    const subnormal = Buffer.from(JSON.stringify([5e-324, '6f1c1a8e-0000-4000-8000-000000000000'])).toString('base64url');
    expect(await code({ filter: { near: OLAYA }, orderBy: 'DISTANCE', after: subnormal })).toBe('BAD_USER_INPUT');
    expect((await t.gql(LIST, { filter: { near: { latitude: 5e-324, longitude: 5e-324 } } })).errors).toBeUndefined();
    expect(await code({ filter: { near: { latitude: 91, longitude: 46 } } })).toBe('BAD_USER_INPUT');
    expect(await code({ filter: { near: { ...OLAYA, radiusKm: 5000 } } })).toBe('BAD_USER_INPUT');
    expect(await code({ filter: { minPriceHalalas: 10_000, maxPriceHalalas: 5_000 } })).toBe('BAD_USER_INPUT');
    expect(await code({ filter: { minRating: 7 } })).toBe('BAD_USER_INPUT');
    expect(await code({ orderBy: 'DISTANCE' })).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['LADIES', ['Gulf Nails Lounge', 'Jeddah Bride Studio', 'Red Sea Spa', 'Rose Touch Salon']],
    ['GENTS', ['Eastern Gents Salon', 'Elite Barbers', 'Gulf Nails Lounge']],
    ['BOTH', ['Gulf Nails Lounge']],
  ])('serves %s', async (serves, expected) => {
    expect(await names({ serves }, { orderBy: 'NAME' })).toEqual(expected);
  });

  it('finds home service, and near a place only where the customer is within reach', async () => {
    expect(await names({ homeService: true }, { orderBy: 'NAME' })).toEqual(['Eastern Gents Salon', 'Jeddah Bride Studio', 'Rose Touch Salon']);
    expect(await names({ homeService: true, near: OLAYA })).toEqual(['Rose Touch Salon']);
    // About 20 km north of Olaya: Rose Touch comes 15 km.
    expect(await names({ homeService: true, near: { latitude: 24.87, longitude: 46.6853 } })).toEqual([]);
    const [rose] = (await list({ homeService: true, near: OLAYA })).edges;
    expect(rose.node.nameEn).toBe('Rose Touch Salon');
    const details = await t.gql('{ salons(filter: { search: "Rose Touch" }, first: 1) { edges { node { clientele homeServiceRadiusKm homeServiceTravelMinutes } } } }');
    expect(details.data.salons.edges[0].node).toEqual({ clientele: 'LADIES', homeServiceRadiusKm: 15, homeServiceTravelMinutes: 30 });
  });

  it("finds salons open now in their own time zone, on the app's clock, and not on a closure day", async () => {
    const all = await sql(t, 'select count(*)::int as n from salons where is_active');
    expect(await names({ openNow: true })).toHaveLength(all[0].n);
    await sql(t, "insert into salon_closures (id, created_at, updated_at, salon_id, start_date, end_date) select gen_random_uuid(), now(), now(), id, '2026-12-09', '2026-12-09' from salons where name_en = 'Rose Touch Salon'");
    expect(await names({ openNow: true })).not.toContain('Rose Touch Salon');
    // 03:00 in Riyadh: nobody works.
    clock.set(new Date('2026-12-09T00:00:00Z'));
    expect(await names({ openNow: true })).toEqual([]);
    clock.set(new Date('2026-12-09T08:00:00Z'));
  });

  it('filters by price range (one service within it) and rating, together with category', async () => {
    const cheap = await names({ maxPriceHalalas: 5_000 }, { orderBy: 'NAME' });
    const [{ names: expected }] = await sql(t, `select array_agg(distinct s.name_en order by s.name_en) as names from salons s join services sv on sv.salon_id = s.id
      where sv.is_active and sv.price_halalas <= 5000`);
    expect(cheap).toEqual(expected);
    expect(cheap.length).toBeGreaterThan(0);
    const [{ names: nails }] = await sql(t, `select array_agg(distinct s.name_en order by s.name_en) as names from salons s join services sv on sv.salon_id = s.id
      where sv.is_active and sv.category = 'NAILS' and sv.price_halalas between 10000 and 20000`);
    expect(await names({ category: 'NAILS', minPriceHalalas: 10_000, maxPriceHalalas: 20_000 }, { orderBy: 'NAME' })).toEqual(nails ?? []);
    expect((await names({ minRating: 4.6 })).length).toBeLessThan((await names({})).length);
  });

  it('combines text with a place: Arabic text near Dammam', async () => {
    expect(await names({ search: 'الشرقية', near: { latitude: 26.43, longitude: 50.1 } })).toEqual(['Eastern Gents Salon']);
  });

  it('lists cities and districts from the data, with counts and centres', async () => {
    const res = await t.gql('{ salonCities { city salonCount districts { name salonCount latitude longitude } } }');
    expect(res.errors).toBeUndefined();
    const cities = res.data.salonCities;
    expect(cities.map((c: any) => c.city)).toEqual(['DAMMAM', 'JEDDAH', 'RIYADH']);
    const riyadh = cities.find((c: any) => c.city === 'RIYADH');
    expect(riyadh.salonCount).toBe(2);
    expect(riyadh.districts).toEqual([
      { name: 'العليا', salonCount: 1, latitude: 24.6911, longitude: 46.6853 },
      { name: 'الملقا', salonCount: 1, latitude: 24.8123, longitude: 46.6089 },
    ]);
    // In English, the districts' English names: no Arabic-only name in an English screen, nor the reverse.
    const english = await t.gql('{ salonCities { city districts { name } } }', {}, { headers: { 'accept-language': 'en' } });
    expect(english.data.salonCities.find((c: any) => c.city === 'RIYADH').districts.map((d: any) => d.name)).toEqual(['Al Malqa', 'Olaya']);
  });

  it('reads a place search from the GiST index on the salons\' positions', async () => {
    const { sql: text, params } = salonPageQuery({ near: { ...OLAYA, radiusKm: 20 } }, { orderBy: SalonOrder.DISTANCE, first: 20 }, clock.now());
    let n = 0;
    const client = new Client({ connectionString: t.app.orm.config.get('clientUrl') });
    await client.connect();
    try {
      // Six salons are cheapest to read whole; without sequential scans the radius can only come from the index.
      await client.query('set enable_seqscan = off');
      const [{ 'QUERY PLAN': plan }] = (await client.query(`explain (format json) ${text.replace(/\?/g, () => `$${++n}`)}`, params)).rows;
      expect(JSON.stringify(plan)).toContain('"Index Name":"salons_location_gist"');
    } finally {
      await client.end();
    }
  });

  it('lets the manager set who the salon serves and its home service, both parts or neither', async () => {
    const token = await signInAs(t, '+966500000001');
    const [{ id: salonId }] = await sql(t, "select id from salons where name_en = 'Rose Touch Salon'");
    const update = async (input: Record<string, unknown>) =>
      (await t.gql('mutation($input: UpdateSalonInput!) { updateSalon(input: $input) { salon { clientele homeServiceRadiusKm homeServiceTravelMinutes } errors { code field } } }',
        { input: { salonId, ...input } }, { token })).data.updateSalon;
    expect(await update({ clientele: 'BOTH', homeServiceRadiusKm: 20 })).toEqual({ salon: { clientele: 'BOTH', homeServiceRadiusKm: 20, homeServiceTravelMinutes: 30 }, errors: [] });
    expect(await update({ homeServiceRadiusKm: 0 })).toEqual({ salon: { clientele: 'BOTH', homeServiceRadiusKm: null, homeServiceTravelMinutes: null }, errors: [] });
    expect((await update({ homeServiceRadiusKm: 12 })).errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'homeServiceTravelMinutes'] }]);
    expect((await update({ homeServiceTravelMinutes: 12 })).errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'homeServiceRadiusKm'] }]);
    expect((await update({ homeServiceRadiusKm: 101, homeServiceTravelMinutes: 10 })).errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'homeServiceRadiusKm'] }]);
    expect(await update({ clientele: 'LADIES', homeServiceRadiusKm: 15, homeServiceTravelMinutes: 30 })).toEqual({ salon: { clientele: 'LADIES', homeServiceRadiusKm: 15, homeServiceTravelMinutes: 30 }, errors: [] });
  });
});
