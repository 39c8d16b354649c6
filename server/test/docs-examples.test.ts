import path from 'node:path';
import { repoRoot } from '../src/db/paths';
import { signInAs } from './auth';
import { mismatches, readExamples, resolveVariables } from './docs-examples';
import { startTestServer, type TestServer } from './harness';

const examples = readExamples(path.join(repoRoot, 'docs', 'api.md'));

describe('docs/api.md worked examples', () => {
  let t: TestServer;
  const responses: Record<string, unknown> = {};
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
  });
  afterAll(() => t.stop());

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  // Examples run in document order: later ones may use values from earlier responses.
  it.each(examples.map((e) => [e.name, e] as const))('%s', async (_name, example) => {
    const otpFor = (phone: string) => [...t.logs].reverse().find((l) => l.event === 'otp.console' && l.phoneNumber === phone)?.code;
    const variables = resolveVariables(example.variables, responses, otpFor) as Record<string, unknown>;
    const token = example.as ? await signInAs(t, example.as) : undefined;
    const res = await t.gql(example.query, variables, { token, headers: { 'accept-language': 'en' } });
    const actual = { ...(res.data !== undefined ? { data: res.data } : {}), ...(res.errors ? { errors: res.errors } : {}) };
    responses[example.name] = actual;
    expect(mismatches(actual, example.response)).toEqual([]);
  });
});

describe('the docs example matcher', () => {
  it('matches placeholders and reports differences by path', () => {
    expect(mismatches({ a: 1, b: [1, 2], c: 'x' }, { a: 1, b: '…[]', c: '…' })).toEqual([]);
    expect(mismatches({ a: 2 }, { a: 1 })).toEqual(['$.a: expected 1, got 2']);
    expect(mismatches({ a: 1, extra: true }, { a: 1 })).toEqual(['$.extra: not documented (true)']);
    expect(mismatches({ list: [1] }, { list: [1, 2] })).toEqual(['$.list: expected 2 items, got 1']);
  });
});
