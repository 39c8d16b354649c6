import type { EntityManager } from '@mikro-orm/postgresql';
import { createAccountsLoaders } from '../modules/accounts/accounts.loaders';
import { createCatalogLoaders } from '../modules/catalog/catalog.loaders';

/** One set per request, so batching and caching never leak between callers. */
export function createLoaders(em: EntityManager, now: () => Date) {
  return {
    accounts: createAccountsLoaders(em),
    catalog: createCatalogLoaders(em, now),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
