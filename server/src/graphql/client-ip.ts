import { isIP } from 'node:net';
import type { Request } from 'express';

/** The socket address, or X-Forwarded-For when TRUST_PROXY says a proxy we control is in front (express req.ip). */
export function clientIp(req: Request): string | null {
  const ip = (req.ip ?? '').replace(/^::ffff:/, '');
  return isIP(ip) ? ip : null;
}
