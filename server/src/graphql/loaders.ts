import type { EntityManager } from '@mikro-orm/postgresql';
import { createCatalogLoaders } from '../modules/catalog/catalog.loaders';

/** One set per request, so batching and caching never leak between callers. */
export function createLoaders(em: EntityManager) {
  return {
    catalog: createCatalogLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
