import type { AppContext } from '../../graphql/context';
import { clientIp } from '../../graphql/client-ip';
import type { AuditOrigin } from './audit-log';

/** The signed-in caller of this request, with their address and browser, as the audit log records them. */
export function auditOrigin(ctx: AppContext): AuditOrigin {
  return {
    actorId: ctx.viewer?.userId ?? null,
    actorRole: ctx.viewer?.role ?? null,
    ip: clientIp(ctx.req),
    userAgent: String(ctx.req.headers['user-agent'] ?? ''),
  };
}
