import { Client } from 'pg';
import { salonPageQuery, SalonOrder, SEARCH_THRESHOLD } from '../src/modules/catalog/list-salons';
import { signInAs } from './auth';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const MANAGER = '+966500000001';
const STAFF = '+966500000003';
const CUSTOMER = '+966500000002';

describe('salon catalogue reads', () => {
  let t: TestServer;
  let roseId: string;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
    [{ id: roseId }] = await sql(t, "select id from salons where name_en = 'Rose Touch Salon'");
  });
  afterAll(() => t.stop());

  it('shows a salon with photos, services, staff with their services and hours, price range and reviews', async () => {
    const res = await t.gql(
      `query($id: ID!) { salon(id: $id) { nameEn photos { url position } priceRange { minHalalas maxHalalas currency }
        services { nameEn priceHalalas salon { nameEn } } staff { displayName services { nameEn } weeklyHours { id createdAt weekday startTime endTime } }
        reviews(first: 2) { edges { node { rating comment customer { firstName } } } pageInfo { hasNextPage endCursor } } reviewCount ratingAverage } }`,
      { id: roseId },
    );
    expect(res.errors).toBeUndefined();
    const salon = res.data.salon;
    expect(salon.photos).toEqual([{ url: '/demo/salon-1-1.svg', position: 0 }, { url: '/demo/salon-1-2.svg', position: 1 }]);
    expect(salon.priceRange).toEqual({ minHalalas: 8000, maxHalalas: 45000, currency: 'SAR' });
    expect(salon.services[0].salon.nameEn).toBe('Rose Touch Salon');
    expect(salon.staff[0].weeklyHours.length).toBeGreaterThan(0);
    expect(salon.staff[0].weeklyHours[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      weekday: expect.stringMatching(/^[A-Z]+DAY$/), startTime: expect.stringMatching(/^\d\d:\d\d$/), endTime: expect.stringMatching(/^\d\d:\d\d$/),
    });
    expect(salon.staff[0].services.length).toBeGreaterThan(0);
    expect(salon.reviews.edges).toHaveLength(2);
    expect(salon.reviews.edges[0].node.customer.firstName).toBeTruthy();
    const next = await t.gql('query($id: ID!, $after: String) { salon(id: $id) { reviews(first: 10, after: $after) { edges { node { comment } } pageInfo { hasNextPage } } } }', {
      id: roseId, after: salon.reviews.pageInfo.endCursor,
    });
    expect(next.data.salon.reviews.edges.length + 2).toBe(salon.reviewCount);
    expect(next.data.salon.reviews.pageInfo.hasNextPage).toBe(false);
  });

  it('lists every weekly range of every stylist as stored, by day, start and id', async () => {
    // A second range on a day that already has one, starting earlier, entered later: order comes from the times.
    const [{ id: staffId, weekday }] = await sql(t, "select wh.staff_id as id, wh.weekday from weekly_hours wh join staff_members sm on sm.id = wh.staff_id where sm.salon_id = $1 order by wh.weekday limit 1", [roseId]);
    await sql(t, "insert into weekly_hours (id, created_at, updated_at, staff_id, weekday, start_time, end_time) values (gen_random_uuid(), '2026-01-02 03:04:05.678+03', now(), $1, $2, '06:15', '07:45')", [staffId, weekday]);
    const res = await t.gql('query($id: ID!) { salon(id: $id) { staff { id weeklyHours { id createdAt weekday startTime endTime } } } }', { id: roseId });
    expect(res.errors).toBeUndefined();
    const names = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
    for (const member of res.data.salon.staff) {
      const stored = await sql(t, "select id, created_at, weekday, to_char(start_time, 'HH24:MI') as s, to_char(end_time, 'HH24:MI') as e from weekly_hours where staff_id = $1 order by weekday, start_time, id", [member.id]);
      expect(member.weeklyHours).toEqual(stored.map((r: any) => ({ id: r.id, createdAt: r.created_at.toISOString(), weekday: names[r.weekday - 1], startTime: r.s, endTime: r.e })));
    }
    const changed = res.data.salon.staff.find((m: any) => m.id === staffId).weeklyHours;
    expect(changed.find((h: any) => h.startTime === '06:15')).toMatchObject({ endTime: '07:45', createdAt: '2026-01-02T00:04:05.678Z' });
    // Asked for the times alone (as a catalogue page does), the ranges are read without their ids and creation times:
    // the same times, in the same order.
    const times = await t.gql('query($id: ID!) { salon(id: $id) { staff { id weeklyHours { weekday startTime endTime } } } }', { id: roseId });
    expect(times.errors).toBeUndefined();
    expect(times.data.salon.staff).toEqual(res.data.salon.staff.map((m: any) => ({ id: m.id, weeklyHours: m.weeklyHours.map(({ weekday, startTime, endTime }: any) => ({ weekday, startTime, endTime })) })));
  });

  it('finds salons by Arabic and English names and service names, tolerating typos', async () => {
    const search = async (text: string) =>
      (await t.gql('query($s: String) { salons(filter: { search: $s }) { edges { node { nameEn } } } }', { s: text })).data.salons.edges.map((e: any) => e.node.nameEn);
    expect(await search('Rose Tuch')).toContain('Rose Touch Salon');
    expect(await search('لمسة الورد')).toContain('Rose Touch Salon');
    expect(await search('Manicur')).toEqual(expect.arrayContaining(['Rose Touch Salon', 'Gulf Nails Lounge', 'Red Sea Spa']));
    expect(await search('حناء')).toEqual(['Jeddah Bride Studio']);
    expect(await search('zzzzqqqq')).toEqual([]);
  });

  it('answers search text from the trigram indexes of the folded salon and service names', async () => {
    const { sql: text, params } = salonPageQuery({ search: 'Manicur' }, { orderBy: SalonOrder.RELEVANCE, first: 20 }, new Date(0));
    let n = 0;
    const client = new Client({ connectionString: t.app.orm.config.get('clientUrl') });
    await client.connect();
    try {
      // Six demo salons are cheapest to read whole, so rule that out: with only bitmap scans left, every table is
      // reached through an index condition, and the names can only be matched through the trigram indexes.
      for (const scan of ['seqscan', 'indexscan', 'indexonlyscan']) await client.query(`set enable_${scan} = off`);
      await client.query(`set pg_trgm.word_similarity_threshold = ${SEARCH_THRESHOLD}`);
      const [{ 'QUERY PLAN': plan }] = (await client.query(`explain (format json) ${text.replace(/\?/g, () => `$${++n}`)}`, params)).rows;
      const indexes = JSON.stringify(plan).match(/"Index Name":"[a-z_]+"/g);
      expect(indexes).toEqual(expect.arrayContaining(['salons_search_trgm', 'services_search_trgm'].map((i) => `"Index Name":"${i}"`)));
    } finally {
      await client.end();
    }
  });

  it('filters by category and minimum rating, with stable cursors while salons are added', async () => {
    const nails = await t.gql('{ salons(filter: { category: NAILS }, orderBy: NAME) { edges { node { nameEn } } } }');
    expect(nails.data.salons.edges.map((e: any) => e.node.nameEn)).toEqual(['Gulf Nails Lounge', 'Red Sea Spa', 'Rose Touch Salon']);
    const rated = await t.gql('{ salons(filter: { minRating: 4.5 }) { edges { node { ratingAverage } } } }');
    expect(rated.data.salons.edges.every((e: any) => e.node.ratingAverage >= 4.5)).toBe(true);

    const page = async (after?: string) =>
      (await t.gql('query($after: String) { salons(first: 3, after: $after, orderBy: NAME) { edges { node { nameEn } } pageInfo { endCursor } } }', { after })).data.salons;
    const first = await page();
    // A salon whose name sorts before the cursor appears meanwhile: the next page neither repeats nor skips.
    await sql(t, `insert into salons (id, created_at, updated_at, owner_id, name_ar, name_en, city) select gen_random_uuid(), now(), now(), owner_id, 'أ', 'Aaa New Salon', 'RIYADH' from salons limit 1`);
    const second = await page(first.pageInfo.endCursor);
    const names = [...first.edges, ...second.edges].map((e: any) => e.node.nameEn);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('Aaa New Salon');
  });

  it('reads one service and one staff member by id', async () => {
    const [{ id: serviceId }] = await sql(t, "select id from services where name_en = 'Haircut' and salon_id = $1", [roseId]);
    const [{ id: staffId }] = await sql(t, "select sm.id from staff_members sm join users u on u.id = sm.user_id where u.phone_number = $1", [STAFF]);
    const res = await t.gql('query($s: ID!, $m: ID!) { service(id: $s) { nameEn durationMinutes } staffMember(id: $m) { displayName salon { nameEn } } }', { s: serviceId, m: staffId });
    expect(res.data).toEqual({ service: { nameEn: 'Haircut', durationMinutes: 45 }, staffMember: { displayName: 'نورة', salon: { nameEn: 'Rose Touch Salon' } } });
  });

  it('shows time off to the salon and the person only', async () => {
    const [{ id: staffId }] = await sql(t, "select sm.id from staff_members sm where sm.salon_id = $1 and sm.display_name_en = 'Sarah'", [roseId]);
    const q = 'query($m: ID!) { staffMember(id: $m) { timeOff { reason } } }';
    expect((await t.gql(q, { m: staffId }, { token: await signInAs(t, MANAGER) })).data.staffMember.timeOff).toEqual([{ reason: 'دورة تدريبية' }]);
    expect((await t.gql(q, { m: staffId }, { token: await signInAs(t, CUSTOMER) })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(q, { m: staffId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('nested reads are batched', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
    // Enough salons for a page of 50, each with services, staff, hours, photos and reviews copied from the demo.
    await sql(t, `
      with src as (select * from salons order by name_en limit 1)
      insert into salons (id, created_at, updated_at, owner_id, name_ar, name_en, city, rating_average)
      select gen_random_uuid(), now(), now(), src.owner_id, 'صالون ' || g, 'Bulk Salon ' || g, 'RIYADH', 4 from src, generate_series(1, 50) g`);
    await sql(t, `insert into services (id, created_at, updated_at, salon_id, name_ar, name_en, category, duration_minutes, price_halalas)
      select gen_random_uuid(), now(), now(), s.id, 'قص', 'Cut', 'HAIR', 30, 5000 from salons s where s.name_en like 'Bulk%'`);
    await sql(t, `insert into staff_members (id, created_at, updated_at, user_id, salon_id, display_name)
      select gen_random_uuid(), now(), now(), (select id from users where phone_number = '+966500000003'), s.id, 'Stylist' from salons s where s.name_en like 'Bulk%'`);
    await sql(t, `insert into staff_member_services select sm.id, sv.id from staff_members sm join services sv on sv.salon_id = sm.salon_id where sm.display_name = 'Stylist'`);
    await sql(t, `insert into weekly_hours (id, created_at, updated_at, staff_id, weekday, start_time, end_time)
      select gen_random_uuid(), now(), now(), sm.id, 1, '09:00', '17:00' from staff_members sm where sm.display_name = 'Stylist'`);
    await sql(t, `insert into salon_photos (id, created_at, updated_at, salon_id, url) select gen_random_uuid(), now(), now(), id, '/x.svg' from salons where name_en like 'Bulk%'`);
    await sql(t, `insert into reviews (id, created_at, updated_at, salon_id, customer_id, rating, comment)
      select gen_random_uuid(), now() - (g || ' minutes')::interval, now(), s.id, (select id from users where phone_number = '+966500000002'), 4, 'ok'
      from salons s, generate_series(1, 4) g where s.name_en like 'Bulk%'`);
  });
  afterAll(() => t.stop());

  it('runs the same number of SQL statements for 5 and 50 salons, no more than depth + a constant', async () => {
    const query = `query($n: Int) { salons(first: $n, orderBy: NAME) { edges { node {
      services { id } staff { services { id } weeklyHours { startTime } } photos { url }
      reviews(first: 3) { edges { node { customer { firstName } } } } } } } }`;
    const counts: number[] = [];
    for (const n of [5, 50]) {
      const res = await t.gql(query, { n });
      expect(res.errors).toBeUndefined();
      expect(res.data.salons.edges).toHaveLength(n);
      counts.push(Number(res.headers.get('x-sql-statements')));
    }
    expect(counts[0]).toBe(counts[1]);
    // Nesting depth (salons → staff → services) is 3 list levels plus reviews → customer.
    expect(counts[1]).toBeLessThanOrEqual(12);
  });

  it('reads a page a level ahead: the catalogue page in two round trips, a salon page in one', async () => {
    const [{ id: roseId }] = await sql(t, "select id from salons where name_en = 'Rose Touch Salon'");
    const page = `query { salons(first: 20, orderBy: RATING) { edges { node { id services { id } ...Team photos { url }
      reviews(first: 3) { edges { node { customer { firstName } } } } } } } }
      fragment Team on Salon { staff { id services { id } weeklyHours { weekday startTime endTime } } }`;
    const listed = await t.gql(page);
    expect(listed.errors).toBeUndefined();
    // The salons; then their lists with their stylists' services and hours and their reviewers (read ahead).
    expect(listed.headers.get('x-sql-round-trips')).toBe('2');
    const one = await t.gql(`query($id: ID!) { salon(id: $id) { name services { id } staff { id services { id } weeklyHours { startTime } }
      photos { url } closures { startDate } priceRange { minHalalas } reviews(first: 2) { edges { node { rating customer { firstName } } } } } }`, { id: roseId });
    expect(one.errors).toBeUndefined();
    // The salon with all its lists and reviewers: its id is the argument.
    expect(one.headers.get('x-sql-round-trips')).toBe('1');
    const [{ first_name: reviewer }] = await sql(t, 'select u.first_name from reviews r join users u on u.id = r.customer_id where r.salon_id = $1 and r.hidden_at is null order by r.created_at desc, r.id desc limit 1', [roseId]);
    expect(one.data.salon.reviews.edges[0].node.customer.firstName).toBe(reviewer);
    // Read ahead or not, the same answer as the stylists' own reads.
    const rose = listed.data.salons.edges.find((e: any) => e.node.id === roseId).node;
    for (const member of rose.staff) {
      const alone = await t.gql('query($id: ID!) { staffMember(id: $id) { services { id } weeklyHours { weekday startTime endTime } } }', { id: member.id });
      expect(alone.data.staffMember).toEqual({ services: member.services, weeklyHours: member.weeklyHours });
    }
  });
});

describe('available slots over HTTP', () => {
  let t: TestServer;
  const clock = testClock(new Date('2026-12-05T21:00:00Z')); // Sunday 6 December 00:00 in Riyadh
  let serviceId: string;
  let nouraId: string;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    [{ id: serviceId }] = await sql(t, "select sv.id from services sv join salons s on s.id = sv.salon_id where s.name_en = 'Rose Touch Salon' and sv.name_en = 'Haircut'");
    [{ id: nouraId }] = await sql(t, "select sm.id from staff_members sm where display_name_en = 'Noura'");
    // A fixed week for Noura so the expectations do not depend on the seed: Sunday 10:00–12:00.
    await sql(t, 'delete from weekly_hours where staff_id = $1', [nouraId]);
    await sql(t, "insert into weekly_hours (id, created_at, updated_at, staff_id, weekday, start_time, end_time) values (gen_random_uuid(), now(), now(), $1, 7, '10:00', '12:00')", [nouraId]);
    await sql(t, 'delete from time_off');
  });
  afterAll(() => t.stop());

  const SLOTS = 'query($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt endsAt staff { displayName } } }';

  it('lists one staff member\'s free times in the salon\'s zone, with service duration and buffer', async () => {
    const res = await t.gql(SLOTS, { input: { serviceId, date: '2026-12-06', staffId: nouraId } });
    expect(res.errors).toBeUndefined();
    // Haircut: 45 minutes + 10 buffer must fit before 12:00 → last start 11:05 → 11:00.
    expect(res.data.availableSlots.map((s: any) => s.startsAt)).toEqual([
      '2026-12-06T07:00:00.000Z', '2026-12-06T07:15:00.000Z', '2026-12-06T07:30:00.000Z', '2026-12-06T07:45:00.000Z',
      '2026-12-06T08:00:00.000Z',
    ]);
    expect(res.data.availableSlots[0]).toMatchObject({ endsAt: '2026-12-06T07:45:00.000Z', staff: { displayName: 'نورة' } });
  });

  it('names who does each slot from the staff rows the calculation read', async () => {
    const res = await t.gql(SLOTS, { input: { serviceId, date: '2026-12-06' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.availableSlots.length).toBeGreaterThan(0);
    const [{ names }] = await sql(t, "select array_agg(display_name) as names from staff_members sm join staff_member_services ss on ss.staff_member_id = sm.id where ss.service_id = $1 and sm.is_active", [serviceId]);
    for (const slot of res.data.availableSlots) expect(names).toContain(slot.staff.displayName);
    // The service, its salon, its staff (the columns the operation reads of them, so the slots' staff are not read
    // again) and the rest of what the calculation reads: all found by the service's id, so all in one message.
    expect(res.headers.get('x-sql-round-trips')).toBe('1');
  });

  it('reads of the slots\' staff what the operation shows of them, whatever that is', async () => {
    // In tests a row read with a select list throws when a field reads a column it left out (db/plain-rows.ts).
    const res = await t.gql('query($input: AvailableSlotsInput!) { availableSlots(input: $input) { staff { id displayNameAr displayNameEn bio isActive salon { id } } } }', { input: { serviceId, date: '2026-12-06', staffId: nouraId } });
    expect(res.errors).toBeUndefined();
    const [row] = await sql(t, 'select id, display_name, display_name_en, bio, is_active, salon_id from staff_members where id = $1', [nouraId]);
    expect(res.data.availableSlots[0].staff).toEqual({ id: row.id, displayNameAr: row.display_name, displayNameEn: row.display_name_en, bio: row.bio, isActive: row.is_active, salon: { id: row.salon_id } });
  });

  it('reads the bookings of the salon\'s own dates, in a zone far either side of UTC', async () => {
    const [{ id: customerId }] = await sql(t, "select id from users where phone_number = '+966500000002'");
    const [{ salon_id: salonId }] = await sql(t, 'select salon_id from services where id = $1', [serviceId]);
    const times = async () => (await t.gql(SLOTS, { input: { serviceId, date: '2026-12-13', staffId: nouraId } })).data.availableSlots.map((s: any) => s.startsAt);
    try {
      for (const [zone, offsetHours] of [['Pacific/Kiritimati', 14], ['Pacific/Pago_Pago', -11]] as const) {
        await sql(t, 'update salons set time_zone = $1 where id = $2', [zone, salonId]);
        // Sunday 13 December, 10:00–12:00 there.
        const local = (hhmm: string) => new Date(Date.parse(`2026-12-13T${hhmm}:00Z`) - offsetHours * 3_600_000).toISOString();
        expect(await times()).toEqual(['10:00', '10:15', '10:30', '10:45', '11:00'].map(local));
        // Booked 10:00–10:45 with its 10-minute buffer: 11:00 is the only start left where 45 + 10 minutes fit.
        await sql(t, `insert into bookings (id, created_at, updated_at, salon_id, service_id, staff_id, customer_id, starts_at, ends_at, blocked_until,
          price_halalas, currency, status, idempotency_key, request_fingerprint)
          values (gen_random_uuid(), now(), now(), $1, $2, $3, $4, $5, $6, $7, 12000, 'SAR', 'CONFIRMED', $8, 'f')`,
          [salonId, serviceId, nouraId, customerId, local('10:00'), local('10:45'), local('10:55'), `zone-${zone}`]);
        expect(await times()).toEqual([local('11:00')]);
        await sql(t, "delete from bookings where idempotency_key like 'zone-%'");
      }
    } finally {
      await sql(t, "update salons set time_zone = 'Asia/Riyadh' where id = $1", [salonId]);
      await sql(t, "delete from bookings where idempotency_key like 'zone-%'");
    }
  });

  it('gives one slot per time for "any staff member"', async () => {
    const res = await t.gql(SLOTS, { input: { serviceId, date: '2026-12-06' } });
    const starts = res.data.availableSlots.map((s: any) => s.startsAt);
    expect(new Set(starts).size).toBe(starts.length);
    expect(starts.length).toBeGreaterThan(5);
  });

  it('drops times blocked by a booking plus its buffer, and by a closure', async () => {
    const [{ id: customerId }] = await sql(t, "select id from users where phone_number = '+966500000002'");
    await sql(t, `insert into bookings (id, created_at, updated_at, salon_id, service_id, staff_id, customer_id, starts_at, ends_at, blocked_until,
      price_halalas, currency, status, idempotency_key, request_fingerprint)
      select gen_random_uuid(), now(), now(), sv.salon_id, sv.id, $1, $2, '2026-12-06T07:30:00Z', '2026-12-06T08:15:00Z', '2026-12-06T08:25:00Z', 12000, 'SAR', 'CONFIRMED', 'k1', 'f' from services sv where sv.id = $3`,
      [nouraId, customerId, serviceId]);
    const res = await t.gql(SLOTS, { input: { serviceId, date: '2026-12-06', staffId: nouraId } });
    // 10:00 (07:00Z) would run into the 10:30 booking; 11:25 is free again but too late for 45+10 before 12:00.
    expect(res.data.availableSlots).toEqual([]);
    await sql(t, "update bookings set status = 'CANCELLED'");
    expect((await t.gql(SLOTS, { input: { serviceId, date: '2026-12-06', staffId: nouraId } })).data.availableSlots).toHaveLength(5);
    await sql(t, "insert into salon_closures (id, created_at, updated_at, salon_id, start_date, end_date) select gen_random_uuid(), now(), now(), salon_id, '2026-12-06', '2026-12-06' from services where id = $1", [serviceId]);
    expect((await t.gql(SLOTS, { input: { serviceId, date: '2026-12-06', staffId: nouraId } })).data.availableSlots).toEqual([]);
    await sql(t, 'delete from salon_closures');
  });

  it('lists the days that have free times, for a calendar', async () => {
    const res = await t.gql('query($input: AvailableDaysInput!) { availableDays(input: $input) }', { input: { serviceId, from: '2026-12-06', to: '2026-12-20', staffId: nouraId } });
    expect(res.data.availableDays).toEqual(['2026-12-06', '2026-12-13', '2026-12-20']);
    const tooLong = await t.gql('query($input: AvailableDaysInput!) { availableDays(input: $input) }', { input: { serviceId, from: '2026-12-01', to: '2027-03-01' } });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers empty for an unknown or archived service, a closed-down salon, or staff who do not offer it, and rejects impossible dates', async () => {
    expect((await t.gql(SLOTS, { input: { serviceId: '00000000-0000-4000-8000-000000000000', date: '2026-12-06' } })).data.availableSlots).toEqual([]);
    const count = async () => (await t.gql(SLOTS, { input: { serviceId, date: '2026-12-06', staffId: nouraId } })).data.availableSlots.length;
    expect(await count()).toBe(5);
    const switches: [string, string][] = [
      ['update services set is_active = false where id = $1', 'update services set is_active = true where id = $1'],
      ['update salons set is_active = false where id = (select salon_id from services where id = $1)', 'update salons set is_active = true where id = (select salon_id from services where id = $1)'],
      ['delete from staff_member_services where service_id = $1 and staff_member_id = $2', 'insert into staff_member_services (service_id, staff_member_id) values ($1, $2)'],
    ];
    for (const [off, on] of switches) {
      const params = off.includes('$2') ? [serviceId, nouraId] : [serviceId];
      await sql(t, off, params);
      expect(await count()).toBe(0);
      await sql(t, on, params);
      expect(await count()).toBe(5);
    }
    const bad = await t.gql(SLOTS, { input: { serviceId, date: '2026-02-30' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The first and last dates a Date may name: nothing to offer (past, or beyond the horizon), and no error.
    for (const date of ['1900-01-01', '9999-12-31']) {
      for (const input of [{ serviceId, date }, { serviceId, date, staffId: nouraId }]) {
        const edge = await t.gql(SLOTS, { input });
        expect(edge.errors).toBeUndefined();
        expect(edge.data.availableSlots).toEqual([]);
      }
      const days = await t.gql('query($input: AvailableDaysInput!) { availableDays(input: $input) }', { input: { serviceId, from: date, to: date } });
      expect(days.errors).toBeUndefined();
      expect(days.data.availableDays).toEqual([]);
    }
  });
});
