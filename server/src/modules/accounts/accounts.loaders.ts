import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey } from '../../graphql/batch';
import { findPlainByIds, type PlainRow } from '../../db/plain-rows';
import { User } from './user.entity';

export function createAccountsLoaders(em: EntityManager) {
  return {
    userById: new DataLoader<string, PlainRow<User> | null>(async (ids) => byKey(ids, await findPlainByIds(em, User, ids), (u) => u.id)),
  };
}
