import { startTestServer, type TestServer } from './harness';

describe('walking skeleton over HTTP', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('answers health and readiness probes', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('echoes a request id and generates one when absent', async () => {
    const echoed = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('abc-123');
    const generated = await fetch(`${t.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the Moyasar webhook route beside GraphQL, refusing unsigned calls', async () => {
    const res = await fetch(`${t.url}/webhooks/moyasar`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
  });

  it('lists the six demo salons with their services, page by page', async () => {
    const query = `query($first: Int, $after: String) { salons(first: $first, after: $after, orderBy: NAME) {
      edges { cursor node { id nameEn nameAr name city services { id nameEn priceHalalas durationMinutes } staff { displayName } } }
      pageInfo { hasNextPage endCursor } } }`;
    const first = await t.gql(query, { first: 4 }, { headers: { 'accept-language': 'en' } });
    expect(first.errors).toBeUndefined();
    expect(first.data.salons.edges).toHaveLength(4);
    expect(first.data.salons.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql(query, { first: 4, after: first.data.salons.pageInfo.endCursor });
    expect(second.data.salons.edges).toHaveLength(2);
    expect(second.data.salons.pageInfo.hasNextPage).toBe(false);
    const all = [...first.data.salons.edges, ...second.data.salons.edges].map((e: any) => e.node);
    expect(new Set(all.map((s: any) => s.id)).size).toBe(6);
    expect(new Set(all.map((s: any) => s.city))).toEqual(new Set(['RIYADH', 'JEDDAH', 'DAMMAM']));
    const names = all.map((s: any) => s.nameEn);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    for (const salon of all) {
      expect(salon.services.length).toBeGreaterThanOrEqual(4);
      expect(salon.services.length).toBeLessThanOrEqual(8);
      expect(salon.staff.length).toBeGreaterThanOrEqual(3);
      expect(salon.staff.length).toBeLessThanOrEqual(5);
      expect(Number.isInteger(salon.services[0].priceHalalas)).toBe(true);
    }
    expect(first.data.salons.edges[0].node.name).toBe(first.data.salons.edges[0].node.nameEn);
  });

  it('localises names by Accept-Language, Arabic by default', async () => {
    const res = await t.gql('{ salons(first: 1) { edges { node { name nameAr } } } }');
    const node = res.data.salons.edges[0].node;
    expect(node.name).toBe(node.nameAr);
  });

  it('fetches one salon by id and returns null for unknown ids', async () => {
    const list = await t.gql('{ salons(first: 1) { edges { node { id nameEn } } } }');
    const { id, nameEn } = list.data.salons.edges[0].node;
    const one = await t.gql('query($id: ID!) { salon(id: $id) { nameEn services { name } } }', { id });
    expect(one.data.salon.nameEn).toBe(nameEn);
    const missing = await t.gql('query($id: ID!) { salon(id: $id) { nameEn } }', { id: '00000000-0000-0000-0000-000000000000' });
    expect(missing.data.salon).toBeNull();
    const garbage = await t.gql('query($id: ID!) { salon(id: $id) { nameEn } }', { id: 'not-a-uuid' });
    expect(garbage.data.salon).toBeNull();
  });

  it('filters by city', async () => {
    const res = await t.gql('{ salons(filter: { city: JEDDAH }) { edges { node { city } } } }');
    expect(res.data.salons.edges.map((e: any) => e.node.city)).toEqual(['JEDDAH', 'JEDDAH']);
  });

  it('batches nested lists: statement count does not grow with page size', async () => {
    const query = 'query($n: Int) { salons(first: $n, orderBy: NAME) { edges { node { services { id } staff { id } } } } }';
    const small = await t.gql(query, { n: 2 });
    const large = await t.gql(query, { n: 6 });
    expect(large.errors).toBeUndefined();
    expect(Number(large.headers.get('x-sql-statements'))).toBe(Number(small.headers.get('x-sql-statements')));
    expect(Number(large.headers.get('x-sql-statements'))).toBeLessThanOrEqual(5);
  });

  it('rejects a bad cursor and an oversized page as bad input, not a 500', async () => {
    const bad = await t.gql('{ salons(after: "nonsense") { edges { cursor } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await t.gql('{ salons(first: 1000) { edges { cursor } } }');
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('enforces the alias and token limits', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: salons(first: 1) { pageInfo { hasNextPage } }`).join(' ')} }`;
    expect((await t.gql(aliases(15))).errors).toBeUndefined();
    const tooMany = await t.gql(aliases(16));
    expect(tooMany.errors?.[0].message).toMatch(/aliases/i);
    const tokens = await t.gql(`{ ${'__typename '.repeat(2100)} }`);
    expect(tokens.errors?.[0].message).toMatch(/token/i);
  });

  it('refuses an invalid bearer token with UNAUTHENTICATED', async () => {
    const res = await t.gql('{ salons(first: 1) { edges { cursor } } }', {}, { token: 'garbage' });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
