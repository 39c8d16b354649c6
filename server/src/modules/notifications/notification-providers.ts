import type { Logger } from '../../logger';

export interface OutgoingMessage {
  /** Our notification id: a stable key the provider can deduplicate on. */
  id: string;
  phoneNumber: string;
  channel: string;
  text: string;
}

export class NotificationDeliveryError extends Error {}

/**
 * Sends booking messages. Separate from the one-time-code providers on purpose: sign-in and booking traffic
 * change providers, senders and volumes independently (the old system coupled them and listed it as a risk).
 */
export interface NotificationProvider {
  readonly name: string;
  /** Returns the provider's message id, if it gives one. Throws on failure; the worker retries with backoff. */
  send(message: OutgoingMessage): Promise<string | null>;
}

export class ConsoleNotificationProvider implements NotificationProvider {
  readonly name = 'console';

  constructor(private readonly logger: Logger) {}

  async send(message: OutgoingMessage): Promise<string | null> {
    this.logger.info({ event: 'notification.console', notificationId: message.id, phoneNumber: message.phoneNumber, channel: message.channel, text: message.text }, message.text);
    return null;
  }
}

export interface AuthenticaSmsOptions {
  baseUrl: string;
  apiKey: string;
  senderName: string;
  timeoutSeconds: number;
}

/** Authentica's SMS API: POST /api/v2/send-sms {phone, message, sender_name}. */
export class AuthenticaNotificationProvider implements NotificationProvider {
  readonly name = 'authentica';

  constructor(private readonly options: AuthenticaSmsOptions) {}

  async send(message: OutgoingMessage): Promise<string | null> {
    let res: Response;
    try {
      res = await fetch(new URL('/api/v2/send-sms', this.options.baseUrl), {
        method: 'POST',
        headers: {
          'X-Authorization': this.options.apiKey,
          Accept: 'application/json',
          'Content-Type': 'application/json',
          // Not documented by Authentica; sent so a provider or proxy that honours it can drop a retried duplicate.
          'Idempotency-Key': message.id,
        },
        body: JSON.stringify({ phone: message.phoneNumber, message: message.text, sender_name: this.options.senderName }),
        signal: AbortSignal.timeout(this.options.timeoutSeconds * 1000),
      });
    } catch (err) {
      throw new NotificationDeliveryError(`Authentica send-sms failed: ${String(err)}`);
    }
    const body = (await res.json().catch(() => ({}))) as { success?: boolean; message?: string; data?: { id?: string } };
    // Undocumented response: a 2xx is queued unless it says success: false.
    if (!res.ok || body.success === false) throw new NotificationDeliveryError(`Authentica send-sms answered ${res.status}: ${body.message ?? ''}`);
    return body.data?.id ?? null;
  }
}
