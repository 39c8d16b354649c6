import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from './harness';

const document = 'query FirstSalon { salons(first: 1) { edges { node { id } } } }';
const hash = createHash('sha256').update(document).digest('hex');
const mutation = 'mutation SignOut { signOut(input: {}) { signedOut } }';
const mutationHash = createHash('sha256').update(mutation).digest('hex');
const manifestFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'persisted-documents.json');
// Written the way GraphQL Code Generator's client preset writes it.
fs.writeFileSync(manifestFile, JSON.stringify({ [`sha256:${hash}`]: document, [`sha256:${mutationHash}`]: mutation }));

async function post(t: TestServer, body: unknown) {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };

/** GET /graphql with the document named by hash, as a CDN-cacheable query (docs/api.md). */
async function getByHash(t: TestServer, params: Record<string, string>) {
  const res = await fetch(`${t.url}/graphql?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true' } });
  return { status: res.status, body: (await res.json()) as any };
}
const extensionsOf = (sha256Hash: string) => JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });

describe('trusted documents: GRAPHQL_TRUSTED_DOCUMENTS=only', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { GRAPHQL_TRUSTED_DOCUMENTS: 'only', GRAPHQL_TRUSTED_DOCUMENTS_MANIFEST: manifestFile } });
  });
  afterAll(() => t.stop());

  it('runs a known document sent by hash alone', async () => {
    const { status, body } = await post(t, byHash);
    expect(status).toBe(200);
    expect(body.data.salons.edges).toEqual([]);
  });

  it('accepts the client preset documentId form too', async () => {
    const { body } = await post(t, { documentId: `sha256:${hash}` });
    expect(body.errors).toBeUndefined();
  });

  it('refuses a document that is not in the manifest', async () => {
    const { status, body } = await post(t, { query: '{ salons { edges { cursor } } }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('runs a known query by hash over GET, and never a mutation', async () => {
    const query = await getByHash(t, { extensions: extensionsOf(hash) });
    expect([query.status, query.body.errors]).toEqual([200, undefined]);
    expect((await getByHash(t, { documentId: `sha256:${hash}` })).body.data.salons.edges).toEqual([]);
    const refused = await getByHash(t, { extensions: extensionsOf(mutationHash) });
    expect(refused.status).toBe(405);
  });

  it('refuses a known hash sent with a different document', async () => {
    const { status } = await post(t, { ...byHash, query: '{ __typename }' });
    expect(status).toBe(400);
  });
});

describe('trusted documents: default mode', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { GRAPHQL_TRUSTED_DOCUMENTS_MANIFEST: manifestFile } });
  });
  afterAll(() => t.stop());

  it('runs known documents by hash and any other document as text', async () => {
    expect((await post(t, byHash)).body.errors).toBeUndefined();
    expect((await post(t, { query: '{ __typename }' })).body.data.__typename).toBe('Query');
  });

  it('runs a known query by hash over GET', async () => {
    const { status, body } = await getByHash(t, { extensions: extensionsOf(hash) });
    expect([status, body.errors]).toEqual([200, undefined]);
  });

  it('keeps Apollo automatic persisted queries working', async () => {
    const text = '{ salons(first: 2) { pageInfo { hasNextPage } } }';
    const apq = { extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(text).digest('hex') } } };
    const miss = await post(t, apq);
    expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(t, { ...apq, query: text })).body.errors).toBeUndefined();
    expect((await post(t, apq)).body.data.salons.pageInfo.hasNextPage).toBe(false);
  });
});
