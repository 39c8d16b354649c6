import { ReferenceKind, type EntityMetadata, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, isUuid, uuidArray } from './sql';

/**
 * Rows shaped like entity `T` but not managed: no hydration, no identity map, no change tracking. Many-to-one
 * keys come as `{ id }` stubs, as on an unloaded reference, so code that reads `row.salon.id` works on both.
 * For read paths only: a plain row must never be modified or persisted (writes load entities and flush).
 */
export type PlainRow<T> = Readonly<T>;

/**
 * `em.find` for read paths: the same filter and order through MikroORM's query builder, without building
 * entities. On a catalogue page, hydrating and tracking a managed entity per row cost more CPU than everything
 * else the rows went through.
 */
export async function findPlain<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T>,
  limit?: number,
): Promise<PlainRow<T>[]> {
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (orderBy) qb.orderBy(orderBy);
  if (limit !== undefined) qb.limit(limit);
  // The statement the query builder wrote, sent through `execute`: outside a transaction it travels with the
  // request's other reads of the turn, prepared (db/statement-batch.ts).
  const { sql, bindings } = qb.toQuery()._sql;
  return mapPlain(em, entity, await execute<Record<string, unknown>>(em, sql, [...bindings]));
}

/**
 * Rows of `entity` by id, for the by-id loaders: one hand-written `id = any(uuid[])`, since building the same
 * statement with the query builder cost the server more CPU than PostgreSQL spent on the lookup (profiled on free
 * times, which read a salon, a service and stylists by id). A key that is not a uuid names nothing.
 */
export async function findPlainByIds<T extends object>(em: EntityManager, entity: EntityName<T>, ids: readonly string[]): Promise<PlainRow<T>[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const meta = metaOf(em, entity);
  const table = em.getPlatform().quoteIdentifier(meta.tableName);
  return mapPlain(em, entity, await execute<Record<string, unknown>>(em, `select * from ${table} where id = any(?::uuid[])`, [uuidArray(valid)]));
}

/**
 * Raw rows of `entity`'s table (`select t.*` or a `selectList`, extra columns kept) to plain rows: column names to
 * property names by the driver's compiled mapper, custom types (decimals as numbers, wall times) as the entity would
 * hold them.
 */
export function mapPlain<T extends object>(em: EntityManager, entity: EntityName<T>, raw: Record<string, unknown>[]): PlainRow<T>[] {
  const meta = metaOf(em, entity);
  const { references, converted } = shapeOf(meta);
  const driver = em.getDriver();
  const platform = em.getPlatform();
  return raw.map((r) => {
    const row = driver.mapResult(r as never, meta) as Record<string, unknown>;
    for (const name of references) {
      const key = row[name];
      if (key != null && typeof key !== 'object') row[name] = { id: key };
    }
    for (const prop of converted) {
      const value = row[prop.name];
      if (value != null) row[prop.name] = prop.customType!.convertToJSValue(value, platform);
    }
    return (guardUnselected ? guarded(meta, row) : row) as PlainRow<T>;
  });
}

/**
 * The select list for plain rows of `entity` whose readers read `properties` (graphql/projection.ts): their
 * columns, the primary key, the keys of references, and `needs` (what the loader reads itself: a sort key, say).
 * Every column (`alias.*`) when `properties` is null or names something that is not a property.
 */
export function selectList<T extends object>(em: EntityManager, entity: EntityName<T>, alias: string, properties: ReadonlySet<string> | null, needs: readonly string[] = []): string {
  const all = `${alias}.*`;
  if (!properties) return all;
  const meta = metaOf(em, entity);
  let lists = selectLists.get(properties);
  if (!lists) selectLists.set(properties, (lists = new Map()));
  const key = `${meta.className}|${alias}|${needs.join(',')}`;
  let list = lists.get(key);
  if (list === undefined) {
    const columns = new Set<string>();
    const platform = em.getPlatform();
    const { references, columns: stored } = shapeOf(meta);
    const add = (name: string): boolean => {
      const names = stored.get(name);
      for (const column of names ?? []) columns.add(`${alias}.${platform.quoteIdentifier(column)}`);
      return names !== undefined;
    };
    for (const pk of meta.primaryKeys) add(pk as string);
    for (const name of references) add(name);
    const known = [...needs, ...properties].every(add);
    list = known ? [...columns].join(', ') : all;
    lists.set(key, list);
  }
  return list;
}

// Kept per property set, which lives as long as the parsed operation it came from (projection.ts), so documents
// that ask for ever other fields cannot grow this without bound.
const selectLists = new WeakMap<ReadonlySet<string>, Map<string, string>>();

// In tests a row read with a select list throws when code reads a column it left out, so a field resolver that
// reads more than its `@Reads` says fails its tests instead of answering with undefined.
const guardUnselected = process.env.NODE_ENV === 'test';

function guarded(meta: EntityMetadata, row: Record<string, unknown>): Record<string, unknown> {
  const { columns } = shapeOf(meta);
  return new Proxy(row, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target) && columns.has(key)) {
        throw new Error(`${meta.className}.${key} was not selected: the field that reads it must say so with @Reads (graphql/projection.ts)`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

function metaOf<T extends object>(em: EntityManager, entity: EntityName<T>): EntityMetadata<T> {
  return em.getMetadata().get<T>(typeof entity === 'string' ? entity : (entity as { name: string }).name);
}

interface RowShape { references: string[]; converted: EntityMetadata['props']; columns: Map<string, string[]> }

const shapes = new WeakMap<EntityMetadata, RowShape>();

function shapeOf(meta: EntityMetadata): RowShape {
  let shape = shapes.get(meta);
  if (!shape) {
    const references = meta.relations.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner));
    const scalars = meta.props.filter((p) => p.kind === ReferenceKind.SCALAR && p.persist !== false);
    shape = {
      references: references.map((p) => p.name),
      converted: scalars.filter((p) => p.customType),
      // The properties stored in the row itself, with their columns.
      columns: new Map([...scalars, ...references].map((p) => [p.name, p.fieldNames])),
    };
    shapes.set(meta, shape);
  }
  return shape;
}
