import type { OtpChannel } from '../phone-otp.entity';

export class OtpDeliveryError extends Error {}

/**
 * Delivers one-time codes. Either we make the code and the provider only carries it (`console`), or the provider
 * makes, sends and checks its own codes (`authentica`), in which case `verify` is called and we keep no hash.
 */
export interface OtpProvider {
  readonly name: string;
  readonly generatesCodes: boolean;
  /** `code` is null when the provider generates its own. Throws OtpDeliveryError when it cannot deliver. */
  send(phoneNumber: string, channel: OtpChannel, code: string | null): Promise<void>;
  /** Only for providers that generate codes: whether `code` is the one they sent. */
  verify?(phoneNumber: string, code: string): Promise<boolean>;
}
