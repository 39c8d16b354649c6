import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '../../logger';
import { User } from '../../modules/accounts/user.entity';
import { DemoSeeder } from './DemoSeeder';

/** Loads the demo data on an empty database only, so a restart never duplicates or overwrites anything. */
export async function seedDemoDataIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  const users = await orm.em.fork().count(User, {});
  if (users > 0) return false;
  await seedDemoData(orm);
  logger.info({ event: 'db.seeded' }, 'Loaded demo data');
  return true;
}

export async function seedDemoData(orm: MikroORM): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    await new DemoSeeder().run(em);
  });
}
