import { markDeliveryFailed } from '../accounts/request-phone-code';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { codeMatches, generateCode, hashCode, PROVIDER_MANAGED_HASH } from '../accounts/otp-code';
import { OtpDeliveryError } from '../accounts/otp-providers/otp-provider';
import { type OtpChannel, OtpPurpose, PhoneOtp } from '../accounts/phone-otp.entity';
import { RateLimitedError } from '../accounts/request-phone-code';
import { User } from '../accounts/user.entity';
import './privacy.messages';

const SECOND = 1000;

export interface DeletionCode {
  requestId: string;
  expiresAt: Date;
  retryAfterSeconds: number;
}

/**
 * Sends a fresh one-time code that only confirms deleting this account (purpose DELETE: it cannot sign anyone
 * in, and a sign-in code cannot delete). One per resend cool-down, like sign-in codes.
 */
export async function requestDeletionCode(app: AppServices, em: EntityManager, userId: string, channel: OtpChannel): Promise<DeletionCode> {
  const { config } = app;
  const provider = app.otpProvider;
  const code = provider.generatesCodes ? null : generateCode();
  const otp = await em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: userId });
    await execute(tx, 'select pg_advisory_xact_lock(hashtext(?))', [`otp:delete:${user.phoneNumber}`]);
    const now = app.now();
    const latest = await tx.findOne(PhoneOtp, { phoneNumber: user.phoneNumber, purpose: OtpPurpose.DELETE, deliveryFailedAt: null }, { orderBy: { createdAt: 'desc' } });
    const elapsed = latest ? Math.floor((now.getTime() - latest.createdAt.getTime()) / SECOND) : Infinity;
    if (elapsed < config.OTP_RESEND_COOLDOWN_SECONDS) throw new RateLimitedError('accounts.cooldown', config.OTP_RESEND_COOLDOWN_SECONDS - elapsed);
    const row = tx.create(PhoneOtp, {
      phoneNumber: user.phoneNumber, channel, purpose: OtpPurpose.DELETE, provider: provider.name, codeHash: PROVIDER_MANAGED_HASH,
      createdAt: now, expiresAt: new Date(now.getTime() + config.OTP_EXPIRY_MINUTES * 60 * SECOND), maxAttempts: config.OTP_MAX_ATTEMPTS,
    });
    if (code) row.codeHash = hashCode(row.id, code, config.JWT_SECRET);
    return row;
  });
  try {
    await provider.send(otp.phoneNumber, channel, code);
  } catch (err) {
    await markDeliveryFailed(em, otp.id, app.now());
    if (err instanceof OtpDeliveryError) throw new BusinessError(UserErrorCode.OTP_DELIVERY_FAILED, 'accounts.deliveryFailed', null);
    throw err;
  }
  return { requestId: otp.id, expiresAt: otp.expiresAt, retryAfterSeconds: config.OTP_RESEND_COOLDOWN_SECONDS };
}

const invalidCode = () => new BusinessError(UserErrorCode.INVALID_CODE, 'accounts.invalidCode', ['input', 'code']);

/**
 * Checks a deletion code sent to this person's own number. The attempt is counted before the comparison, as at
 * sign-in; the code is spent later, inside the deletion's transaction (`spendDeletionCode`).
 */
export async function checkDeletionCode(app: AppServices, em: EntityManager, userId: string, requestId: string, code: string): Promise<void> {
  if (!isUuid(requestId) || !/^\d{4,8}$/.test(code)) throw invalidCode();
  const [otp] = await execute<{ id: string; phone_number: string; code_hash: string }>(em,
    `update phone_otps o set attempt_count = attempt_count + 1 from users u
      where o.id = ? and u.id = ? and o.phone_number = u.phone_number and o.purpose = ? and o.verified_at is null
        and o.expires_at > ? and o.attempt_count < o.max_attempts
      returning o.id, o.phone_number, o.code_hash`,
    [requestId, userId, OtpPurpose.DELETE, app.now()],
  );
  if (!otp) throw invalidCode();
  let matches: boolean;
  if (otp.code_hash !== PROVIDER_MANAGED_HASH) matches = codeMatches(otp.id, code, otp.code_hash, app.config.JWT_SECRET);
  else {
    try {
      matches = await app.otpProvider.verify!(otp.phone_number, code);
    } catch (err) {
      if (err instanceof OtpDeliveryError) throw new BusinessError(UserErrorCode.OTP_DELIVERY_FAILED, 'accounts.deliveryFailed', ['input', 'code']);
      throw err;
    }
  }
  if (!matches) throw invalidCode();
}

/** Only one request spends a code, even when two carry the right one at the same moment. */
export async function spendDeletionCode(tx: EntityManager, requestId: string, at: Date): Promise<void> {
  const spent = await execute(tx, 'update phone_otps set verified_at = ? where id = ? and verified_at is null returning id', [at, requestId]);
  if (spent.length === 0) throw invalidCode();
}
