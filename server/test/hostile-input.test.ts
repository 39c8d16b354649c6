import { buildContractSchema } from '../src/graphql/schema';
import { startTestServer, type TestServer } from './harness';
import { signInAs } from './auth';
import { sql } from './sql';
import { schemaCases, type Ids } from './fuzz';

interface Sent {
  label: string;
  status: number;
  text: string;
}

async function send(t: TestServer, label: string, init: RequestInit & { path?: string; mayHangUp?: boolean }): Promise<Sent> {
  try {
    const res = await fetch(`${t.url}${init.path ?? '/graphql'}`, init);
    return { label, status: res.status, text: await res.text() };
  } catch (err) {
    // Node answers 413 to a body over the limit and may close the socket before the client has sent it all.
    if (init.mayHangUp) return { label, status: 413, text: String(err) };
    throw err;
  }
}

/** Runs requests a few at a time (the machine is small) and keeps the answers that break the rules. */
async function sendAll(jobs: (() => Promise<Sent>)[], concurrency = 4): Promise<Sent[]> {
  const bad: Sent[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const sent = await jobs[next++]();
        if (sent.status >= 500 || sent.text.includes('INTERNAL_SERVER_ERROR')) bad.push({ ...sent, text: sent.text.slice(0, 300) });
      }
    }),
  );
  return bad;
}

function post(t: TestServer, label: string, body: string, headers: Record<string, string> = {}) {
  return () => send(t, label, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

function get(t: TestServer, label: string, params: string, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) {
  return () => send(t, label, { method: 'GET', path: `/graphql?${params}`, headers });
}

function errorLogs(t: TestServer) {
  return t.logs.filter((l) => l.level >= 50).map((l) => `${l.event}: ${l.err?.message ?? l.msg}`);
}

describe('hostile input never gets a 5xx or INTERNAL_SERVER_ERROR', () => {
  let t: TestServer;
  let tokens: Record<string, string>;
  let ids: Ids;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
    tokens = {
      manager: await signInAs(t, '+966500000001'),
      customer: await signInAs(t, '+966500000002'),
      staff: await signInAs(t, '+966500000003'),
    };
    const [salon] = await sql(t, "select s.id from salons s join users u on u.id = s.owner_id where u.phone_number = '+966500000001' limit 1");
    const [service] = await sql(t, 'select id from services where salon_id = $1 limit 1', [salon.id]);
    const [staff] = await sql(t, 'select id from staff_members where salon_id = $1 limit 1', [salon.id]);
    const [booking] = await sql(t, 'select id from bookings where salon_id = $1 limit 1', [salon.id]);
    ids = { id: salon.id, salonId: salon.id, serviceId: service.id, staffId: staff.id, staffMemberId: staff.id, bookingId: booking.id, phoneNumber: '0551234567' };
  });
  afterAll(() => t.stop());

  // Each root field runs as the role that gets furthest into it (the others stop at the permission rule, which
  // the authorisation tests cover); the manager takes everything else.
  const asCustomer = ['createBooking', 'cancelBooking', 'rescheduleBooking', 'createReview', 'startPayment', 'myBookings', 'booking', 'updateProfile'];
  const asAnonymous = ['requestPhoneCode', 'verifyPhoneCode', 'refreshSession', 'signOut', 'salons', 'salon', 'service', 'staffMember', 'availableSlots', 'availableDays'];
  const fieldsOf: Record<string, (field: string) => boolean> = {
    customer: (f) => asCustomer.includes(f),
    anonymous: (f) => asAnonymous.includes(f),
    manager: (f) => !asCustomer.includes(f) && !asAnonymous.includes(f),
  };

  it('refuses a document whose own text holds a NUL or an over-long string, every time it is sent', async () => {
    const search = (literal: string) => JSON.stringify({ query: `{ salons(filter: { search: ${JSON.stringify(literal)} }) { edges { node { id } } } }` });
    for (const [literal, message] of [['a\u0000b', 'NUL'], ['x'.repeat(5001), 'longer than 5000']] as const) {
      // The second time the parsed document comes from Apollo's cache, and so does the guard's verdict on it.
      for (const round of [1, 2]) {
        const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: search(literal) });
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect([round, res.status, body.errors[0].extensions.code]).toEqual([round, 400, 'BAD_USER_INPUT']);
        expect(body.errors[0].message).toContain(message);
      }
    }
    const fine = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: search('x'.repeat(5000)) });
    expect(fine.status).toBe(200);
  });

  it('malformed documents, bodies, extensions, methods and headers over POST and GET', async () => {
    const json = (body: unknown, headers: Record<string, string> = {}) => post(t, `POST ${JSON.stringify(body)?.slice(0, 60)}`, JSON.stringify(body), headers);
    const raw = (label: string, body: string | Uint8Array, headers: Record<string, string>) => () => send(t, label, { method: 'POST', headers, body, mayHangUp: body.length > 1_000_000 });
    const hash = 'a'.repeat(64);
    const documents = [
      '{', 'query {', '}}}}', '"unterminated', 'query { salons(first: ) { pageInfo { hasNextPage } } }', '\u0000', '{ __typename \u0000 }',
      `{ ${'__typename '.repeat(3000)}}`, `{ ${Array.from({ length: 600 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      `{ ${Array.from({ length: 40 }, (_, i) => `s${i}: salons { pageInfo { hasNextPage } }`).join(' ')} }`,
      `{ salons { edges { node { ${'staff { salon { '.repeat(12)}id${' } }'.repeat(12)} } } } }`, `{ __typename ${'@include(if: true) '.repeat(100)}}`,
      `{ salons(first: 100) { edges { node { services { id nameEn } staff { id displayName services { id nameEn salon { id services { id } } } } reviews(first: 100) { edges { node { id } } } } } } }`,
      'query A { ...F } fragment F on Query { ...G } fragment G on Query { ...F }', '{ ...Missing }', 'query A { __typename } query A { __typename }',
      'subscription { __typename }', '{ salons(first: 2147483648) { pageInfo { hasNextPage } } }', '{ salons(first: -1) { pageInfo { hasNextPage } } }',
      '{ salons(after: "W3t9LFtdXQ") { pageInfo { hasNextPage } } }', '{ salon(id: "\\u0000") { id } }', `{ salon(id: "${'9'.repeat(4000)}") { id } }`,
      '{ salons(filter: {search: "%_\\\\"}) { pageInfo { hasNextPage } } }', '{ __schema { types { name fields { name type { ofType { ofType { ofType { name } } } } } } } }',
      `query { ${'a: '.repeat(50)}__typename }`, '{ __typename(x: 1) }', '{ me @skip(if: "yes") { id } }', '{ salons(orderBy: NOPE) { pageInfo { hasNextPage } } }',
      'query ($x: Int = "a") { salons(first: $x) { pageInfo { hasNextPage } } }', '# only a comment', '',
    ];
    const jobs = [
      ...documents.map((query) => json({ query })),
      ...documents.map((query) => get(t, `GET ${query.slice(0, 60)}`, new URLSearchParams({ query }).toString())),
      ...[null, 1, [], {}, true, 'query'].map((query) => json({ query })),
      ...[1, 'x', [], '{"first":1}', true].map((variables) => json({ query: 'query ($f: Int) { salons(first: $f) { pageInfo { hasNextPage } } }', variables })),
      ...[1, {}, ['A']].map((operationName) => json({ query: 'query A { __typename }', operationName })),
      json({ query: 'query A { __typename } query B { __typename }' }), json({ query: 'query A { __typename }', operationName: 'B' }),
      ...[
        'x', [], 1, { persistedQuery: 'x' }, { persistedQuery: { version: 2, sha256Hash: hash } }, { persistedQuery: { version: '1', sha256Hash: hash } },
        { persistedQuery: { version: 1, sha256Hash: 1 } }, { persistedQuery: { version: 1, sha256Hash: 'zz' } }, { persistedQuery: { version: 1 } },
        { persistedQuery: { version: 1, sha256Hash: '\u0000' } }, { persistedQuery: null },
      ].flatMap((extensions) => [json({ extensions }), json({ query: '{ __typename }', extensions })]),
      ...[1, 'sha256:zz', `sha256:${hash}`, {}, '\u0000'].map((documentId) => json({ documentId })),
      ...['{"query":', 'null', '[]', '"text"', '123', '[{"query":"{ __typename }"}]', '{"query":"{ __typename }"}{', '{"query":"\\u0000"}', `{"query":"${'x'.repeat(2_000_000)}"}`].map(
        (body) => raw(`raw ${body.slice(0, 40)}`, body, { 'content-type': 'application/json' }),
      ),
      raw('invalid UTF-8', Buffer.from([0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]), { 'content-type': 'application/json' }),
      raw('UTF-16 body', Buffer.from('{"query":"{ __typename }"}', 'utf16le'), { 'content-type': 'application/json; charset=utf-16' }),
      ...[
        '', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/json; charset=latin1',
        'application/json; charset=bogus', 'application/graphql-response+json', 'application/json; charset=utf-8; x=y', '*/*',
      ].map((type) => raw(`content-type ${type}`, '{"query":"{ __typename }"}', type ? { 'content-type': type } : {})),
      get(t, 'GET without preflight', 'query=%7B__typename%7D', {}), get(t, 'GET mutation', 'query=mutation%7B__typename%7D'),
      get(t, 'GET bad variables', 'query=%7B__typename%7D&variables=%7B'), get(t, 'GET bad extensions', 'query=%7B__typename%7D&extensions=%7B'),
      get(t, 'GET persisted version 2', `extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 2, sha256Hash: hash } }))}`),
      get(t, 'GET persisted unknown', `extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`),
      get(t, 'GET NUL', 'query=%7B__typename%00%7D'), get(t, 'GET bad escape', 'query=%E0%A4%A&x=%'), get(t, 'GET documentId', 'documentId=sha256%3Azz'),
      get(t, 'GET repeated', 'query=%7B__typename%7D&query=%7Bme%7Bid%7D%7D'), get(t, 'GET long', `query=${'%20'.repeat(6_000)}%7B__typename%7D`),
      ...['PUT', 'DELETE', 'PATCH', 'OPTIONS'].map((method) => () => send(t, method, { method, headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })),
      ...['Bearer garbage', `Bearer ${'a'.repeat(8000)}`, 'Basic eDp5', 'Bearer', 'Bearer a.b.c'].map((authorization) => json({ query: '{ me { id } }' }, { authorization })),
      ...['zz;q=abc', '*', 'ar-SA,ar;q=0.9,en;q=x', '\u00e9'].map((language) => json({ query: '{ salons { edges { node { name } } } }' }, { 'accept-language': language })),
      json({ query: '{ __typename }' }, { accept: 'text/html' }), json({ query: '{ __typename }' }, { 'x-request-id': '../../etc/passwd' }),
    ];
    const bad = await sendAll(jobs);
    console.log(`HTTP layer: ${jobs.length} requests, ${bad.length} bad answers\n${bad.map((b) => `${b.status} ${b.label} ${b.text.slice(0, 200)}`).join('\n')}`);
    expect(bad).toEqual([]);
    expect(errorLogs(t)).toEqual([]);
  }, 120_000);

  it.each(['manager', 'customer', 'anonymous'])('every argument of every root field, as the %s', async (role) => {
    const cases = schemaCases(buildContractSchema(), ids, fieldsOf[role]);
    const headers: Record<string, string> = { 'accept-language': 'en', ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) };
    const bad = await sendAll(cases.map((c) => post(t, c.label, JSON.stringify({ query: c.query, variables: c.variables }), headers)));
    console.log(`${role}: ${cases.length} fuzzed operations, ${bad.length} bad answers\n${bad.map((b) => `${b.status} ${b.label} ${b.text.slice(0, 200)}`).join('\n')}`);
    expect(bad).toEqual([]);
    expect(errorLogs(t)).toEqual([]);
  }, 300_000);
});
