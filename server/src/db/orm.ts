import { MikroORM, type Options } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { entities } from './entities';
import { migrationsList } from './migrations';
import { requestScope } from '../http/request-scope';
import type { Logger } from '../logger';
import { bindClock, systemClock, type Clock } from './clock';

export function ormOptions(clientUrl: string, logger?: Logger): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator, SeedManager],
    migrations: { migrationsList, snapshot: false, transactional: true, allOrNothing: true, disableForeignKeys: false },
    // The schema is owned by migrations; nothing may alter it at run time.
    ensureDatabase: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    // Counts statements per request for the x-sql-statements header, the N+1 tests and the benchmark.
    onQuery: (sql: string) => {
      const scope = requestScope.getStore();
      if (scope) scope.sqlStatements += 1;
      return sql;
    },
    debug: logger?.isLevelEnabled('trace') ? ['query'] : false,
    logger: (message: string) => logger?.trace({ event: 'orm' }, message),
  };
}

/** An ORM whose entity timestamps come from `clock`: the same clock the application's rules read. */
export async function createOrm(clientUrl: string, logger?: Logger, clock: Clock = systemClock): Promise<MikroORM<PostgreSqlDriver>> {
  const orm = await MikroORM.init(ormOptions(clientUrl, logger));
  bindClock(orm, clock);
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<number> {
  return (await orm.getMigrator().getPendingMigrations()).length;
}
