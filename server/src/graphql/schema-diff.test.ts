import { judgeSchemaChange } from './schema-diff';

const v1 = `type Query { salon(id: ID!): Salon }
type Salon { id: ID! name: String! phone: String! legacyCode: String @deprecated(reason: "Use id.") }`;

describe('breaking-change check', () => {
  it('lets additions through as safe', async () => {
    const verdict = await judgeSchemaChange(v1, v1.replace('phone: String!', 'phone: String! city: String'), '');
    expect(verdict.ok).toBe(true);
    expect(verdict.changes.map((c) => [c.level, c.path])).toEqual([['safe', 'Salon.city']]);
  });

  it('fails on an unexplained breaking change', async () => {
    const verdict = await judgeSchemaChange(v1, v1.replace('phone: String!', 'phone: Int!'), 'unrelated commit');
    expect(verdict.ok).toBe(false);
    expect(verdict.unexplained.map((c) => c.path)).toEqual(['Salon.phone']);
  });

  it('accepts a breaking change that a commit message or schema-changes entry explains', async () => {
    const verdict = await judgeSchemaChange(v1, v1.replace('phone: String!', 'phone: Int!'), 'Salon.phone: digits only; clients parse…');
    expect(verdict.ok).toBe(true);
  });

  it('refuses to remove a field that was never deprecated, even when explained', async () => {
    const verdict = await judgeSchemaChange(v1, v1.replace(' phone: String!', ''), 'Salon.phone removed');
    expect(verdict.ok).toBe(false);
    expect(verdict.violations[0].violation).toMatch(/without being @deprecated/);
  });

  it('allows removing a deprecated field once the removal is explained', async () => {
    const after = v1.replace(' legacyCode: String @deprecated(reason: "Use id.")', '');
    expect((await judgeSchemaChange(v1, after, '')).ok).toBe(false);
    expect((await judgeSchemaChange(v1, after, 'Salon.legacyCode removed after deprecation in 0.1')).ok).toBe(true);
  });

  it('reports dangerous changes without failing', async () => {
    const withEnum = `${v1}\nenum City { RIYADH }`;
    const verdict = await judgeSchemaChange(withEnum, withEnum.replace('RIYADH', 'RIYADH JEDDAH'), '');
    expect(verdict.changes[0].level).toBe('dangerous');
    expect(verdict.ok).toBe(true);
  });
});
