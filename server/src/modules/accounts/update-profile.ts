import type { EntityManager } from '@mikro-orm/postgresql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { normalizeEmail } from './email';
import { User, type Language, type MessageChannel } from './user.entity';
import { execute } from '../../db/sql';

export interface ProfileChanges {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  preferredLanguage?: Language | null;
  preferredChannel?: MessageChannel | null;
}

/** Changes what a person may change about themselves. An empty email removes it. */
export async function updateProfile(em: EntityManager, userId: string, changes: ProfileChanges): Promise<User> {
  return em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: userId });
    for (const key of ['firstName', 'lastName'] as const) {
      const value = changes[key];
      if (value == null) continue;
      if (value.trim().length > 150) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'accounts.nameTooLong', ['input', key]);
      user[key] = value.trim();
    }
    if (changes.email !== undefined && changes.email !== null) {
      if (changes.email.trim() === '') user.email = null;
      else {
        const email = normalizeEmail(changes.email);
        if (!email) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'accounts.invalidEmail', ['input', 'email']);
        const taken = await execute<{ id: string }>(tx, 'select id from users where lower(email) = lower(?) and id <> ?', [email, userId]);
        if (taken.length) throw new BusinessError(UserErrorCode.EMAIL_TAKEN, 'accounts.emailTaken', ['input', 'email']);
        user.email = email;
      }
    }
    if (changes.preferredLanguage) user.preferredLanguage = changes.preferredLanguage;
    // Messages already waiting keep their channel; the next ones take the new one.
    if (changes.preferredChannel) user.preferredChannel = changes.preferredChannel;
    await tx.flush();
    return user;
  });
}
