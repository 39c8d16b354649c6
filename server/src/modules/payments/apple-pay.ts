import fs from 'node:fs';
import https from 'node:https';
import type { AppServices } from '../../app-services';
import type { Config } from '../../config';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import './payments.messages';

/**
 * Apple's Apple Pay gateway hosts, the only places a merchant validation request may go (Apple Pay on the Web,
 * "Setting up your server": the validation URL Safari gives must be one of these; production and sandbox).
 */
export const APPLE_PAY_GATEWAY_HOSTS = [
  'apple-pay-gateway.apple.com',
  'cn-apple-pay-gateway.apple.com',
  ...[1, 2, 3, 4, 5].flatMap((n) => [`apple-pay-gateway-nc-pod${n}.apple.com`, `apple-pay-gateway-pr-pod${n}.apple.com`]),
  ...[1, 2, 3].flatMap((n) => [`cn-apple-pay-gateway-sh-pod${n}.apple.com`, `cn-apple-pay-gateway-tj-pod${n}.apple.com`]),
  'apple-pay-gateway-cert.apple.com',
  'cn-apple-pay-gateway-cert.apple.com',
];

/** A merchant session is small; anything larger is not Apple's answer. */
const MAX_SESSION_BYTES = 64 * 1024;

export interface ApplePaySettings {
  merchantId: string;
  displayName: string;
  domain: string;
  certPath: string;
  keyPath: string;
  /** Tests only: more hosts (any port) and a CA for them. config.ts refuses both in production. */
  extraHosts: string[];
  caPath: string | null;
}

/** Null unless Apple Pay is configured (config.ts accepts all five settings or none). */
export function applePaySettings(config: Config): ApplePaySettings | null {
  if (!config.APPLE_PAY_MERCHANT_ID || !config.APPLE_PAY_DISPLAY_NAME || !config.APPLE_PAY_DOMAIN || !config.APPLE_PAY_CERT_PATH || !config.APPLE_PAY_KEY_PATH) return null;
  return {
    merchantId: config.APPLE_PAY_MERCHANT_ID, displayName: config.APPLE_PAY_DISPLAY_NAME, domain: config.APPLE_PAY_DOMAIN,
    certPath: config.APPLE_PAY_CERT_PATH, keyPath: config.APPLE_PAY_KEY_PATH,
    extraHosts: (config.APPLE_PAY_EXTRA_VALIDATION_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean),
    caPath: config.APPLE_PAY_VALIDATION_CA_PATH ?? null,
  };
}

/** The validation URL, if it names one of Apple's gateways over https (else null: never fetched). */
function gatewayUrl(settings: ApplePaySettings, validationUrl: string): URL | null {
  if (validationUrl.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(validationUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  if (APPLE_PAY_GATEWAY_HOSTS.includes(url.hostname) && url.port === '') return url;
  return settings.extraHosts.includes(url.hostname) ? url : null;
}

/**
 * Merchant validation for an Apple Pay sheet (`onvalidatemerchant`): POSTs our merchant identity to the validation
 * URL Safari gave, over mutual TLS with the Merchant Identity certificate, and returns Apple's opaque merchant
 * session (JSON) for `completeMerchantValidation`. The URL comes from the browser, so it is checked against Apple's
 * gateway hosts before anything is sent: otherwise our certificate and server would fetch any address (SSRF).
 * Redirects are not followed.
 */
export async function validateApplePayMerchant(app: AppServices, validationUrl: string): Promise<string> {
  const settings = applePaySettings(app.config);
  if (!settings) throw new BusinessError(UserErrorCode.ONLINE_PAYMENT_UNAVAILABLE, 'payments.applePayOff', null);
  const url = gatewayUrl(settings, validationUrl);
  if (!url) {
    app.logger.warn({ event: 'security.apple_pay_url_refused', host: URL.canParse(validationUrl) ? new URL(validationUrl).host : null }, 'Apple Pay validation URL is not an Apple Pay gateway');
    throw new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.applePayUrl', ['input', 'validationUrl']);
  }
  const body = JSON.stringify({ merchantIdentifier: settings.merchantId, displayName: settings.displayName, initiative: 'web', initiativeContext: settings.domain });
  try {
    return await post(url, body, settings, app.config.MOYASAR_TIMEOUT_SECONDS * 1000);
  } catch (err) {
    app.logger.warn({ event: 'payments.apple_pay_validation_failed', host: url.host, err: String(err) }, 'Apple Pay merchant validation failed');
    throw new BusinessError(UserErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, 'payments.applePayValidation', null);
  }
}

function post(url: URL, body: string, settings: ApplePaySettings, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, {
      method: 'POST',
      cert: fs.readFileSync(settings.certPath),
      key: fs.readFileSync(settings.keyPath),
      ...(settings.caPath ? { ca: fs.readFileSync(settings.caPath) } : {}),
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      timeout: timeoutMs,
    }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_SESSION_BYTES) req.destroy(new Error('merchant session too large'));
        else chunks.push(chunk);
      });
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`Apple Pay gateway answered ${res.statusCode}`));
        try {
          const session: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          if (!session || typeof session !== 'object' || Array.isArray(session)) return reject(new Error('merchant session is not an object'));
          resolve(JSON.stringify(session));
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('Apple Pay gateway timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
