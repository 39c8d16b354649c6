import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { normalizePhoneNumber } from './phone';
import { OtpChannel, OtpPurpose, PhoneOtp } from './phone-otp.entity';
import { OtpDeliveryError } from './otp-providers/otp-provider';
import { generateCode, hashCode, PROVIDER_MANAGED_HASH } from './otp-code';
import { User } from './user.entity';
import { normalizeEmail } from './email';
import { execute } from '../../db/sql';

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

async function windowStats(em: EntityManager, column: 'phone_number' | 'request_ip' | 'device_signal', value: string, since: Date) {
  const [row] = await execute<{ count: string; oldest: Date | null }>(em, 
    `select count(*) as count, min(created_at) as oldest from phone_otps where ${column} = ? and purpose = 'AUTH' and created_at > ?`,
    [value, since],
  );
  return { count: Number(row.count), oldest: row.oldest ? new Date(row.oldest) : null };
}

/**
 * Sends a sign-in code. Limits live in PostgreSQL so they hold across server instances; the transaction takes
 * advisory locks on the phone, IP and device first, so concurrent requests are counted one after another.
 * Nothing is written unless the code was handed to the provider.
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

  try {
    return await em.transactional(async (tx) => {
      const keys = [`otp:phone:${phoneNumber}`, input.requestIp ? `otp:ip:${input.requestIp}` : null, input.deviceSignal ? `otp:device:${input.deviceSignal}` : null]
        .filter((k): k is string => Boolean(k))
        .sort();
      for (const key of keys) await execute(tx, 'select pg_advisory_xact_lock(hashtext(?))', [key]);

      const now = app.now();
      const riskSince = new Date(now.getTime() - config.PHONE_AUTH_RISK_WINDOW_MINUTES * 60 * SECOND);
      if (input.requestIp && config.PHONE_AUTH_IP_MAX_PER_WINDOW > 0) {
        const ip = await windowStats(tx, 'request_ip', input.requestIp, riskSince);
        if (ip.count >= config.PHONE_AUTH_IP_MAX_PER_WINDOW) {
          throw new RateLimitedError('accounts.rateLimitedIp', retryAfter(ip.oldest, now, config.PHONE_AUTH_RISK_WINDOW_MINUTES, 1));
        }
      }
      if (input.deviceSignal && config.PHONE_AUTH_DEVICE_MAX_PER_WINDOW > 0) {
        const device = await windowStats(tx, 'device_signal', input.deviceSignal, riskSince);
        if (device.count >= config.PHONE_AUTH_DEVICE_MAX_PER_WINDOW) {
          throw new RateLimitedError('accounts.rateLimitedDevice', retryAfter(device.oldest, now, config.PHONE_AUTH_RISK_WINDOW_MINUTES, 1));
        }
      }
      const phoneSince = new Date(now.getTime() - config.OTP_WINDOW_MINUTES * 60 * SECOND);
      const phone = await windowStats(tx, 'phone_number', phoneNumber, phoneSince);
      if (phone.count >= config.OTP_MAX_PER_WINDOW) {
        throw new RateLimitedError('accounts.rateLimitedPhone', retryAfter(phone.oldest, now, config.OTP_WINDOW_MINUTES, config.OTP_RESEND_COOLDOWN_SECONDS));
      }
      const latest = await tx.findOne(PhoneOtp, { phoneNumber, channel: input.channel, purpose: OtpPurpose.AUTH }, { orderBy: { createdAt: 'desc' } });
      if (latest && config.OTP_RESEND_COOLDOWN_SECONDS > 0) {
        const elapsed = Math.floor((now.getTime() - latest.createdAt.getTime()) / SECOND);
        if (elapsed < config.OTP_RESEND_COOLDOWN_SECONDS) {
          throw new RateLimitedError('accounts.cooldown', config.OTP_RESEND_COOLDOWN_SECONDS - elapsed);
        }
      }

      let user = await tx.findOne(User, { phoneNumber });
      if (email) {
        const owner = await execute<{ id: string }>(tx, 'select id from users where lower(email) = lower(?)', [email]);
        if (owner.length && owner[0].id !== user?.id) throw new BusinessError(UserErrorCode.EMAIL_TAKEN, 'accounts.emailTaken', ['input', 'email']);
      }
      if (!user) {
        user = tx.create(User, { phoneNumber, firstName: input.firstName?.trim() ?? '', lastName: input.lastName?.trim() ?? '', email, isPhoneVerified: false });
      }

      const provider = app.otpProvider;
      const otp = tx.create(PhoneOtp, {
        phoneNumber,
        channel: input.channel,
        purpose: OtpPurpose.AUTH,
        provider: provider.name,
        codeHash: PROVIDER_MANAGED_HASH,
        createdAt: now,
        expiresAt: new Date(now.getTime() + config.OTP_EXPIRY_MINUTES * 60 * SECOND),
        maxAttempts: config.OTP_MAX_ATTEMPTS,
        requestIp: input.requestIp,
        deviceSignal: input.deviceSignal,
      });
      const code = provider.generatesCodes ? null : generateCode();
      if (code) otp.codeHash = hashCode(otp.id, code, config.JWT_SECRET);
      await tx.flush();
      await provider.send(phoneNumber, input.channel, code);
      return { requestId: otp.id, expiresAt: otp.expiresAt, retryAfterSeconds: config.OTP_RESEND_COOLDOWN_SECONDS };
    });
  } catch (err) {
    if (err instanceof OtpDeliveryError) throw new BusinessError(UserErrorCode.OTP_DELIVERY_FAILED, 'accounts.deliveryFailed', ['input', 'phoneNumber']);
    throw err;
  }
}
