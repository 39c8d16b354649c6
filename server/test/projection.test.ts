import { parse, type FragmentDefinitionNode, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { buildContractSchema } from '../src/graphql/schema';
import { OperationShape } from '../src/graphql/projection';
import { createLoaders } from '../src/graphql/loaders';
import { mapPlain, selectList } from '../src/db/plain-rows';
import { execute } from '../src/db/sql';
import { Service } from '../src/modules/catalog/service.entity';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const schema = buildContractSchema();

function shapeOf(document: string): OperationShape {
  const doc = parse(document);
  const operation = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(doc.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [(d as FragmentDefinitionNode).name.value, d as FragmentDefinitionNode]));
  const shape = new OperationShape();
  shape.use(schema, operation, fragments);
  return shape;
}

const sorted = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null);

/** What an operation reads of each type decides the columns its list reads select (graphql/projection.ts, ADR 0030). */
describe('the properties an operation reads', () => {
  it('follows fragments, inline fragments and aliases, and maps fields to the properties they read', () => {
    const shape = shapeOf(`query { salons(first: 5) { edges { node { id ...Names services { cost: priceHalalas ... on Service { name } } } } } }
      fragment Names on Salon { name staff { displayName services { id } weeklyHours { startTime } } }`);
    expect(sorted(shape.propertiesOf('Salon'))).toEqual(['id', 'nameAr', 'nameEn']);
    expect(sorted(shape.propertiesOf('Service'))).toEqual(['id', 'nameAr', 'nameEn', 'priceHalalas']);
    expect(sorted(shape.propertiesOf('StaffMember'))).toEqual(['displayName', 'displayNameEn']);
  });

  it('reads a type whole when a selected field does not say what it reads, or when the operation does not show the type', () => {
    const shape = shapeOf('query { salons(first: 5) { edges { node { id paymentPolicy { prepayment } services { id paymentTerms { prepayment } } } } } }');
    expect(shape.propertiesOf('Salon')).toBeNull();
    expect(shape.propertiesOf('Service')).toBeNull();
    expect(shape.propertiesOf('StaffMember')).toBeNull();
    expect(new OperationShape().propertiesOf('Salon')).toBeNull();
  });

  it('is declared by every field resolver of the catalogue page', () => {
    for (const [type, field] of [['Salon', 'name'], ['Salon', 'services'], ['Salon', 'reviews'], ['StaffMember', 'weeklyHours'], ['Review', 'customer'], ['Service', 'name']]) {
      const reads = (schema.getType(type) as GraphQLObjectType).getFields()[field].extensions?.reads;
      expect([type, field, Array.isArray(reads)]).toEqual([type, field, true]);
    }
  });
});

describe('list reads select the columns asked for', () => {
  let t: TestServer;
  let em: EntityManager;
  let salonIds: string[];
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
    em = t.app.orm.em.fork() as EntityManager;
    salonIds = (await sql(t, 'select id from salons order by id')).map((r: { id: string }) => r.id);
  });
  afterAll(() => t.stop());

  it('select the key, the references and what is asked, and nothing else', () => {
    const list = selectList(em, Service, 's', new Set(['priceHalalas']), ['nameEn']);
    expect(list.split(', ').sort()).toEqual(['s."id"', 's."name_en"', 's."price_halalas"', 's."salon_id"']);
    expect(selectList(em, Service, 's', null)).toBe('s.*');
    // A name that is not a stored property (a typo, a list) reads every column rather than guess.
    expect(selectList(em, Service, 's', new Set(['priceHalalas', 'noSuchThing']))).toBe('s.*');
  });

  it('give the same values as whole rows for every property they read', async () => {
    const shape = shapeOf(`query { salons(first: 20) { edges { node { id name services { id name priceHalalas } photos { url }
      staff { id displayName services { id } weeklyHours { weekday } } reviews(first: 3) { edges { node { rating createdAt customer { firstName } } } } } } } }`);
    const narrow = createLoaders(em, t.app.now, null, shape.propertiesOf).catalog;
    const whole = createLoaders(em, t.app.now, null).catalog;
    const reads = [
      (c: typeof narrow, id: string) => c.activeServicesBySalonId.load(id),
      (c: typeof narrow, id: string) => c.activeStaffBySalonId.load(id),
      (c: typeof narrow, id: string) => c.photosBySalonId.load(id),
      (c: typeof narrow, id: string) => c.reviewPage({ salonId: id, first: 3 }),
    ];
    let compared = 0;
    for (const read of reads) {
      const [a, b] = await Promise.all([Promise.all(salonIds.map((id) => read(narrow, id))), Promise.all(salonIds.map((id) => read(whole, id)))]);
      expect(a.map((rows) => rows.map((r) => r.id))).toEqual(b.map((rows) => rows.map((r) => r.id)));
      a.flat().forEach((row, i) => {
        const full = b.flat()[i] as unknown as Record<string, unknown>;
        const keys = Object.keys(row);
        expect(keys.length).toBeLessThan(Object.keys(full).length);
        expect(keys).not.toContain('updatedAt');
        for (const key of keys) expect([key, (row as unknown as Record<string, unknown>)[key]]).toEqual([key, full[key]]);
        compared += 1;
      });
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('refuse, in tests, to read a column that was not selected', async () => {
    const [raw] = await execute<Record<string, unknown>>(em, `select ${selectList(em, Service, 's', new Set(['priceHalalas']))} from services s limit 1`, []);
    const [row] = mapPlain(em, Service, [raw]);
    expect(typeof row.priceHalalas).toBe('number');
    expect(() => row.durationMinutes).toThrow(/Service\.durationMinutes was not selected/);
  });

  it('answer the catalogue page as before, over HTTP', async () => {
    const res = await t.gql(`query { salons(first: 20, orderBy: RATING) { edges { node { id name services { id name priceHalalas }
      staff { id displayName services { id } weeklyHours { weekday startTime endTime } } photos { url } reviews(first: 3) { edges { node { rating customer { firstName } } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const ids = res.data.salons.edges.map((e: { node: { id: string } }) => e.node.id);
    const [expected] = await sql(t, 'select count(*)::int as services from services where is_active and salon_id = any($1::uuid[])', [ids]);
    const services = res.data.salons.edges.flatMap((e: { node: { services: { priceHalalas: number }[] } }) => e.node.services);
    expect(services.length).toBe(expected.services);
    expect(services.every((s: { priceHalalas: number; name: string }) => Number.isInteger(s.priceHalalas) && s.name.length > 0)).toBe(true);
  });
});
