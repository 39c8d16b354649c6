import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '../../logger';
import { User } from '../../modules/accounts/user.entity';
import { DemoSeeder } from './DemoSeeder';
import { withSchemaLock } from '../orm';

/** Loads the demo data on an empty database only, so a restart never duplicates or overwrites anything. */
export async function seedDemoDataIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  // Under the schema lock, so two instances starting on one empty database load the demo data once.
  const seeded = await withSchemaLock(orm, logger, async () => {
    const users = await orm.em.fork().count(User, {});
    if (users > 0) return false;
    await seedDemoData(orm);
    return true;
  });
  if (seeded) logger.info({ event: 'db.seeded' }, 'Loaded demo data');
  return seeded;
}

export async function seedDemoData(orm: MikroORM): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    await new DemoSeeder().run(em);
  });
}
