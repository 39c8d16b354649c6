import { GraphQLError, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { rule } from 'graphql-shield';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { applyPermissions } from '../src/graphql/permissions';
import { allow, fields, isPlatformAdmin, perObject } from '../src/graphql/rules';

/**
 * Object-level rules (graphql/object-rules.ts): a rule marked perObject runs once per object and request, and every
 * field it guards answers exactly as graphql-shield's own wrapper would (the IDOR and role suites check the real rules).
 */
describe('object-level rules, checked once per object', () => {
  interface Thing { id: string; owner: string; secret: string; note: string }
  interface Viewing { viewer: { userId: string } | null; locale: string; loaders: unknown }
  const things: Thing[] = [
    { id: 't1', owner: 'ann', secret: 's1', note: 'n1' },
    { id: 't2', owner: 'bob', secret: 's2', note: 'n2' },
    { id: 't3', owner: 'ann', secret: 's3', note: 'n3' },
  ];
  const Thing: GraphQLObjectType = new GraphQLObjectType({
    name: 'Thing',
    fields: () => ({
      id: { type: new GraphQLNonNull(GraphQLString) },
      secret: { type: GraphQLString },
      note: { type: GraphQLString, resolve: (t: Thing) => `note of ${t.id}` },
      hidden: { type: GraphQLString, resolve: (t: Thing) => `hidden ${t.id}` },
      again: { type: Thing, resolve: (t: Thing) => t },
      label: { type: GraphQLString, resolve: (t: Thing) => `label ${t.id}` },
    }),
  });
  const contract = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        things: { type: new GraphQLList(Thing), resolve: () => things },
        thing: { type: Thing, resolve: async () => things[0] },
      },
    }),
  });

  const calls: string[] = [];
  const owns = perObject(rule('owns', { cache: 'no_cache' })(async (parent: Thing, _args, ctx: Viewing) => {
    calls.push(parent.id);
    if (!ctx.viewer) return new GraphQLError('sign in', { extensions: { code: 'UNAUTHENTICATED' } });
    return parent.owner === ctx.viewer.userId;
  }));
  // A rule shield caches per context (isPlatformAdmin), inside an object-level rule: it needs shield's cache set up.
  const adminsToo = perObject(rule('adminsToo', { cache: 'no_cache' })(async (parent: Thing, args, ctx: Viewing, info) =>
    parent.owner === ctx.viewer?.userId || (await (isPlatformAdmin as unknown as { resolve: (...a: unknown[]) => Promise<unknown> }).resolve(parent, args, ctx, info, { debug: false })) === true));
  const schema = applyPermissions(contract, {
    Query: { things: allow, thing: allow },
    Thing: { ...fields(['id', 'secret', 'note', 'again'], owns), hidden: adminsToo, label: allow },
  });

  const run = async (source: string, viewer: string | null) => {
    calls.length = 0;
    const compiled = compileQuery(schema, parse(source));
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    const loaders = { people: { isPlatformAdmin: { load: async (id: string) => id === 'root' } } };
    const ctx: Viewing = { viewer: viewer ? { userId: viewer } : null, locale: 'en', loaders };
    const result = await compiled.query(undefined, ctx, {});
    return { data: result.data, errors: (result.errors ?? []).map((e) => `${e.path?.join('.')}: ${e.extensions?.code ?? e.message}`).sort() };
  };

  it('runs the rule once per object, not once per field', async () => {
    const result = await run('{ things { id secret note } }', 'ann');
    expect([...calls].sort()).toEqual(['t1', 't2', 't3']);
    expect(result.data).toEqual({ things: [{ id: 't1', secret: 's1', note: 'note of t1' }, null, { id: 't3', secret: 's3', note: 'note of t3' }] });
  });

  it('refuses every field of an object the viewer may not read with FORBIDDEN, field by field, as shield does', async () => {
    const result = await run('{ things { secret note } }', 'ann');
    expect(result.errors).toEqual(['things.1.note: FORBIDDEN', 'things.1.secret: FORBIDDEN']);
    expect(result.data).toEqual({ things: [{ secret: 's1', note: 'note of t1' }, { secret: null, note: null }, { secret: 's3', note: 'note of t3' }] });
  });

  it('keeps the rule\'s own error (UNAUTHENTICATED) for a signed-out viewer', async () => {
    const result = await run('{ thing { secret note } }', null);
    expect(result.errors).toEqual(['thing.note: UNAUTHENTICATED', 'thing.secret: UNAUTHENTICATED']);
  });

  it('checks again for an object reached by another path in the same request, once', async () => {
    await run('{ thing { secret again { secret again { note } } } }', 'ann');
    expect(calls).toEqual(['t1']);
  });

  it('does not run the rule for objects whose guarded fields the operation does not read', async () => {
    const result = await run('{ things { label } thing { ... on Thing { label } } }', null);
    expect(result.errors).toEqual([]);
    expect(calls).toEqual([]);
    await run('query { thing { ...parts } } fragment parts on Thing { label note }', 'ann');
    expect(calls).toEqual(['t1']);
  });

  it('works with a rule shield caches per context inside it', async () => {
    expect((await run('{ things { hidden } }', 'root')).data).toEqual({ things: [{ hidden: 'hidden t1' }, { hidden: 'hidden t2' }, { hidden: 'hidden t3' }] });
    expect((await run('{ things { hidden } }', 'bob')).errors).toEqual(['things.0.hidden: FORBIDDEN', 'things.2.hidden: FORBIDDEN']);
  });
});
