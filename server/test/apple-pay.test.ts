import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';

const VALIDATE = 'mutation($input: ValidateApplePayMerchantInput!) { validateApplePayMerchant(input: $input) { merchantSession errors { code field } } }';
const START = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { status sourceType } errors { code } } }';
const MERCHANT = { APPLE_PAY_MERCHANT_ID: 'merchant.sa.test.salon', APPLE_PAY_DISPLAY_NAME: 'Salon Test', APPLE_PAY_DOMAIN: 'salon.test' };

/** A throw-away CA, a server certificate for 127.0.0.1 and a Merchant Identity (client) certificate, made now. */
function makeCertificates(dir: string) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Test Apple Pay CA');
  fs.writeFileSync(path.join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'server.ext');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'merchant.key', '-out', 'merchant.csr', '-subj', '/CN=merchant.sa.test.salon');
  openssl('x509', '-req', '-in', 'merchant.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'merchant.pem', '-days', '2');
  return (name: string) => path.join(dir, name);
}

/**
 * Apple Pay on the web: merchant validation against a fake Apple Pay gateway on 127.0.0.1 that demands the
 * merchant's client certificate (mutual TLS), the refusal of any other validation URL (SSRF), who may ask, the
 * payment token passed on to Moyasar (the simulator), and the all-or-nothing configuration.
 */
describe('Apple Pay merchant validation and payment', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apple-pay-'));
  const file = makeCertificates(dir);
  const seen: { body: Record<string, unknown>; clientCn: string | undefined; path: string }[] = [];
  let gateway: https.Server;
  let gatewayUrl: string;
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let t: TestServer;
  let s: Stage;

  beforeAll(async () => {
    gateway = https.createServer({ key: fs.readFileSync(file('server.key')), cert: fs.readFileSync(file('server.pem')), ca: fs.readFileSync(file('ca.pem')), requestCert: true, rejectUnauthorized: true }, (req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const peer = (req.socket as import('node:tls').TLSSocket).getPeerCertificate();
        seen.push({ body: JSON.parse(raw), clientCn: String(peer.subject?.CN), path: req.url ?? '' });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ merchantSessionIdentifier: 'SSH_TEST', nonce: 'n0nce', merchantIdentifier: 'ABCDEF', domainName: 'salon.test', displayName: 'Salon Test', signature: 'c2ln' }));
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    gatewayUrl = `https://127.0.0.1:${(gateway.address() as AddressInfo).port}/paymentservices/paymentSession`;
    sim = await startMoyasarSimulator({ secretKey: 'sk_test_ap', publishableKey: 'pk_test_ap', webhookRetryDelaysMs: [] });
    t = await startTestServer({
      seedDemo: true, overrides: { now: clock.now },
      env: {
        MOYASAR_SECRET_KEY: 'sk_test_ap', MOYASAR_PUBLISHABLE_KEY: 'pk_test_ap', MOYASAR_WEBHOOK_SECRET: 'whsec_ap', MOYASAR_BASE_URL: sim.url,
        ...MERCHANT, APPLE_PAY_CERT_PATH: file('merchant.pem'), APPLE_PAY_KEY_PATH: file('merchant.key'),
        APPLE_PAY_EXTRA_VALIDATION_HOSTS: '127.0.0.1', APPLE_PAY_VALIDATION_CA_PATH: file('ca.pem'),
      },
    });
    s = await stage(t, 'Elite Barbers');
  });
  afterAll(async () => {
    await t.stop();
    await sim.stop();
    gateway.closeAllConnections();
    await new Promise((r) => gateway.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  let day = 10;
  const heldBooking = async () => {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s, { startsAt: `2026-12-${day++}T07:00:00.000Z` });
    return { customer, bookingId: booking.id as string };
  };

  it('validates the merchant over mutual TLS and returns Apple\'s session; the card form learns the sheet\'s name', async () => {
    const { customer, bookingId } = await heldBooking();
    const res = await t.gql(VALIDATE, { input: { bookingId, validationUrl: gatewayUrl } }, { token: customer.token });
    expect(res.data.validateApplePayMerchant.errors).toEqual([]);
    expect(JSON.parse(res.data.validateApplePayMerchant.merchantSession)).toMatchObject({ merchantSessionIdentifier: 'SSH_TEST', signature: 'c2ln' });
    expect(seen.at(-1)).toEqual({
      path: '/paymentservices/paymentSession', clientCn: 'merchant.sa.test.salon',
      body: { merchantIdentifier: 'merchant.sa.test.salon', displayName: 'Salon Test', initiative: 'web', initiativeContext: 'salon.test' },
    });
    expect((await t.gql('{ paymentSettings { applePayDisplayName } }')).data.paymentSettings.applePayDisplayName).toBe('Salon Test');
    // The gateway really demands the certificate: without it the TLS handshake is refused.
    await expect(new Promise((resolve, reject) => https.request(gatewayUrl, { method: 'POST', ca: fs.readFileSync(file('ca.pem')) }, resolve).on('error', reject).end('{}'))).rejects.toThrow();
  });

  it('refuses a validation URL that is not an Apple Pay gateway, before sending anything (SSRF)', async () => {
    const { customer, bookingId } = await heldBooking();
    const before = seen.length;
    const port = (gateway.address() as AddressInfo).port;
    for (const validationUrl of [
      'https://evil.example/paymentSession', 'https://apple-pay-gateway.apple.com.evil.example/paymentSession', `http://127.0.0.1:${port}/paymentSession`,
      'https://169.254.169.254/latest/meta-data', `https://user:pw@127.0.0.1:${port}/x`, 'https://apple-pay-gateway.apple.com:8443/paymentSession', 'not a url', `https://x/${'a'.repeat(2100)}`,
    ]) {
      const res = await t.gql(VALIDATE, { input: { bookingId, validationUrl } }, { token: customer.token });
      expect([validationUrl, res.data.validateApplePayMerchant]).toEqual([validationUrl, { merchantSession: null, errors: [{ code: 'INVALID_INPUT', field: ['input', 'validationUrl'] }] }]);
    }
    expect(seen.length).toBe(before);
  });

  it('only the booking\'s customer may ask (another customer is FORBIDDEN, nobody signed in UNAUTHENTICATED)', async () => {
    const { bookingId } = await heldBooking();
    const other = await newCustomer(t);
    expect((await t.gql(VALIDATE, { input: { bookingId, validationUrl: gatewayUrl } }, { token: other.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(VALIDATE, { input: { bookingId, validationUrl: gatewayUrl } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pays with the Apple Pay payment token, passed to Moyasar as an applepay source', async () => {
    const { customer, bookingId } = await heldBooking();
    // As long as a real one: the signature carries Apple's certificates (longer than other inputs may be).
    const token = JSON.stringify({ paymentData: { version: 'EC_v1', data: 'ZW5j'.repeat(500), signature: 'c2ln'.repeat(1200), header: { ephemeralPublicKey: 'a2V5', publicKeyHash: 'aGFzaA==', transactionId: 'abc' } }, paymentMethod: { displayName: 'Visa 1111', network: 'Visa', type: 'debit' }, transactionIdentifier: 'abc' });
    const res = await t.gql(START, { input: { bookingId, source: { type: 'APPLE_PAY', token }, idempotencyKey: randomUUID() } }, { token: customer.token });
    expect(res.data.startPayment).toEqual({ payment: { status: 'PAID', sourceType: 'applepay' }, errors: [] });
    expect([...sim.control.payments.values()].filter((p) => p.metadata.booking_id === bookingId).map((p) => p.source.type)).toEqual(['applepay']);
    const tooLong = await t.gql(START, { input: { bookingId, source: { type: 'APPLE_PAY', token: 'x'.repeat(20_000) }, idempotencyKey: randomUUID() } }, { token: customer.token });
    expect(tooLong.errors?.[0]).toMatchObject({ message: 'Text is longer than 16384 characters', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('is configured whole or not at all, and its test-only settings are refused in production', () => {
    const base = { DATABASE_URL: 'postgres://x/y' };
    expect(() => loadConfig({ ...base, APPLE_PAY_MERCHANT_ID: 'merchant.sa.test.salon' })).toThrow(/APPLE_PAY_DISPLAY_NAME: required with APPLE_PAY_MERCHANT_ID/);
    expect(() => loadConfig({ ...base, ...MERCHANT, APPLE_PAY_CERT_PATH: file('merchant.pem'), APPLE_PAY_KEY_PATH: path.join(dir, 'missing.key') })).toThrow(/APPLE_PAY_KEY_PATH: no file/);
    expect(() => loadConfig({ ...base, ...MERCHANT, APPLE_PAY_CERT_PATH: file('merchant.pem'), APPLE_PAY_KEY_PATH: file('merchant.key') })).not.toThrow();
    const production = { ...base, NODE_ENV: 'production', PAYMENTS_ENABLED: 'false', OTP_PROVIDER: 'authentica', AUTHENTICA_API_KEY: 'k', JWT_SECRET: 'a-production-secret-of-enough-length-0123456789' };
    expect(() => loadConfig({ ...production, ...MERCHANT, APPLE_PAY_CERT_PATH: file('merchant.pem'), APPLE_PAY_KEY_PATH: file('merchant.key'), APPLE_PAY_EXTRA_VALIDATION_HOSTS: '127.0.0.1' })).toThrow(/APPLE_PAY_EXTRA_VALIDATION_HOSTS: for tests only/);
  });
});
