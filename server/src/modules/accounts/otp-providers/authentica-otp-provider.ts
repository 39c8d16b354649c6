import type { Logger } from '../../../logger';
import { OtpChannel } from '../phone-otp.entity';
import { OtpDeliveryError, type OtpProvider } from './otp-provider';

export interface AuthenticaOptions {
  baseUrl: string;
  apiKey: string;
  timeoutSeconds: number;
}

/** Authentica (api.authentica.sa) sends and checks its own codes by SMS or WhatsApp. */
export class AuthenticaOtpProvider implements OtpProvider {
  readonly name = 'authentica';
  readonly generatesCodes = true;

  constructor(private readonly options: AuthenticaOptions, private readonly logger: Logger) {}

  private async post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await fetch(new URL(path, this.options.baseUrl), {
      method: 'POST',
      headers: { 'X-Authorization': this.options.apiKey, Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.options.timeoutSeconds * 1000),
    });
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      // a non-JSON body is treated as a failure below
    }
    return { status: res.status, json };
  }

  async send(phoneNumber: string, channel: OtpChannel): Promise<void> {
    const method = channel === OtpChannel.WHATSAPP ? 'whatsapp' : 'sms';
    try {
      const { status, json } = await this.post('/api/v2/send-otp', { method, phone: phoneNumber });
      if (status < 200 || status >= 300 || json.success !== true) {
        throw new OtpDeliveryError(`Authentica send-otp answered ${status}: ${String(json.message ?? '')}`);
      }
    } catch (err) {
      this.logger.error({ event: 'otp.authentica.send_failed', phoneNumber, channel, err: String(err) }, 'Authentica could not send a code');
      throw err instanceof OtpDeliveryError ? err : new OtpDeliveryError(String(err));
    }
  }

  async verify(phoneNumber: string, code: string): Promise<boolean> {
    try {
      const { status, json } = await this.post('/api/v2/verify-otp', { phone: phoneNumber, otp: code });
      // Sources disagree on the success field; a wrong code may be 200 with false or a 4xx.
      if (status >= 400 && status < 500) return false;
      if (status < 200 || status >= 300) throw new OtpDeliveryError(`Authentica verify-otp answered ${status}`);
      return json.status === true || json.success === true || json.verified === true;
    } catch (err) {
      this.logger.error({ event: 'otp.authentica.verify_failed', phoneNumber, err: String(err) }, 'Authentica could not check a code');
      throw err instanceof OtpDeliveryError ? err : new OtpDeliveryError(String(err));
    }
  }
}
