import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Router } from 'express';
import { templateCatalogue } from './templates';

export interface StandInOptions {
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  /** Where status webhooks go (our POST /webhooks/whatsapp); null sends none. */
  webhookUrl: string | null;
  /** Statuses sent on their own after each accepted message ([] for none: tests send them with `control.status`). */
  autoStatuses?: StandInStatus[];
  /** Delay before each automatic status. */
  statusDelayMs?: number;
}

export type StandInStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface StandInMessage {
  id: string;
  to: string;
  template: string;
  language: string;
  parameters: string[];
  reference: string | null;
  statuses: StandInStatus[];
}

/** Meta's error bodies for the codes the stand-in plays. */
const ERRORS: Record<number, { status: number; message: string }> = {
  131026: { status: 400, message: 'Message undeliverable' },
  132001: { status: 404, message: 'Template name does not exist in the translation' },
  131047: { status: 400, message: 'Re-engagement message' },
  130429: { status: 429, message: 'Rate limit hit' },
  131000: { status: 500, message: 'Something went wrong' },
};

/**
 * Plays Meta's WhatsApp Business Cloud API for tests and for `npm start` without keys (mounted at /whatsapp-sim):
 * POST /{version}/{phone-number-id}/messages takes template messages of the approved catalogue, answers
 * messages[].id or Meta's error bodies, and sends status webhooks signed with X-Hub-Signature-256 as Meta does.
 * GET /_messages lists what it took (the e2e reads it). It keeps its own time (Meta's timestamps), like Meta.
 */
export function createWhatsAppStandIn(options: StandInOptions) {
  const approved = new Set(templateCatalogue().map((t) => `${t.name}:${t.language}`));
  const messages: StandInMessage[] = [];
  /** Per recipient (digits): the error code to answer, e.g. 131026 for a number not on WhatsApp. */
  const failures = new Map<string, number>();
  /** The next N sends answer this error (a rate limit burst). */
  const queuedErrors: number[] = [];
  const webhookAnswers: number[] = [];

  const signedPost = async (payload: unknown): Promise<number> => {
    if (!options.webhookUrl) return 0;
    const raw = JSON.stringify(payload);
    const signature = `sha256=${createHmac('sha256', options.appSecret).update(raw).digest('hex')}`;
    const res = await fetch(options.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body: raw });
    webhookAnswers.push(res.status);
    return res.status;
  };

  const control = {
    messages,
    webhookAnswers,
    failFor: (to: string, code: number) => failures.set(to.replace(/^\+/, ''), code),
    failNext: (code: number, times = 1) => queuedErrors.push(...Array.from({ length: times }, () => code)),
    reset() {
      messages.length = 0;
      failures.clear();
      queuedErrors.length = 0;
      webhookAnswers.length = 0;
    },
    /** The webhook body Meta sends for one status of one message. */
    statusPayload(message: StandInMessage, status: StandInStatus, at = new Date()) {
      return {
        object: 'whatsapp_business_account',
        entry: [{
          id: 'WABA_ID',
          changes: [{
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '966500000000', phone_number_id: options.phoneNumberId },
              statuses: [{
                id: message.id, status, timestamp: String(Math.floor(at.getTime() / 1000)), recipient_id: message.to,
                ...(message.reference ? { biz_opaque_callback_data: message.reference } : {}),
                ...(status === 'failed' ? { errors: [{ code: 131026, title: 'Message undeliverable' }] } : {}),
              }],
            },
          }],
        }],
      };
    },
    /** Sends a signed status webhook for a message; answers our HTTP status. */
    async status(message: StandInMessage, status: StandInStatus, at = new Date()): Promise<number> {
      message.statuses.push(status);
      return signedPost(control.statusPayload(message, status, at));
    },
    /** Any body, signed with the app secret (or a wrong one), for the webhook's tests. */
    signedPost,
  };

  const router = express.Router();
  router.get('/_messages', (req, res) => {
    const to = typeof req.query.to === 'string' ? req.query.to.replace(/^\+/, '') : null;
    res.json({ messages: messages.filter((m) => !to || m.to === to) });
  });
  router.post('/:version/:phoneNumberId/messages', express.json({ limit: '64kb' }), (req, res) => {
    const error = (code: number) => {
      const e = ERRORS[code] ?? { status: 400, message: 'Error' };
      res.status(e.status).json({ error: { message: `(#${code}) ${e.message}`, type: 'OAuthException', code, error_subcode: 2494010, fbtrace_id: randomUUID() } });
    };
    if (req.header('authorization') !== `Bearer ${options.accessToken}`) {
      res.status(401).json({ error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190, fbtrace_id: randomUUID() } });
      return;
    }
    if (req.params.phoneNumberId !== options.phoneNumberId || !/^v\d+\.\d+$/.test(req.params.version)) {
      res.status(400).json({ error: { message: 'Unsupported post request.', type: 'GraphMethodException', code: 100, fbtrace_id: randomUUID() } });
      return;
    }
    const body = req.body as { messaging_product?: string; to?: string; type?: string; biz_opaque_callback_data?: string; template?: { name?: string; language?: { code?: string }; components?: { type: string; parameters?: { type: string; text?: string }[] }[] } };
    if (body.messaging_product !== 'whatsapp' || typeof body.to !== 'string' || !/^\d{8,15}$/.test(body.to.replace(/^\+/, ''))) {
      error(100);
      return;
    }
    // Only templates may open a conversation; the stand-in plays a business that never has an open window.
    if (body.type !== 'template') {
      error(131047);
      return;
    }
    const template = body.template;
    if (!template?.name || !template.language?.code || !approved.has(`${template.name}:${template.language.code}`)) {
      error(132001);
      return;
    }
    const to = body.to.replace(/^\+/, '');
    const scripted = queuedErrors.shift() ?? failures.get(to);
    if (scripted) {
      error(scripted);
      return;
    }
    const message: StandInMessage = {
      id: `wamid.${Buffer.from(randomUUID()).toString('base64url')}`, to, template: template.name, language: template.language.code,
      parameters: (template.components ?? []).filter((c) => c.type === 'body').flatMap((c) => (c.parameters ?? []).map((p) => String(p.text ?? ''))),
      reference: body.biz_opaque_callback_data ?? null, statuses: [],
    };
    messages.push(message);
    res.json({ messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: to }], messages: [{ id: message.id }] });
    // Statuses follow the answer, one after another, as Meta's do.
    const auto = options.autoStatuses ?? ['sent', 'delivered'];
    void auto.reduce<Promise<unknown>>(
      (previous, status) => previous.then(() => new Promise((r) => setTimeout(r, options.statusDelayMs ?? 200))).then(() => control.status(message, status)).catch(() => undefined),
      Promise.resolve(),
    );
  });
  return { router, control };
}

/** The stand-in on its own port on 127.0.0.1, for tests. */
export async function startWhatsAppStandIn(options: StandInOptions) {
  const { router, control } = createWhatsAppStandIn(options);
  const app = express();
  app.use(router);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    control,
    /** The webhook URL may only be known once the server under test listens. */
    setWebhookUrl: (url: string) => (options.webhookUrl = url),
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
