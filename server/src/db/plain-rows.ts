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
  return mapPlain(em, entity, (await qb.execute('all', false)) as Record<string, unknown>[]);
}

/**
 * Rows of `entity` by id, for the by-id loaders: one hand-written `id = any(uuid[])`, since building the same
 * statement with the query builder cost the server more CPU than PostgreSQL spent on the lookup (profiled on free
 * times, which read a salon, a service and stylists by id). A key that is not a uuid names nothing.
 */
export async function findPlainByIds<T extends object>(em: EntityManager, entity: EntityName<T>, ids: readonly string[]): Promise<PlainRow<T>[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const meta = em.getMetadata().get<T>(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const table = em.getPlatform().quoteIdentifier(meta.tableName);
  return mapPlain(em, entity, await execute<Record<string, unknown>>(em, `select * from ${table} where id = any(?::uuid[])`, [uuidArray(valid)]));
}

/**
 * Raw rows of `entity`'s table (`select t.*`, extra columns kept) to plain rows: column names to property names
 * by the driver's compiled mapper, custom types (decimals as numbers, wall times) as the entity would hold them.
 */
export function mapPlain<T extends object>(em: EntityManager, entity: EntityName<T>, raw: Record<string, unknown>[]): PlainRow<T>[] {
  const meta = em.getMetadata().get<T>(typeof entity === 'string' ? entity : (entity as { name: string }).name);
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
    return row as PlainRow<T>;
  });
}

const shapes = new WeakMap<EntityMetadata, { references: string[]; converted: EntityMetadata['props'] }>();

function shapeOf(meta: EntityMetadata): { references: string[]; converted: EntityMetadata['props'] } {
  let shape = shapes.get(meta);
  if (!shape) {
    shape = {
      references: meta.relations.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)).map((p) => p.name),
      converted: meta.props.filter((p) => p.kind === ReferenceKind.SCALAR && p.customType && p.persist !== false),
    };
    shapes.set(meta, shape);
  }
  return shape;
}
