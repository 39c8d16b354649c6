import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';

/**
 * A schema-driven fuzzer: for every root field it builds one operation whose arguments are all variables, fills
 * them with plausible values (real ids where the name says which record), then replaces one leaf at a time with
 * hostile values of the wrong shape, size or range. What the server must do with any of them: answer 2xx/4xx
 * with a client-safe code, never 5xx or INTERNAL_SERVER_ERROR.
 */
export interface FuzzCase {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

const LONG = 'x'.repeat(100_000);

/** Hostile values by scalar, on top of the ones every leaf gets. */
export const HOSTILE: Record<string, unknown[]> = {
  ID: ['', 'not-a-uuid', "' or 1=1 --", '\u0000', '00000000-0000-0000-0000-00000000000\u0000', 12345, 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1'.repeat(10_000), '{"$ne":null}'],
  String: ['', ' ', '\u0000', 'a\u0000b', LONG, 'y'.repeat(4_999), '\ud800', '😀'.repeat(5_000), "'; drop table users; --", '%', '\\', '\u202e\u0627\u0644'],
  Int: [0, -1, 2147483647, -2147483648, 2147483648, 1.5, '1'],
  Float: [0, -1, 1e308, -1e308, 5e-324, '1'],
  Boolean: ['true', 0],
  Date: ['', '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '+275760-09-13', '2026-1-1', '2026-12-10T00:00:00Z', '२०२६-१२-१०', 20261210, '2026-12-10\u0000'],
  DateTime: [
    '', '2026-02-30T10:00:00Z', '2026-12-10T25:00:00Z', '2026-12-10T10:00:00+99:99', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z',
    '275760-09-13T00:00:01Z', '1970-01-01T00:00:00Z', '2026-12-10T10:00:00', '2026-12-10T10:00:60Z', '2026-12-10T10:00:00.1234567891Z', 1765360800000,
  ],
};
const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Forged pagination cursors: right and wrong lengths, types, dates and ids, and not base64 or JSON at all. */
export const FORGED_CURSORS: unknown[] = [
  '', '!!!', 'bnVsbA', cursor(null), cursor({}), cursor([]), cursor([{}, []]), cursor([1, 2]), cursor(['x', 'y']), cursor([null, null]),
  cursor(['2026-12-10T07:00:00.000Z', 'not-a-uuid']), cursor(['not-a-date', '00000000-0000-4000-8000-000000000000']),
  cursor(['+275760-09-13T00:00:00.001Z', '00000000-0000-4000-8000-000000000000']), cursor([1e308, '00000000-0000-4000-8000-000000000000']),
  cursor(['2026-12-10T07:00:00.000Z', '00000000-0000-4000-8000-000000000000', 'extra']), cursor(["') or 1=1 --", "'; select 1 --"]),
  cursor(['a\u0000b', '00000000-0000-4000-8000-000000000000']), cursor(['x'.repeat(50_000), 'y']), cursor([true, false]), cursor([[1], { a: 1 }]),
];

const EVERY_LEAF: unknown[] = [null, {}, [], true, 'NOT_A_VALUE'];

export interface Ids {
  [argName: string]: string;
}

/** Values that pass each field's own rules, so the one hostile leaf is what the server meets first. */
const PLAUSIBLE: Record<string, unknown> = {
  phoneNumber: '0551234567', phone: '0112345678', mobile: '0551234567', email: 'fuzz@example.com', timeZone: 'Asia/Riyadh',
  startTime: '09:00', endTime: '18:00', code: '123456', token: 'token_fuzz', refreshToken: 'fuzz', deviceId: 'fuzz-device',
  idempotencyKey: 'fuzz-key-0001', rating: 5, durationMinutes: 30, priceHalalas: 5000, amountHalalas: 100, first: 10,
  minimumNoticeMinutes: 60, bookingHorizonDays: 30, cancellationCutoffHours: 2, bufferAfterMinutes: 0, expectedVersion: 1,
  startDate: '2026-12-20', endDate: '2026-12-21', from: '2026-12-10', to: '2026-12-11', date: '2026-12-10',
};

function baseScalar(name: string, argName: string, ids: Ids): unknown {
  if (name !== 'ID' && argName in PLAUSIBLE && !(name === 'DateTime' && (argName === 'from' || argName === 'to'))) return PLAUSIBLE[argName];
  switch (name) {
    case 'ID':
      return ids[argName] ?? ids.id ?? '00000000-0000-4000-8000-000000000000';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2026-12-10';
    case 'DateTime':
      return argName === 'to' ? '2026-12-11T00:00:00.000Z' : '2026-12-10T07:00:00.000Z';
    default:
      return argName === 'after' ? null : (ids[argName] ?? 'x');
  }
}

/** A plausible value for every field of an input type, optional ones included. */
export function baseValue(type: GraphQLInputType, argName: string, ids: Ids, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [baseValue(nullable.ofType, argName, ids, depth + 1)];
  const named = getNamedType(type);
  if (isScalarType(named)) return baseScalar(named.name, argName, ids);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isInputObjectType(named)) {
    if (depth > 3) return undefined;
    return Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, baseValue(f.type, f.name, ids, depth + 1)]));
  }
  return null;
}

/** Every path to a leaf (or input object/list) inside a value of this type. */
function leafPaths(type: GraphQLInputType, prefix: string[], out: { path: string[]; type: GraphQLNamedType; list: boolean }[], depth = 0) {
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  out.push({ path: prefix, type: named, list: isListType(nullable) });
  if (depth > 3 || !isInputObjectType(named)) return;
  for (const field of Object.values(named.getFields())) leafPaths(field.type, [...prefix, ...(isListType(nullable) ? ['0'] : []), field.name], out, depth + 1);
}

function setPath(root: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: any = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)!] = value;
  return copy;
}

function typeString(type: GraphQLInputType): string {
  return String(type);
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  // Payloads: ask for their errors, so business failures are read as well.
  return fields.errors ? '{ __typename errors { code message field } }' : '{ __typename }';
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args as readonly GraphQLArgument[];
  const defs = args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} Fuzz${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(field)} }`;
}

/** The cases for every root field of the schema. */
export function schemaCases(schema: GraphQLSchema, ids: Ids, pick: (field: string) => boolean = () => true): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const roots = [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const;
  for (const [kind, root] of roots) {
    for (const field of Object.values(root!.getFields()).filter((f) => pick(f.name))) {
      const query = operation(kind, field);
      const base = Object.fromEntries(field.args.map((a) => [a.name, baseValue(a.type, a.name, ids)]));
      cases.push({ label: `${field.name} (plausible)`, query, variables: base });
      for (const arg of field.args) {
        const leaves: { path: string[]; type: GraphQLNamedType; list: boolean }[] = [];
        leafPaths(arg.type, [arg.name], leaves);
        for (const leaf of leaves) {
          const values = [...EVERY_LEAF, ...(isScalarType(leaf.type) ? HOSTILE[leaf.type.name] ?? HOSTILE.String : [])];
          if (leaf.path.at(-1) === 'after') values.push(...FORGED_CURSORS);
          if (leaf.list) values.push(Array.from({ length: 1_000 }, () => baseValue(leaf.type as GraphQLInputType, leaf.path.at(-1)!, ids)));
          for (const value of values) {
            cases.push({ label: `${field.name} ${leaf.path.join('.')}=${JSON.stringify(value)?.slice(0, 40)}`, query, variables: setPath(base, leaf.path, value) });
          }
        }
      }
    }
  }
  return cases;
}
