import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { codeMatches, PROVIDER_MANAGED_HASH } from './otp-code';
import { OtpPurpose } from './phone-otp.entity';
import { OtpDeliveryError } from './otp-providers/otp-provider';
import { startSession, type IssuedTokens } from './sessions';
import { User } from './user.entity';
import { execute } from '../../db/sql';

const invalidCode = () => new BusinessError(UserErrorCode.INVALID_CODE, 'accounts.invalidCode', ['input', 'code']);

interface ClaimedOtp {
  id: string;
  phone_number: string;
  code_hash: string;
}

/**
 * Signs in with a code. The attempt is counted by one UPDATE before the code is compared, so aliases, batches and
 * parallel requests all pay for each guess; a spent, expired, exhausted or non-AUTH code never matches.
 */
export async function verifyPhoneCode(app: AppServices, em: EntityManager, requestId: string, code: string, userAgent = ''): Promise<IssuedTokens> {
  if (!isUuid(requestId) || !/^\d{4,8}$/.test(code)) throw invalidCode();
  const now = app.now();
  const claimed = await execute<ClaimedOtp>(em, 
    `update phone_otps set attempt_count = attempt_count + 1
      where id = ? and purpose = ? and verified_at is null and expires_at > ? and attempt_count < max_attempts
      returning id, phone_number, code_hash`,
    [requestId, OtpPurpose.AUTH, now],
  );
  if (claimed.length === 0) throw invalidCode();
  const otp = claimed[0];

  let matches: boolean;
  if (otp.code_hash === PROVIDER_MANAGED_HASH) {
    try {
      matches = await app.otpProvider.verify!(otp.phone_number, code);
    } catch (err) {
      if (err instanceof OtpDeliveryError) throw new BusinessError(UserErrorCode.OTP_DELIVERY_FAILED, 'accounts.deliveryFailed', ['input', 'code']);
      throw err;
    }
  } else {
    matches = codeMatches(otp.id, code, otp.code_hash, app.config.JWT_SECRET);
  }
  if (!matches) throw invalidCode();

  return em.transactional(async (tx) => {
    // Only one request can spend a code, even when two carry the right one at the same moment.
    const spent = await execute(tx, 'update phone_otps set verified_at = ? where id = ? and verified_at is null returning id', [now, otp.id]);
    if (spent.length === 0) throw invalidCode();
    const user = await tx.findOneOrFail(User, { phoneNumber: otp.phone_number });
    user.isPhoneVerified = true;
    return startSession(app, tx, user, userAgent);
  });
}
