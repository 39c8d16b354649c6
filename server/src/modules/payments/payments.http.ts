import { timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { applyReport } from './apply-report';
import { Payment } from './payment.entity';
import { callbackQuerySchema, describeIssue, webhookEventSchema } from './payments.schemas';
import { withoutCardToken } from './policy/saved-card';
import { moyasarSettings } from './settings';

/** Moyasar's webhook event types we act on; others are logged and acknowledged. */
export const PAYMENT_EVENT_TYPES = [
  'payment_paid', 'payment_failed', 'payment_authorized', 'payment_captured', 'payment_refunded', 'payment_voided', 'payment_verified', 'payment_abandoned',
];

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * REST beside GraphQL, for Moyasar: the webhook (POST /webhooks/moyasar) and the payer's return from 3-D Secure
 * (GET /payments/moyasar/callback). Neither trusts what it is told: both re-fetch the payment from Moyasar and
 * apply that through the forward-only state machine.
 */
export function paymentRoutes(app: AppServices): Router {
  const router = express.Router();
  const settings = moyasarSettings(app.config);

  const settle = async (externalId: string, type: string, payload: Record<string, unknown>) => {
    const reported = await app.moyasar.fetch(externalId);
    return applyReport(app, app.orm.em.fork() as EntityManager, reported, { type, payload });
  };

  router.post('/webhooks/moyasar', express.json({ limit: '256kb' }), async (req, res, next) => {
    try {
      const body = req.body as { id?: unknown; secret_token?: unknown } | undefined;
      if (!sameSecret(body?.secret_token, settings.webhookSecret)) {
        app.logger.warn({ event: 'security.webhook_rejected', ip: req.ip, eventId: typeof body?.id === 'string' ? body.id.slice(0, 64) : null }, 'Moyasar webhook with a wrong or missing secret');
        res.status(401).json({ error: 'unauthorized' });
        return;
      }
      // The whole body is checked before anything reaches SQL: a bad one is the sender's fault (400), while a 5xx
      // would make Moyasar retry it for hours.
      const parsed = webhookEventSchema.safeParse(req.body);
      if (!parsed.success) {
        app.logger.warn({ event: 'payments.webhook_malformed', problem: describeIssue(parsed.error) }, 'Moyasar webhook body does not match the schema');
        res.status(400).json({ error: 'bad_request', message: describeIssue(parsed.error) });
        return;
      }
      const event = parsed.data;
      const { secret_token: _secret, ...rest } = event;
      // A saved card's token never lands in the stored events (ADR 0026).
      const safe = { ...rest, data: withoutCardToken(rest.data) };
      // Deduplicate on Moyasar's event id, which stays the same across its retries.
      const stored = await execute<{ id: string }>(
        app.orm.em.fork() as EntityManager,
        `insert into payment_events (id, created_at, updated_at, payment_id, external_event_id, type, payload, received_at, outcome)
         values (gen_random_uuid(), ?, ?, (select id from payments where external_id::text = ?), ?, ?, ?, ?, 'received')
         on conflict (external_event_id) do nothing returning id`,
        [app.now(), app.now(), event.data.id, event.id, event.type, JSON.stringify(safe), app.now()],
      );
      if (stored.length === 0) {
        res.json({ status: 'duplicate' });
        return;
      }
      if (!PAYMENT_EVENT_TYPES.includes(event.type)) {
        app.logger.info({ event: 'payments.webhook_ignored', type: event.type }, 'Unknown Moyasar event type');
        res.json({ status: 'ignored' });
        return;
      }
      // Answer at once; the slow part (asking Moyasar) happens after the event is safely stored.
      res.json({ status: 'accepted' });
      settle(event.data.id, `webhook.${event.type}`, { eventId: event.id }).catch((err) =>
        app.logger.warn({ event: 'payments.webhook_settle_failed', eventId: event.id, err: String(err) }, 'Could not settle a webhook now; reconciliation will'),
      );
    } catch (err) {
      next(err);
    }
  });

  router.get('/payments/moyasar/callback', async (req, res) => {
    const query = callbackQuerySchema.safeParse(req.query);
    if (!query.success) {
      res.status(400).json({ error: 'bad_request', message: describeIssue(query.error) });
      return;
    }
    const { id } = query.data;
    let payment: Payment | null = null;
    try {
      payment = await settle(id, 'callback', { query: query.data });
    } catch (err) {
      app.logger.warn({ event: 'payments.callback_failed', id, err: String(err) }, 'Could not confirm a payment on return from 3-D Secure');
      payment = await (app.orm.em.fork() as EntityManager).findOne(Payment, { externalId: id }).catch(() => null);
    }
    const target = new URL('/bookings', app.config.PUBLIC_URL);
    if (payment) {
      target.searchParams.set('booking', payment.booking.id);
      target.searchParams.set('payment', payment.status);
    } else target.searchParams.set('payment', 'UNKNOWN');
    res.redirect(303, `${target.pathname}${target.search}`);
  });
  return router;
}
