import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../../app-services';
import { execute } from '../../../db/sql';
import { fallBackToSms } from '../fallback';
import { whatsAppSettings } from './settings';

function sameText(given: string, expected: string): boolean {
  if (!expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const statusSchema = z.object({
  id: z.string().min(1).max(128),
  status: z.string().max(32),
  timestamp: z.string().regex(/^\d{1,12}$/),
  recipient_id: z.string().max(32).optional(),
  biz_opaque_callback_data: z.string().max(512).optional(),
  errors: z.array(z.object({ code: z.number().int().optional(), title: z.string().max(500).optional() }).passthrough()).max(10).optional(),
}).passthrough();

/** Meta's webhook body: only what we read is checked strictly; the rest (incoming messages, other fields) passes. */
const webhookSchema = z.object({
  object: z.string().max(64),
  entry: z.array(z.object({
    changes: z.array(z.object({
      field: z.string().max(64).optional(),
      value: z.object({ statuses: z.array(statusSchema).max(1000).optional() }).passthrough(),
    }).passthrough()).max(100),
  }).passthrough()).max(100),
}).passthrough();

/** Meta's statuses we keep; others (e.g. `deleted`, `warning`) are acknowledged and ignored. */
const STATUSES: Record<string, string> = { sent: 'SENT', delivered: 'DELIVERED', read: 'READ', failed: 'FAILED' };
const RANK: Record<string, number> = { SENT: 1, DELIVERED: 2, READ: 3, FAILED: 2 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Meta's webhook for WhatsApp (REST beside GraphQL): the verify-token handshake (GET) and delivery statuses (POST,
 * X-Hub-Signature-256 = HMAC-SHA256 of the raw body with the app secret, compared in constant time). Statuses arrive
 * late, twice or out of order, so they only move forward (SENT < DELIVERED < READ; FAILED only before delivery);
 * a FAILED message goes by SMS instead. 404 while WhatsApp is off.
 */
export function whatsAppWebhookRoutes(app: AppServices): Router {
  const router = express.Router();
  const settings = whatsAppSettings(app.config);
  if (!settings) return router;

  router.get('/webhooks/whatsapp', (req, res) => {
    const q = req.query as Record<string, unknown>;
    const mode = q['hub.mode'];
    const token = q['hub.verify_token'];
    const challenge = q['hub.challenge'];
    if (mode === 'subscribe' && typeof token === 'string' && sameText(token, settings.verifyToken) && typeof challenge === 'string' && /^[\w-]{1,256}$/.test(challenge)) {
      res.type('text/plain').send(challenge);
      return;
    }
    app.logger.warn({ event: 'security.webhook_rejected', source: 'whatsapp', ip: req.ip }, 'WhatsApp webhook handshake with a wrong verify token');
    res.sendStatus(403);
  });

  router.post('/webhooks/whatsapp', express.raw({ type: () => true, limit: '1mb' }), async (req, res, next) => {
    try {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const given = req.header('x-hub-signature-256') ?? '';
      const expected = `sha256=${createHmac('sha256', settings.appSecret).update(raw).digest('hex')}`;
      if (!sameText(given, expected)) {
        app.logger.warn({ event: 'security.webhook_rejected', source: 'whatsapp', ip: req.ip }, 'WhatsApp webhook with a wrong or missing signature');
        res.status(401).json({ error: 'unauthorized' });
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = undefined;
      }
      const parsed = webhookSchema.safeParse(body);
      if (!parsed.success) {
        app.logger.warn({ event: 'notification.whatsapp_webhook_malformed', problem: parsed.error.issues[0]?.message }, 'WhatsApp webhook body does not match the schema');
        res.status(400).json({ error: 'bad_request' });
        return;
      }
      const statuses = parsed.data.entry.flatMap((e) => e.changes.flatMap((c) => c.value.statuses ?? []));
      let applied = 0;
      for (const s of statuses) if (STATUSES[s.status] && (await applyStatus(app, s))) applied += 1;
      res.json({ status: 'ok', applied });
    } catch (err) {
      next(err);
    }
  });
  return router;
}

/** Forward only; the row is found by Meta's id, or by our id echoed back when the process died before storing it. */
async function applyStatus(app: AppServices, s: z.infer<typeof statusSchema>): Promise<boolean> {
  const status = STATUSES[s.status];
  const at = new Date(Number(s.timestamp) * 1000);
  const reference = s.biz_opaque_callback_data && UUID.test(s.biz_opaque_callback_data) ? s.biz_opaque_callback_data : null;
  const em = app.orm.em.fork() as EntityManager;
  return em.transactional(async (tx) => {
    const now = app.now();
    // SENT 1 < DELIVERED 2 < READ 3; FAILED ranks with DELIVERED: it may follow SENT only.
    const current = `coalesce(array_position(array['SENT', 'DELIVERED', 'READ'], delivery_status), case when delivery_status = 'FAILED' then 2 else 0 end)`;
    const [row] = await execute<{ id: string }>(
      tx,
      `update notifications set delivery_status = ?, delivery_status_at = ?, provider_message_id = coalesce(provider_message_id, ?), updated_at = ?
        where id = (select id from notifications where channel = 'WHATSAPP' and (provider_message_id = ? or (id = ?::uuid and provider_message_id is null)) limit 1)
          and ${current} < ?
        returning id`,
      [status, at, s.id, now, s.id, reference, RANK[status]],
    );
    if (!row) return false;
    if (status === 'FAILED') {
      await fallBackToSms(tx, [row.id], now);
      app.logger.warn({ event: 'notification.whatsapp_failed', notificationId: row.id, code: s.errors?.[0]?.code ?? null }, 'WhatsApp reports a message failed; it goes by SMS');
    }
    return true;
  });
}
