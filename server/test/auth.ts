import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestServer } from './harness';
import { startSession } from '../src/modules/accounts/sessions';
import { User } from '../src/modules/accounts/user.entity';

/**
 * An access token for the user with this phone number, backed by a real session row, for tests that are about
 * something other than signing in (accounts.test.ts covers the sign-in flow itself).
 */
export async function signInAs(t: TestServer, phoneNumber: string): Promise<string> {
  const em = t.app.orm.em.fork() as EntityManager;
  return em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { phoneNumber });
    return (await startSession(t.app, tx, user)).accessToken;
  });
}
