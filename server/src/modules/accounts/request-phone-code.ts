import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { normalizePhoneNumber } from './phone';
import { OtpChannel, OtpPurpose, PhoneOtp } from './phone-otp.entity';
import { OtpDeliveryError } from './otp-providers/otp-provider';
import { generateCode, hashCode, PROVIDER_MANAGED_HASH } from './otp-code';
import { normalizeEmail } from './email';
import { execute } from '../../db/sql';
import { lockAccountOf } from './account-lock';

export class RateLimitedError extends BusinessError {
  constructor(messageKey: string, retryAfterSeconds: number) {
    super(UserErrorCode.RATE_LIMITED, messageKey, null, { seconds: retryAfterSeconds }, { retryAfterSeconds });
  }
}

export interface RequestPhoneCodeInput {
  phoneNumber: string;
  channel: OtpChannel;
  deviceSignal: string;
  requestIp: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
}

export interface RequestPhoneCodeResult {
  requestId: string;
  expiresAt: Date;
  retryAfterSeconds: number;
}

const SECOND = 1000;

/** Seconds until the oldest request in the window leaves it, never less than `floor` (the seed's rule). */
function retryAfter(oldest: Date | null, now: Date, windowMinutes: number, floor: number): number {
  const seconds = oldest ? Math.floor((oldest.getTime() + windowMinutes * 60 * SECOND - now.getTime()) / SECOND) : floor;
  return Math.max(seconds, floor, 1);
}

/**
 * Clients whose network address or device cannot be told (a proxy header that is not an IP, a request with no
 * device id, User-Agent or language) share one bucket each: an unknown client is limited, never waved through.
 */
export const UNKNOWN_CLIENT = 'unknown';

async function windowStats(em: EntityManager, column: 'phone_number' | 'request_ip' | 'device_signal', value: string, since: Date) {
  // A code the provider never took does not hold the phone back; every attempt still counts for its network and device.
  const delivered = column === 'phone_number' ? 'and delivery_failed_at is null' : '';
  const [row] = await execute<{ count: string; oldest: Date | null }>(em,
    `select count(*) as count, min(created_at) as oldest from phone_otps where ${column} = ? and purpose = 'AUTH' and created_at > ? ${delivered}`,
    [value, since],
  );
  return { count: Number(row.count), oldest: row.oldest ? new Date(row.oldest) : null };
}

/**
 * Sends a sign-in code. Limits live in PostgreSQL so they hold across server instances: one short transaction
 * takes advisory locks on the phone, IP and device, counts, and commits the code's row. Only then is the provider
 * called (up to its timeout, with no transaction or lock held). A code the provider refused is marked failed and
 * expired; the account of a new number is created only once its code is on its way.
 */
export async function requestPhoneCode(app: AppServices, em: EntityManager, input: RequestPhoneCodeInput): Promise<RequestPhoneCodeResult> {
  const { config } = app;
  const phoneNumber = normalizePhoneNumber(input.phoneNumber);
  if (!phoneNumber) throw new BusinessError(UserErrorCode.INVALID_PHONE_NUMBER, 'accounts.invalidPhone', ['input', 'phoneNumber']);
  const email = input.email ? normalizeEmail(input.email) : null;
  if (input.email && !email) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'accounts.invalidEmail', ['input', 'email']);
  for (const key of ['firstName', 'lastName'] as const) {
    if ((input[key]?.trim().length ?? 0) > 150) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'accounts.nameTooLong', ['input', key]);
  }
  const requestIp = input.requestIp ?? UNKNOWN_CLIENT;
  const deviceSignal = input.deviceSignal || UNKNOWN_CLIENT;
  const provider = app.otpProvider;
  const code = provider.generatesCodes ? null : generateCode();

  const otp = await em.transactional(async (tx) => {
    const keys = [`otp:phone:${phoneNumber}`, `otp:ip:${requestIp}`, `otp:device:${deviceSignal}`].sort();
    for (const key of keys) await execute(tx, 'select pg_advisory_xact_lock(hashtext(?))', [key]);

    const now = app.now();
    const riskSince = new Date(now.getTime() - config.PHONE_AUTH_RISK_WINDOW_MINUTES * 60 * SECOND);
    if (config.PHONE_AUTH_IP_MAX_PER_WINDOW > 0) {
      const ip = await windowStats(tx, 'request_ip', requestIp, riskSince);
      if (ip.count >= config.PHONE_AUTH_IP_MAX_PER_WINDOW) {
        throw new RateLimitedError('accounts.rateLimitedIp', retryAfter(ip.oldest, now, config.PHONE_AUTH_RISK_WINDOW_MINUTES, 1));
      }
    }
    if (config.PHONE_AUTH_DEVICE_MAX_PER_WINDOW > 0) {
      const device = await windowStats(tx, 'device_signal', deviceSignal, riskSince);
      if (device.count >= config.PHONE_AUTH_DEVICE_MAX_PER_WINDOW) {
        throw new RateLimitedError('accounts.rateLimitedDevice', retryAfter(device.oldest, now, config.PHONE_AUTH_RISK_WINDOW_MINUTES, 1));
      }
    }
    const phoneSince = new Date(now.getTime() - config.OTP_WINDOW_MINUTES * 60 * SECOND);
    const phone = await windowStats(tx, 'phone_number', phoneNumber, phoneSince);
    if (phone.count >= config.OTP_MAX_PER_WINDOW) {
      throw new RateLimitedError('accounts.rateLimitedPhone', retryAfter(phone.oldest, now, config.OTP_WINDOW_MINUTES, config.OTP_RESEND_COOLDOWN_SECONDS));
    }
    const latest = await tx.findOne(
      PhoneOtp,
      { phoneNumber, channel: input.channel, purpose: OtpPurpose.AUTH, deliveryFailedAt: null },
      { orderBy: { createdAt: 'desc' } },
    );
    if (latest && config.OTP_RESEND_COOLDOWN_SECONDS > 0) {
      const elapsed = Math.floor((now.getTime() - latest.createdAt.getTime()) / SECOND);
      if (elapsed < config.OTP_RESEND_COOLDOWN_SECONDS) {
        throw new RateLimitedError('accounts.cooldown', config.OTP_RESEND_COOLDOWN_SECONDS - elapsed);
      }
    }
    if (email) await assertEmailFree(tx, email, phoneNumber);

    const row = tx.create(PhoneOtp, {
      phoneNumber,
      channel: input.channel,
      purpose: OtpPurpose.AUTH,
      provider: provider.name,
      codeHash: PROVIDER_MANAGED_HASH,
      createdAt: now,
      expiresAt: new Date(now.getTime() + config.OTP_EXPIRY_MINUTES * 60 * SECOND),
      maxAttempts: config.OTP_MAX_ATTEMPTS,
      requestIp,
      deviceSignal,
    });
    if (code) row.codeHash = hashCode(row.id, code, config.JWT_SECRET);
    return row;
  });

  try {
    await provider.send(phoneNumber, input.channel, code);
  } catch (err) {
    // The row stays as the record of the attempt, but can never be verified and does not hold the phone back.
    await markDeliveryFailed(em, otp.id, app.now());
    if (err instanceof OtpDeliveryError) throw new BusinessError(UserErrorCode.OTP_DELIVERY_FAILED, 'accounts.deliveryFailed', ['input', 'phoneNumber']);
    throw err;
  }
  await createAccountIfNew(em, app.now(), { phoneNumber, email, firstName: input.firstName?.trim() ?? '', lastName: input.lastName?.trim() ?? '' });
  return { requestId: otp.id, expiresAt: otp.expiresAt, retryAfterSeconds: config.OTP_RESEND_COOLDOWN_SECONDS };
}

async function assertEmailFree(em: EntityManager, email: string, phoneNumber: string): Promise<void> {
  const owner = await execute<{ phone_number: string }>(em, 'select phone_number from users where lower(email) = lower(?)', [email]);
  if (owner.length && owner[0].phone_number !== phoneNumber) throw new BusinessError(UserErrorCode.EMAIL_TAKEN, 'accounts.emailTaken', ['input', 'email']);
}

/**
 * The account a new number signs in to. Two requests for the same new number may race here, and an email may have
 * been taken since it was checked: the insert then does nothing, and the account is made without the email.
 */
async function createAccountIfNew(em: EntityManager, now: Date, user: { phoneNumber: string; email: string | null; firstName: string; lastName: string }): Promise<void> {
  const insert = `insert into users (id, created_at, updated_at, phone_number, first_name, last_name, email, is_phone_verified)
    values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, false) on conflict do nothing`;
  await em.transactional(async (tx) => {
    await lockAccountOf(tx, user.phoneNumber);
    await execute(tx, insert, [now, now, user.phoneNumber, user.firstName, user.lastName, user.email]);
    if (user.email) await execute(tx, insert, [now, now, user.phoneNumber, user.firstName, user.lastName, null]);
  });
}

/**
 * A code that could not be delivered: kept as the record of the attempt, expired at the very instant its delivery
 * failed (one reading of the clock), so it can never be verified and does not hold the phone back.
 */
export async function markDeliveryFailed(em: Parameters<typeof execute>[0], otpId: string, failedAt: Date): Promise<void> {
  await execute(em, 'update phone_otps set delivery_failed_at = ?, expires_at = ? where id = ?', [failedAt, failedAt, otpId]);
}
