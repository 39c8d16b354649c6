import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response, type Router } from 'express';
import { STC_PAY_OTPS, STC_PAY_UNREGISTERED, TEST_CARDS } from './cards';
import { threeDSecurePage } from './three-d-secure-page';

export interface SimulatorOptions {
  secretKey: string;
  publishableKey: string;
  /** Where webhooks go, with this secret as `secret_token`; none when unset. */
  webhookUrl?: string;
  webhookSecret?: string;
  /** Delays before each webhook retry (Moyasar: 1 min, 10 min, 30 min, 1 h, 2 h); tests use milliseconds. */
  webhookRetryDelaysMs?: number[];
  /** The public address of the simulator itself, for 3-D Secure links. */
  publicUrl: () => string;
}

type Status = 'initiated' | 'paid' | 'failed' | 'authorized' | 'captured' | 'refunded' | 'voided';

interface SimPayment {
  id: string;
  status: Status;
  amount: number;
  fee: number;
  currency: string;
  refunded: number;
  refunded_at: string | null;
  captured: number;
  captured_at: string | null;
  voided_at: string | null;
  description: string;
  amount_format: string;
  invoice_id: string | null;
  ip: string | null;
  callback_url: string;
  created_at: string;
  updated_at: string;
  metadata: Record<string, string>;
  source: Record<string, unknown>;
  /** Private: how the payment ends when 3-D Secure is approved, and whether it was manual. */
  _outcome: { paid: boolean; message: string; manual: boolean };
}

/** Test knobs: slow answers, dropped webhooks, and a record of what was delivered. */
export interface SimulatorControl {
  /** Where webhooks go when set (tests learn the receiver's address after the simulator starts). */
  webhookUrl?: string;
  delayMs: number;
  dropWebhooks: boolean;
  webhookDeliveries: { eventId: string; type: string; status: number }[];
  payments: Map<string, SimPayment>;
}

const error = (res: Response, status: number, type: string, message: string, errors: unknown = null) => res.status(status).json({ type, message, errors });
const now = () => new Date().toISOString();
const format = (halalas: number, currency: string) => `${(halalas / 100).toFixed(2)} ${currency}`;

/**
 * A local stand-in for Moyasar's API (https://api.moyasar.com/v1), for the demo and the tests: keys, tokens,
 * payments with the documented test cards, 3-D Secure with approve/decline, saved cards (`save_only` tokens and
 * `save_card`, charged later without 3-D Secure with the secret key), STC Pay with its test codes, an Apple Pay
 * stand-in token, refunds, capture, void and webhooks.
 */
export function createMoyasarSimulator(options: SimulatorOptions): { router: Router; control: SimulatorControl } {
  const control: SimulatorControl = { delayMs: 0, dropWebhooks: false, webhookDeliveries: [], payments: new Map() };
  const tokens = new Map<string, { number: string; name: string; month: number; year: number; brand: string; last_four: string }>();
  const router = express.Router();
  router.use(express.json());
  router.use(express.urlencoded({ extended: true }));
  router.use((_req, _res, next) => {
    if (control.delayMs) setTimeout(next, control.delayMs);
    else next();
  });

  const keyOf = (req: Request): string | null => {
    const header = req.headers.authorization;
    if (header?.startsWith('Basic ')) return Buffer.from(header.slice(6), 'base64').toString('utf8').split(':')[0];
    return (req.body?.publishable_api_key as string) ?? null;
  };
  const auth = (req: Request, res: Response, allowPublishable: boolean): boolean => {
    const key = keyOf(req);
    if (key === options.secretKey) return true;
    if (key === options.publishableKey) {
      if (allowPublishable) return true;
      error(res, 403, 'authentication_error', 'Publishable key is not allowed for this request');
      return false;
    }
    error(res, 401, 'authentication_error', 'Invalid authorization credentials');
    return false;
  };

  const publicPayment = (p: SimPayment) => {
    const { _outcome, ...rest } = p;
    return rest;
  };

  const deliver = async (type: string, payment: SimPayment) => {
    const webhookUrl = control.webhookUrl ?? options.webhookUrl;
    if (!webhookUrl) return;
    const event = { id: randomUUID(), type, created_at: now(), secret_token: options.webhookSecret ?? '', account_name: 'Salon (simulator)', live: false, data: publicPayment(payment) };
    const delays = [0, ...(options.webhookRetryDelaysMs ?? [60_000, 600_000, 1_800_000, 3_600_000, 7_200_000])];
    for (const delay of delays) {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (control.dropWebhooks) continue;
      const status = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) })
        .then((r) => r.status)
        .catch(() => 0);
      control.webhookDeliveries.push({ eventId: event.id, type, status });
      if (status >= 200 && status < 300) return;
    }
  };
  const settle = (p: SimPayment, paid: boolean, message: string) => {
    p.status = paid ? (p._outcome.manual ? 'authorized' : 'paid') : 'failed';
    p.source = { ...p.source, message };
    p.updated_at = now();
    void deliver(paid ? (p._outcome.manual ? 'payment_authorized' : 'payment_paid') : 'payment_failed', p);
  };

  router.post('/v1/tokens', (req, res) => {
    if (!auth(req, res, true)) return;
    const { name, number, month, year, cvc } = req.body ?? {};
    const card = TEST_CARDS[String(number ?? '').replace(/\s/g, '')];
    const errors: Record<string, string[]> = {};
    if (!name || String(name).trim().split(/\s+/).length < 2) errors.name = ['must contain first and last name'];
    if (!card && !/^\d{15,16}$/.test(String(number ?? ''))) errors.number = ['is invalid'];
    if (!(Number(month) >= 1 && Number(month) <= 12)) errors.month = ['is invalid'];
    const expiry = new Date(Date.UTC(Number(year) < 100 ? 2000 + Number(year) : Number(year), Number(month), 1));
    if (!(expiry.getTime() > Date.now())) errors.year = ['card is expired'];
    if (!/^\d{3,4}$/.test(String(cvc ?? ''))) errors.cvc = ['is invalid'];
    if (Object.keys(errors).length) return error(res, 400, 'invalid_request_error', 'Validation Failed', errors);
    const id = `token_${randomUUID().replace(/-/g, '')}`;
    const digits = String(number).replace(/\s/g, '');
    tokens.set(id, { number: digits, name, month: Number(month), year: Number(year), brand: card?.company ?? 'visa', last_four: digits.slice(-4) });
    res.status(201).json({ id, status: 'active', brand: card?.company ?? 'visa', funding: 'credit', country: 'SA', month: Number(month), year: Number(year), name, last_four: digits.slice(-4), created_at: now(), updated_at: now(), expires_at: null, verification_url: null });
  });

  router.post('/v1/payments', (req, res) => {
    if (!auth(req, res, true)) return;
    const body = req.body ?? {};
    const amount = Number(body.amount);
    if (!Number.isInteger(amount) || amount < 100) return error(res, 400, 'invalid_request_error', 'Validation Failed', { amount: ['must be greater than or equal to 100'] });
    const source = body.source ?? {};
    if (!['creditcard', 'token', 'applepay', 'stcpay'].includes(source.type)) return error(res, 400, 'invalid_request_error', 'Validation Failed', { source: ['type is invalid'] });
    if ((source.type === 'creditcard' || source.type === 'token') && !body.callback_url) return error(res, 400, 'invalid_request_error', 'Validation Failed', { callback_url: ["can't be blank"] });
    const id = body.given_id ?? randomUUID();
    const existing = control.payments.get(id);
    if (existing) {
      // Moyasar refuses a reused given_id; the caller recovers with GET /payments/{given_id}.
      return error(res, 400, 'invalid_request_error', 'The given_id provided has been already used with a different payment.', null).end?.();
    }
    let outcome = { paid: true, message: 'Succeeded! (Test Environment)', manual: Boolean(source.manual) };
    let publicSource: Record<string, unknown> = { type: source.type };
    let threeDs = false;
    if (source.type === 'token' || source.type === 'creditcard') {
      const card = source.type === 'token' ? tokens.get(source.token) : { number: String(source.number ?? ''), name: source.name, brand: TEST_CARDS[String(source.number)]?.company ?? 'visa', last_four: String(source.number ?? '').slice(-4) };
      if (!card) return error(res, 400, 'invalid_request_error', 'Validation Failed', { 'source.token': ['is invalid'] });
      const known = TEST_CARDS[card.number];
      outcome = { paid: known ? known.paid : true, message: known?.paid === false ? known.message : 'APPROVED', manual: Boolean(source.manual) };
      threeDs = source['3ds'] !== false && source['3ds'] !== 'false';
      // A charge without 3-D Secure is merchant-initiated (a saved card, the payer absent): the server's secret key only.
      if (!threeDs && keyOf(req) !== options.secretKey) return error(res, 403, 'authentication_error', 'Publishable key is not allowed for this request');
      // The saved card: the token paid with, or a new one for a card source with save_card (Moyasar's `source.token`).
      let saved: string | null = source.type === 'token' ? source.token : null;
      if (source.type === 'creditcard' && (source.save_card === true || source.save_card === 'true')) {
        saved = `token_${randomUUID().replace(/-/g, '')}`;
        tokens.set(saved, { ...card, month: Number(source.month), year: Number(source.year) });
      }
      publicSource = { type: 'creditcard', company: card.brand, name: card.name, number: `XXXX-XXXX-XXXX-${card.last_four}`, gateway_id: `moyasar_${id.slice(0, 8)}`, reference_number: null, token: saved, message: null, transaction_url: null };
    } else if (source.type === 'stcpay') {
      if (!/^05\d{8}$/.test(String(source.mobile ?? ''))) return error(res, 400, 'invalid_request_error', 'Validation Failed', { 'source.mobile': ['is invalid'] });
      if (source.mobile === STC_PAY_UNREGISTERED) outcome = { paid: false, message: 'Mobile number is not registered with STC Pay', manual: false };
      publicSource = { type: 'stcpay', mobile: source.mobile, reference_number: null, message: null, transaction_url: null };
    } else if (source.type === 'applepay') {
      // The stand-in token the web app sends in the simulator (no Apple Pay sheet in Chromium); "decline" declines.
      if (!source.token) return error(res, 400, 'invalid_request_error', 'Validation Failed', { 'source.token': ["can't be blank"] });
      if (/decline/.test(String(source.token))) outcome = { ...outcome, paid: false, message: 'Declined' };
      publicSource = { type: 'applepay', company: 'visa', name: null, number: 'XXXX-XXXX-XXXX-1111', message: null };
    }
    const payment: SimPayment = {
      id, status: 'initiated', amount, fee: Math.round(amount * 0.0275), currency: body.currency ?? 'SAR', refunded: 0, refunded_at: null, captured: 0, captured_at: null,
      voided_at: null, description: body.description ?? '', amount_format: format(amount, body.currency ?? 'SAR'), invoice_id: null, ip: req.ip ?? null,
      callback_url: body.callback_url ?? '', created_at: now(), updated_at: now(), metadata: body.metadata ?? {}, source: publicSource, _outcome: outcome,
    };
    control.payments.set(id, payment);
    if (threeDs) payment.source = { ...payment.source, transaction_url: `${options.publicUrl()}/3ds/${id}` };
    // STC Pay waits for the code sent to the mobile, POSTed to its transaction_url.
    else if (source.type === 'stcpay' && outcome.paid) payment.source = { ...payment.source, transaction_url: `${options.publicUrl()}/v1/stc_pays/${id}/proceed` };
    else settle(payment, outcome.paid, outcome.message);
    res.status(201).json(publicPayment(payment));
  });

  router.get('/v1/payments/:id', (req, res) => {
    if (!auth(req, res, false)) return;
    const p = control.payments.get(req.params.id);
    if (!p) return error(res, 404, 'invalid_request_error', 'Object not found');
    res.json(publicPayment(p));
  });

  const change = (path: string, allowed: Status[], apply: (p: SimPayment, amount: number) => string | null, eventType: string) => {
    router.post(`/v1/payments/:id/${path}`, (req, res) => {
      if (!auth(req, res, false)) return;
      const p = control.payments.get(req.params.id);
      if (!p) return error(res, 404, 'invalid_request_error', 'Object not found');
      if (!allowed.includes(p.status)) return error(res, 400, 'invalid_request_error', `Payment is ${p.status} and cannot be ${path === 'void' ? 'voided' : `${path}ed`}`);
      const amount = req.body?.amount === undefined ? -1 : Number(req.body.amount);
      const problem = apply(p, amount);
      if (problem) return error(res, 400, 'invalid_request_error', 'Validation Failed', { amount: [problem] });
      p.updated_at = now();
      void deliver(eventType, p);
      res.json(publicPayment(p));
    });
  };
  change('refund', ['paid', 'captured'], (p, amount) => {
    const remaining = (p.status === 'captured' ? p.captured : p.amount) - p.refunded;
    const value = amount < 0 ? remaining : amount;
    if (!Number.isInteger(value) || value < 1 || value > remaining) return 'must be less than or equal to the refundable amount';
    p.refunded += value;
    p.refunded_at = now();
    if (p.refunded === (p.status === 'captured' ? p.captured : p.amount)) p.status = 'refunded';
    return null;
  }, 'payment_refunded');
  change('capture', ['authorized'], (p, amount) => {
    const value = amount < 0 ? p.amount : amount;
    if (!Number.isInteger(value) || value < 1 || value > p.amount) return 'must be less than or equal to the authorized amount';
    p.captured = value;
    p.captured_at = now();
    p.status = 'captured';
    return null;
  }, 'payment_captured');
  change('void', ['paid', 'authorized', 'captured'], (p) => {
    p.status = 'voided';
    p.voided_at = now();
    return null;
  }, 'payment_voided');

  // STC Pay's code, with Moyasar's documented test values (STC_PAY_OTPS); no key, as Moyasar.js posts it from the browser.
  router.post('/v1/stc_pays/:id/proceed', (req, res) => {
    const p = control.payments.get(req.params.id);
    if (!p || p.source.type !== 'stcpay') return error(res, 404, 'invalid_request_error', 'Object not found');
    if (p.status !== 'initiated') return error(res, 400, 'invalid_request_error', 'Payment is not initiated');
    const otp = String(req.body?.otp_value ?? '');
    const result = STC_PAY_OTPS[otp] ?? { paid: false, message: 'Invalid OTP' };
    settle(p, result.paid, result.message);
    res.json(publicPayment(p));
  });

  // The 3-D Secure page the payer's browser is sent to.
  router.get('/3ds/:id', (req, res) => {
    const p = control.payments.get(req.params.id);
    if (!p || p.status !== 'initiated') return res.status(404).send('<!doctype html><title>3-D Secure</title><p>This payment is not awaiting authentication.</p>');
    const language = req.acceptsLanguages('ar', 'en') === 'ar' ? 'ar' : 'en';
    res.type('html').send(threeDSecurePage({ language, action: `${options.publicUrl()}/3ds/${p.id}`, amount: p.amount_format, card: `${String(p.source.company ?? p.source.type)} ${String(p.source.number ?? p.source.mobile ?? '')}` }));
  });
  router.post('/3ds/:id', (req, res) => {
    const p = control.payments.get(req.params.id);
    if (!p || p.status !== 'initiated') return res.status(404).send('Not awaiting authentication');
    const approved = req.body?.decision === 'approve';
    settle(p, approved && p._outcome.paid, approved ? p._outcome.message : '3-D Secure transaction attempt failed');
    const url = new URL(p.callback_url);
    url.searchParams.set('id', p.id);
    url.searchParams.set('status', p.status);
    url.searchParams.set('message', String(p.source.message ?? ''));
    res.redirect(303, url.toString());
  });
  return { router, control };
}

/** The simulator on its own port, for tests. */
export async function startMoyasarSimulator(options: Omit<SimulatorOptions, 'publicUrl'>) {
  let base = '';
  const { router, control } = createMoyasarSimulator({ ...options, publicUrl: () => base });
  const app = express();
  app.use(router);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    control,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
