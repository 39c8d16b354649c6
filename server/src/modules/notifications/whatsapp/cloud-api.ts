import { NotificationDeliveryError } from '../notification-providers';
import type { TemplateMessage } from './templates';

export interface CloudApiOptions {
  baseUrl: string;
  version: string;
  accessToken: string;
  phoneNumberId: string;
  timeoutSeconds: number;
}

/**
 * Meta's error codes that no retry can fix: the recipient is not on WhatsApp (131026), the template does not
 * exist or is not approved in that language (132000 parameter count, 132001, 132005, 132007, 132012 parameter
 * format), the 24-hour window rule (131047), the user is blocked or the number invalid (131049, 131051, 100).
 * The message goes by SMS instead at once. Anything else (130429 rate limit, 131000, 131016 service unavailable,
 * 5xx, timeouts) is retried with backoff.
 */
const PERMANENT = new Set([100, 131008, 131009, 131026, 131047, 131049, 131051, 132000, 132001, 132005, 132007, 132012, 132015, 132016]);

export class WhatsAppSendError extends NotificationDeliveryError {
  constructor(message: string, readonly code: number | null, readonly permanent: boolean) {
    super(message);
  }
}

/** The WhatsApp Business Cloud API: template messages, POST /{version}/{phone-number-id}/messages. */
export class WhatsAppCloudClient {
  constructor(private readonly options: CloudApiOptions) {}

  /**
   * Sends one template message and returns Meta's message id (wamid). `reference` (our notification id) travels
   * as biz_opaque_callback_data and comes back on every status webhook, so a status finds its row even when the
   * process died between Meta's answer and our commit.
   */
  async sendTemplate(to: string, template: TemplateMessage, reference: string): Promise<string> {
    const url = new URL(`${this.options.baseUrl.replace(/\/$/, '')}/${this.options.version}/${this.options.phoneNumberId}/messages`);
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${this.options.accessToken}`, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: to.replace(/^\+/, ''),
          type: 'template',
          biz_opaque_callback_data: reference,
          template: {
            name: template.name,
            language: { code: template.language },
            components: [{ type: 'body', parameters: template.parameters.map((text) => ({ type: 'text', text })) }],
          },
        }),
        signal: AbortSignal.timeout(this.options.timeoutSeconds * 1000),
      });
    } catch (err) {
      throw new WhatsAppSendError(`WhatsApp send failed: ${String(err)}`, null, false);
    }
    const body = (await res.json().catch(() => ({}))) as { messages?: { id?: string }[]; error?: { code?: number; message?: string; error_data?: { details?: string } } };
    if (!res.ok || body.error) {
      const code = typeof body.error?.code === 'number' ? body.error.code : null;
      throw new WhatsAppSendError(`WhatsApp answered ${res.status}${code ? ` (${code})` : ''}: ${body.error?.message ?? ''}`, code, code !== null && PERMANENT.has(code));
    }
    const id = body.messages?.[0]?.id;
    if (!id) throw new WhatsAppSendError(`WhatsApp answered ${res.status} without a message id`, null, false);
    return id;
  }
}
