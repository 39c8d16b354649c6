import { LockMode } from '@mikro-orm/core';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { signAccessToken } from './access-token';
import { RefreshToken, Session } from './session.entity';
import type { Language, User } from './user.entity';
import { execute } from '../../db/sql';

export interface IssuedTokens {
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function issueTokens(app: AppServices, em: EntityManager, session: Session, user: User): Promise<IssuedTokens> {
  const now = app.now();
  const refreshToken = randomBytes(32).toString('base64url');
  em.create(RefreshToken, {
    session,
    tokenHash: hashToken(refreshToken),
    createdAt: now,
    expiresAt: new Date(now.getTime() + app.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
  });
  const ttl = app.config.ACCESS_TOKEN_TTL_SECONDS;
  const accessToken = await signAccessToken({ userId: user.id, role: user.role, sessionId: session.id }, app.config.JWT_SECRET, ttl, now);
  return { sessionId: session.id, accessToken, accessTokenExpiresAt: new Date(now.getTime() + ttl * 1000), refreshToken, user };
}

/** A new signed-in session for `user`, within the caller's transaction. */
export async function startSession(app: AppServices, em: EntityManager, user: User, userAgent = ''): Promise<IssuedTokens> {
  const session = em.create(Session, { user, createdAt: app.now(), userAgent: userAgent.slice(0, 300) });
  return issueTokens(app, em, session, user);
}

const invalid = () => new BusinessError(UserErrorCode.INVALID_REFRESH_TOKEN, 'accounts.invalidRefreshToken', ['input', 'refreshToken']);

/**
 * Rotates a refresh token. A token that was already rotated being presented again means it leaked: the whole
 * session is revoked, so whoever holds any token of the family is signed out. Except within
 * REFRESH_REUSE_GRACE_SECONDS of its rotation: two tabs (or a retry after a lost answer) refreshing with the same
 * token at once is no theft, so the later one gets a fresh pair for the same session instead of ending it.
 */
export async function refreshSession(app: AppServices, em: EntityManager, refreshToken: string): Promise<IssuedTokens> {
  const outcome = await em.transactional(async (tx) => {
    // The row lock serialises concurrent refreshes with one token: the second sees the first's rotation.
    const token = await tx.findOne(RefreshToken, { tokenHash: hashToken(refreshToken) }, { populate: ['session', 'session.user'], lockMode: LockMode.PESSIMISTIC_WRITE });
    const now = app.now();
    if (!token || token.session.revokedAt || token.expiresAt <= now) return null;
    if (token.usedAt && now.getTime() - token.usedAt.getTime() > app.config.REFRESH_REUSE_GRACE_SECONDS * 1000) {
      token.session.revokedAt = now;
      token.session.revokedReason = 'refresh-token-reuse';
      app.logger.warn({ event: 'auth.refresh_reuse', sessionId: token.session.id }, 'Refresh token reused; session revoked');
      return 'reused' as const;
    }
    if (token.usedAt) app.logger.info({ event: 'auth.refresh_within_grace', sessionId: token.session.id }, 'Refresh token presented again within the grace period');
    else token.usedAt = now;
    return issueTokens(app, tx, token.session, token.session.user);
  });
  if (!outcome || outcome === 'reused') throw invalid();
  return outcome;
}

/** Ends the session (or every session of the user). */
export async function signOut(app: AppServices, em: EntityManager, userId: string, sessionId: string, everywhere: boolean): Promise<void> {
  await em.nativeUpdate(
    Session,
    everywhere ? { user: userId, revokedAt: null } : { id: sessionId, revokedAt: null },
    { revokedAt: app.now(), revokedReason: 'sign-out' },
  );
}

/**
 * The language of the person behind a live session, or null when the session was signed out or revoked
 * (which ends it at once, not when its last access token expires). One indexed query per authenticated request.
 */
export async function liveSessionLanguage(em: EntityManager, sessionId: string, userId: string): Promise<Language | null> {
  const rows = await execute<{ preferred_language: Language }>(em, 
    'select u.preferred_language from sessions s join users u on u.id = s.user_id where s.id = ? and s.user_id = ? and s.revoked_at is null',
    [sessionId, userId],
  );
  return rows[0]?.preferred_language ?? null;
}
