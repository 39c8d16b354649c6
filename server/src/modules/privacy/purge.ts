import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';

const DAY = 86_400_000;

export interface PurgeRun {
  codes: number;
  sessions: number;
  deliveryDetails: number;
}

/**
 * Retention of personal data nobody needs any more (docs/privacy.md), on the application clock:
 * - one-time codes (phone number, network address, device) after OTP_RETENTION_DAYS, well past every rate-limit window;
 * - sessions (and their refresh tokens, by cascade) SESSION_RETENTION_DAYS after they were revoked or their last
 *   refresh token expired;
 * - what a provider said about a delivered message (its id, its error text) DELIVERY_DETAILS_RETENTION_DAYS after
 *   the message was settled; the message's status stays as the record of what was sent.
 */
export async function purgeExpiredPersonalData(app: AppServices): Promise<PurgeRun> {
  const em = app.orm.em.fork() as EntityManager;
  const now = app.now();
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  const { OTP_RETENTION_DAYS, SESSION_RETENTION_DAYS, DELIVERY_DETAILS_RETENTION_DAYS } = app.config;
  const codes = await execute(em, 'delete from phone_otps where created_at < ? returning id', [before(OTP_RETENTION_DAYS)]);
  const sessionsBefore = before(SESSION_RETENTION_DAYS);
  const sessions = await execute(em, `delete from sessions s where s.revoked_at < ?
      or (s.revoked_at is null and not exists (select 1 from refresh_tokens r where r.session_id = s.id and r.expires_at >= ?))
    returning id`, [sessionsBefore, sessionsBefore]);
  const delivery = await execute(em, `update notifications set last_error = null, provider_message_id = null, updated_at = ?
    where status in ('SENT', 'FAILED', 'SKIPPED') and updated_at < ? and (last_error is not null or provider_message_id is not null) returning id`,
    [now, before(DELIVERY_DETAILS_RETENTION_DAYS)]);
  return { codes: codes.length, sessions: sessions.length, deliveryDetails: delivery.length };
}
