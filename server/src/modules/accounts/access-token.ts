import { jwtVerify, SignJWT } from 'jose';
import type { Viewer } from '../../graphql/context';
import { UserRole } from './user.entity';

const ISSUER = 'salon-platform';

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** A short-lived JWT (HS256) carrying who the caller is: `sub`, `role` and the session id `sid`. */
export async function signAccessToken(viewer: Viewer, secret: string, ttlSeconds: number, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role: viewer.role, sid: viewer.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.userId)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(key(secret));
}

/** The viewer the token proves, or null when it is malformed, forged or expired. */
export async function verifyAccessToken(token: string, secret: string, now: Date): Promise<Viewer | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, algorithms: ['HS256'], currentDate: now });
    const role = payload.role as UserRole;
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !Object.values(UserRole).includes(role)) return null;
    return { userId: payload.sub, role, sessionId: payload.sid };
  } catch {
    return null;
  }
}
