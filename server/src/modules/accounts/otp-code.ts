import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';

export function generateCode(length = 6): string {
  return Array.from({ length }, () => randomInt(10)).join('');
}

/** Keyed with the server secret, so a copy of the database alone does not reveal codes by brute force. */
export function hashCode(otpId: string, code: string, secret: string): string {
  return createHmac('sha256', secret).update(`${otpId}:${code}`).digest('hex');
}

export function codeMatches(otpId: string, code: string, storedHash: string, secret: string): boolean {
  const candidate = Buffer.from(hashCode(otpId, code, secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

/** Stored instead of a hash when the provider keeps the code itself. */
export const PROVIDER_MANAGED_HASH = 'provider-managed';

/** A coarse signal of the device: its own id when the app sends one, else its User-Agent and language. */
export function buildDeviceSignal(deviceId?: string | null, userAgent?: string | null, acceptLanguage?: string | null): string {
  let source = (deviceId ?? '').trim();
  if (!source) source = `${(userAgent ?? '').trim()}|${(acceptLanguage ?? '').trim()}`;
  if (!source.replace(/\|/g, '')) return '';
  return `sha256:${createHash('sha256').update(source, 'utf8').digest('hex').slice(0, 24)}`;
}
