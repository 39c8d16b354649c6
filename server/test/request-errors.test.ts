import { startTestServer, type TestServer } from './harness';
import { signInAs } from './auth';
import { sql } from './sql';

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

/** Forged `after` values that once reached SQL or `new Date()`; every one is refused as BAD_USER_INPUT now. */
const FORGED = [
  cursor([{}, []]), cursor([1, 2]), cursor(['2026-12-10T07:00:00.000Z', 'not-a-uuid']), cursor([null, UUID]), cursor(['2026-12-10T07:00:00.000Z', UUID, 'x']),
  cursor(['x'.repeat(5000), UUID]), cursor([true, UUID]), 'not base64 json',
];
/** Wrong only where the cursor holds an instant (a salon's name may well read like this). */
const FORGED_INSTANTS = [
  cursor(['not-a-date', UUID]), cursor(['2026-02-30T07:00:00.000Z', UUID]), cursor(['+275760-09-13T00:00:00.001Z', UUID]),
  cursor(['0000-01-01T00:00:00.000Z', UUID]), cursor(["') or 1=1 --", UUID]),
];

async function post(t: TestServer, body: unknown) {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('GraphQL over HTTP: statuses and codes a client can rely on', () => {
  let t: TestServer;
  let manager: string;
  let customer: string;
  let salonId: string;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
    manager = await signInAs(t, '+966500000001');
    customer = await signInAs(t, '+966500000002');
    [{ id: salonId }] = await sql(t, "select s.id from salons s join users u on u.id = s.owner_id where u.phone_number = '+966500000001' limit 1");
  });
  afterAll(() => t.stop());

  const errorLines = () => t.logs.filter((l) => l.level >= 50);

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    for (const query of ['{', 'query { salons(first: ) { pageInfo { hasNextPage } } }', '}}}}']) {
      const { status, body } = await post(t, { query });
      expect([status, body.errors[0].extensions.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    }
  });

  it('answers a document over the token limit with 400 GRAPHQL_PARSE_FAILED', async () => {
    const { status, body } = await post(t, { query: `{ ${'__typename '.repeat(2100)}}` });
    expect([status, body.errors[0].extensions.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    expect(body.errors[0].message).toMatch(/tokens/);
  });

  it('counts __typename aliases towards the alias limit', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await post(t, { query: aliases(15) })).status).toBe(200);
    for (const n of [16, 600]) {
      const { status, body } = await post(t, { query: aliases(n) });
      expect([status, body.errors[0].extensions.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    }
  });

  it('answers every other limit (depth, cost, directives) and a subscription with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const documents = [
      `{ salons { edges { node { ${'staff { salon { '.repeat(6)}id${' } }'.repeat(6)} } } } }`,
      `{ ${Array.from({ length: 15 }, (_, i) => `s${i}: salons(first: 100) { edges { node { services { id nameEn nameAr } staff { id displayName } } } }`).join(' ')} }`,
      `{ __typename ${'@include(if: true) '.repeat(60)}}`,
      'subscription { __typename }',
    ];
    for (const query of documents) {
      const { status, body } = await post(t, { query });
      expect([status, body.errors[0].extensions.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    }
  });

  it('answers an unsupported persisted-query version with 400 BAD_REQUEST and no error log', async () => {
    const before = errorLines().length;
    for (const version of [2, '1', 0]) {
      const { status, body } = await post(t, { query: '{ __typename }', extensions: { persistedQuery: { version, sha256Hash: 'a'.repeat(64) } } });
      expect([status, body.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    }
    // A hash that does not match its document is the same kind of client mistake.
    const mismatch = await post(t, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect([mismatch.status, mismatch.body.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    expect(errorLines().length).toBe(before);
  });

  it('refuses NUL characters and over-long text before anything runs', async () => {
    for (const search of ['a\u0000b', 'x'.repeat(5001)]) {
      const { status, body } = await post(t, { query: 'query ($s: String) { salons(filter: { search: $s }) { pageInfo { hasNextPage } } }', variables: { s: search } });
      expect([status, body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    }
    const literal = await post(t, { query: '{ salons(filter: { search: "a\\u0000b" }) { pageInfo { hasNextPage } } }' });
    expect([literal.status, literal.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('refuses dates and instants that do not exist or that PostgreSQL cannot store', async () => {
    const query = 'query ($from: DateTime!, $to: DateTime!, $salonId: ID!) { salonBookings(salonId: $salonId, from: $from, to: $to) { id } }';
    for (const from of ['2026-02-30T10:00:00Z', '2026-12-10T24:30:00Z', '0000-01-01T00:00:00Z', '275760-09-13T00:00:00Z']) {
      const res = await t.gql(query, { salonId, from, to: '2026-12-11T00:00:00Z' }, { token: manager });
      expect([res.status, res.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    }
    const days = await t.gql('query ($input: AvailableDaysInput!) { availableDays(input: $input) }', { input: { serviceId: UUID, from: '0000-01-01', to: '0000-01-02' } });
    expect(days.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  describe('forged cursors are BAD_USER_INPUT on every connection', () => {
    const connections: [string, string, () => string | undefined, string[]][] = [
      ['salons (relevance)', 'query ($after: String) { salons(after: $after) { pageInfo { hasNextPage } } }', () => undefined, FORGED_INSTANTS],
      ['salons (search)', 'query ($after: String) { salons(after: $after, filter: { search: "rose" }) { pageInfo { hasNextPage } } }', () => undefined, FORGED_INSTANTS],
      ['salons (name)', 'query ($after: String) { salons(after: $after, orderBy: NAME) { pageInfo { hasNextPage } } }', () => undefined, []],
      ['salons (newest)', 'query ($after: String) { salons(after: $after, orderBy: NEWEST) { pageInfo { hasNextPage } } }', () => undefined, FORGED_INSTANTS],
      ['reviews', 'query ($after: String) { salons(first: 2) { edges { node { reviews(after: $after) { pageInfo { hasNextPage } } } } } }', () => undefined, FORGED_INSTANTS],
      ['myBookings', 'query ($after: String) { myBookings(after: $after) { pageInfo { hasNextPage } } }', () => customer, FORGED_INSTANTS],
      ['myBookings (upcoming)', 'query ($after: String) { myBookings(after: $after, filter: { upcoming: true }) { pageInfo { hasNextPage } } }', () => customer, FORGED_INSTANTS],
      ['salonPayments', `query ($after: String) { salonPayments(salonId: "SALON", after: $after) { pageInfo { hasNextPage } } }`, () => manager, FORGED_INSTANTS],
    ];
    it.each(connections)('%s', async (_name, query, token, instants) => {
      for (const after of [...FORGED, ...instants]) {
        const res = await t.gql(query.replace('SALON', salonId), { after }, { token: token() });
        expect({ after, code: res.errors?.[0].extensions?.code }).toEqual({ after, code: 'BAD_USER_INPUT' });
      }
    });

    it('still pages with the cursors the server wrote', async () => {
      for (const orderBy of ['NAME', 'NEWEST', 'RATING', 'RELEVANCE']) {
        const query = `query ($after: String) { salons(first: 2, after: $after, orderBy: ${orderBy}) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`;
        const first = await t.gql(query, {});
        const second = await t.gql(query, { after: first.data.salons.pageInfo.endCursor });
        expect(second.errors).toBeUndefined();
        expect(second.data.salons.edges[0].node.id).not.toBe(first.data.salons.edges[0].node.id);
      }
      // A cursor written for one order does not fit another.
      const byName = await t.gql('{ salons(first: 1, orderBy: NAME) { pageInfo { endCursor } } }');
      const misuse = await t.gql('query ($after: String) { salons(after: $after, orderBy: NEWEST) { pageInfo { hasNextPage } } }', { after: byName.data.salons.pageInfo.endCursor });
      expect(misuse.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorLines()).toEqual([]);
    });
  });
});
