import { randomUUID } from 'node:crypto';
import type { TestServer } from './harness';
import { signAccessToken } from '../src/modules/accounts/access-token';
import { User } from '../src/modules/accounts/user.entity';

/**
 * An access token for the user with this phone number, for tests that are about something other than
 * signing in. (The accounts module replaces this with a real session row once sessions exist.)
 */
export async function signInAs(t: TestServer, phoneNumber: string): Promise<string> {
  const user = await t.app.orm.em.fork().findOneOrFail(User, { phoneNumber });
  return signAccessToken(
    { userId: user.id, role: user.role, sessionId: randomUUID() },
    t.app.config.JWT_SECRET,
    t.app.config.ACCESS_TOKEN_TTL_SECONDS,
    t.app.now(),
  );
}
