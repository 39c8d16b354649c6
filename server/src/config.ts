import fs from 'node:fs';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const int = (def: number) => z.coerce.number().int().nonnegative().default(def);

/** Every setting the server reads. `.env.example` documents each one. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.default(false),
  SEED_DEMO_DATA: bool.default(true),
  /**
   * Where the application's clock starts (an ISO instant with its offset); it then runs at the machine's pace. For
   * demos and the browser suite, which must not depend on the day or hour they run at. Refused in production.
   */
  APP_CLOCK_START: z.string().datetime({ offset: true }).optional(),
  // Every wait on PostgreSQL is bounded, so a database that stops answering fails requests cleanly (see .env.example).
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(20000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().positive().default(30000),
  DB_KEEPALIVE_MS: int(10000),
  DB_POOL_MAX: z.coerce.number().int().positive().default(10),
  DB_STARTUP_TIMEOUT_MS: z.coerce.number().int().positive().default(60000),
  READYZ_TIMEOUT_MS: z.coerce.number().int().positive().default(1500),
  /** Memory for the shared cache of anonymous catalogue and salon answers (ADR 0022); 0 turns it off. */
  RESPONSE_CACHE_MAX_MB: int(64),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10000),
  CLIENT_DIST_DIR: z.string().optional(),
  /** The web app's server render (client/dist-ssr); past the time limit the plain app shell is sent instead. */
  CLIENT_SSR_DIR: z.string().optional(),
  SERVER_RENDER_TIMEOUT_MS: z.coerce.number().int().positive().default(1000),
  /** Unset: derived from HOST and PORT (see defaultPublicUrl), so links follow the port the server really uses. */
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: z.string().default('false'),
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_TRUSTED_DOCUMENTS: z.enum(['allow', 'only']).default('allow'),
  GRAPHQL_TRUSTED_DOCUMENTS_MANIFEST: z.string().optional(),

  JWT_SECRET: z.string().min(32).default('dev-only-secret-change-me-in-production-0123456789'),
  ACCESS_TOKEN_TTL_SECONDS: int(900),
  REFRESH_TOKEN_TTL_DAYS: int(30),
  REFRESH_REUSE_GRACE_SECONDS: int(30),

  OTP_PROVIDER: z.enum(['console', 'authentica']).default('console'),
  OTP_EXPIRY_MINUTES: int(5),
  OTP_MAX_ATTEMPTS: int(5),
  OTP_MAX_PER_WINDOW: int(5),
  OTP_WINDOW_MINUTES: int(15),
  OTP_RESEND_COOLDOWN_SECONDS: int(60),
  PHONE_AUTH_RISK_WINDOW_MINUTES: int(15),
  PHONE_AUTH_IP_MAX_PER_WINDOW: int(20),
  PHONE_AUTH_DEVICE_MAX_PER_WINDOW: int(20),
  AUTHENTICA_BASE_URL: z.string().url().default('https://api.authentica.sa'),
  AUTHENTICA_API_KEY: z.string().optional(),
  AUTHENTICA_TIMEOUT_SECONDS: z.coerce.number().positive().default(10),
  AUTHENTICA_SENDER_NAME: z.string().optional(),

  PAYMENTS_ENABLED: bool.default(true),
  MOYASAR_SECRET_KEY: z.string().optional(),
  MOYASAR_PUBLISHABLE_KEY: z.string().optional(),
  MOYASAR_WEBHOOK_SECRET: z.string().optional(),
  MOYASAR_BASE_URL: z.string().url().optional(),
  MOYASAR_TIMEOUT_SECONDS: z.coerce.number().positive().default(10),
  PAYMENT_RECONCILE_AFTER_MINUTES: int(15),
  /** How long a card authorisation can still be captured (7 days in Moyasar's older docs, 14 for mada in newer). */
  FEE_AUTHORISATION_VALID_DAYS: z.coerce.number().int().positive().default(7),
  /** Apple Pay on the web (docs/payments.md): all five or none; the certificate is the Merchant Identity one. */
  APPLE_PAY_MERCHANT_ID: z.string().optional(),
  APPLE_PAY_DISPLAY_NAME: z.string().optional(),
  APPLE_PAY_DOMAIN: z.string().optional(),
  APPLE_PAY_CERT_PATH: z.string().optional(),
  APPLE_PAY_KEY_PATH: z.string().optional(),
  /** Tests only (refused in production): more hosts a validation URL may name, and a CA to trust for them. */
  APPLE_PAY_EXTRA_VALIDATION_HOSTS: z.string().optional(),
  APPLE_PAY_VALIDATION_CA_PATH: z.string().optional(),

  SLOT_INTERVAL_MINUTES: z.coerce.number().int().positive().default(15),
  BOOKING_HOLD_MINUTES: int(10),
  // How long a waitlist offer holds a freed time for the customer it is offered to (docs/waitlist.md).
  WAITLIST_OFFER_MINUTES: int(10),

  NOTIFICATION_PROVIDER: z.enum(['console', 'authentica']).default('console'),
  NOTIFICATION_CHANNEL: z.enum(['SMS', 'WHATSAPP']).default('SMS'),
  // WhatsApp Business Cloud API (ADR 0019). Enabled: customers who prefer WhatsApp get template messages there.
  WHATSAPP_ENABLED: bool.default(false),
  WHATSAPP_ACCESS_TOKEN: z.string().optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d{1,32}$/, 'digits only').optional(),
  WHATSAPP_APP_SECRET: z.string().optional(),
  WHATSAPP_VERIFY_TOKEN: z.string().optional(),
  /** Unset outside production with no keys: the local stand-in at PUBLIC_URL/whatsapp-sim. */
  WHATSAPP_BASE_URL: z.string().url().optional(),
  WHATSAPP_API_VERSION: z.string().regex(/^v\d+\.\d+$/).default('v21.0'),
  WHATSAPP_TIMEOUT_SECONDS: z.coerce.number().positive().default(10),
  /** A WhatsApp message not reported delivered this long after it was sent is sent again by SMS. */
  WHATSAPP_FALLBACK_AFTER_MINUTES: z.coerce.number().int().positive().default(10),
  NOTIFICATION_MAX_ATTEMPTS: z.coerce.number().int().positive().default(6),
  NOTIFICATION_BACKOFF_SECONDS: z.coerce.number().int().positive().default(30),
  NOTIFICATION_BATCH_SIZE: z.coerce.number().int().positive().default(50),
  NOTIFICATION_CONCURRENCY: z.coerce.number().int().positive().max(8).default(4),
  // How long the audit log keeps an entry (docs/privacy.md); at least 90 days, so a typo cannot empty it.
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(90).default(730),
  // Retention of codes, ended sessions and delivery details (docs/privacy.md); a code must outlive the rate-limit windows.
  OTP_RETENTION_DAYS: z.coerce.number().int().min(1).default(7),
  SESSION_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  DELIVERY_DETAILS_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
  WORKER_INTERVAL_MS: z.coerce.number().int().nonnegative().default(5000),
  WORKER_IN_PROCESS: bool.default(true),

  // Photos (docs/media.md): the local disk under the data folder by default, an S3-compatible bucket when set.
  MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
  MEDIA_DIR: z.string().default('.data/media'),
  MEDIA_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().max(50 * 1024 * 1024).default(10 * 1024 * 1024),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Where browsers fetch the bucket's files (a CDN in front of it, say); defaults to the endpoint and bucket. */
  S3_PUBLIC_URL: z.string().url().optional(),
  S3_TIMEOUT_SECONDS: z.coerce.number().positive().default(15),
});

export type Config = Omit<z.infer<typeof configSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

export class ConfigError extends Error {}

/** The local Moyasar simulator's keys and webhook secret; they are public, so production refuses them. */
export const SIMULATOR_KEYS = ['sk_test_simulator', 'pk_test_simulator', 'whsec_simulator'];

export const WHATSAPP_KEYS = ['WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;

/** The local WhatsApp stand-in's keys (public, so production refuses them). */
export const WHATSAPP_STAND_IN_KEYS: Record<(typeof WHATSAPP_KEYS)[number], string> = {
  WHATSAPP_ACCESS_TOKEN: 'wa_token_stand_in',
  WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
  WHATSAPP_APP_SECRET: 'wa_app_secret_stand_in',
  WHATSAPP_VERIFY_TOKEN: 'wa_verify_stand_in',
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${String(issue.path[0])}: ${issue.message}`);
  }
  const config: Config = { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL ?? defaultPublicUrl(parsed.data.HOST, parsed.data.PORT) };
  if (config.NODE_ENV === 'production' && config.OTP_PROVIDER === 'console') {
    throw new ConfigError('Invalid configuration: OTP_PROVIDER: "console" is not allowed when NODE_ENV=production');
  }
  if (config.OTP_PROVIDER === 'authentica' && !config.AUTHENTICA_API_KEY) {
    throw new ConfigError('Invalid configuration: AUTHENTICA_API_KEY: required when OTP_PROVIDER=authentica');
  }
  if (config.NOTIFICATION_PROVIDER === 'authentica' && (!config.AUTHENTICA_API_KEY || !config.AUTHENTICA_SENDER_NAME)) {
    throw new ConfigError('Invalid configuration: AUTHENTICA_SENDER_NAME: required (with AUTHENTICA_API_KEY) when NOTIFICATION_PROVIDER=authentica');
  }
  if (config.NOTIFICATION_CHANNEL === 'WHATSAPP' && !config.WHATSAPP_ENABLED) {
    throw new ConfigError('Invalid configuration: NOTIFICATION_CHANNEL: WHATSAPP needs WHATSAPP_ENABLED=true');
  }
  if (config.WHATSAPP_ENABLED && (config.NODE_ENV === 'production' || config.WHATSAPP_BASE_URL)) {
    // Closed by default: real WhatsApp (and production always) needs every key; only a local run without a base
    // URL uses the stand-in and its published keys.
    for (const name of WHATSAPP_KEYS) {
      const value = config[name];
      if (!value) throw new ConfigError(`Invalid configuration: ${name}: required when WHATSAPP_ENABLED=true${config.NODE_ENV === 'production' ? ' in production' : ' with WHATSAPP_BASE_URL'}`);
      if (config.NODE_ENV === 'production' && Object.values(WHATSAPP_STAND_IN_KEYS).includes(value)) {
        throw new ConfigError(`Invalid configuration: ${name}: the local stand-in's value is not allowed in production`);
      }
    }
  }
  if (config.NODE_ENV === 'production' && config.PAYMENTS_ENABLED) {
    // Closed by default: production never falls back to the simulator or its published keys and secret.
    for (const name of ['MOYASAR_SECRET_KEY', 'MOYASAR_PUBLISHABLE_KEY', 'MOYASAR_WEBHOOK_SECRET'] as const) {
      const value = config[name];
      if (!value) throw new ConfigError(`Invalid configuration: ${name}: required in production (or set PAYMENTS_ENABLED=false to take no online payments)`);
      if (SIMULATOR_KEYS.includes(value)) throw new ConfigError(`Invalid configuration: ${name}: the simulator's value is not allowed in production`);
    }
  }
  checkApplePay(config);
  if (config.MEDIA_STORAGE === 's3') {
    // Closed by default: a bucket that is half configured is a start-up error, never a silent fall back to the disk.
    for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!config[name]) throw new ConfigError(`Invalid configuration: ${name}: required when MEDIA_STORAGE=s3`);
    }
  }
  if (config.NODE_ENV === 'production' && config.APP_CLOCK_START) {
    throw new ConfigError('Invalid configuration: APP_CLOCK_START: a moved clock is not allowed when NODE_ENV=production');
  }
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === configSchema.shape.JWT_SECRET.parse(undefined)) {
    throw new ConfigError('Invalid configuration: JWT_SECRET: set a secret of your own in production');
  }
  return config;
}

export const APPLE_PAY_KEYS = ['APPLE_PAY_MERCHANT_ID', 'APPLE_PAY_DISPLAY_NAME', 'APPLE_PAY_DOMAIN', 'APPLE_PAY_CERT_PATH', 'APPLE_PAY_KEY_PATH'] as const;

/**
 * Closed by default: Apple Pay is offered only when it is configured whole. A half configuration (a merchant id
 * without its certificate, say) or a certificate file that cannot be read is a start-up error, never a button that
 * fails in the customer's hand; the test-only hosts and CA are refused in production.
 */
function checkApplePay(config: Config) {
  const set = APPLE_PAY_KEYS.filter((name) => config[name]);
  if (set.length > 0 && set.length < APPLE_PAY_KEYS.length) {
    const missing = APPLE_PAY_KEYS.find((name) => !config[name])!;
    throw new ConfigError(`Invalid configuration: ${missing}: required with ${set.join(', ')} (Apple Pay is configured whole or not at all)`);
  }
  for (const name of ['APPLE_PAY_CERT_PATH', 'APPLE_PAY_KEY_PATH', 'APPLE_PAY_VALIDATION_CA_PATH'] as const) {
    const file = config[name];
    if (file && !fs.existsSync(file)) throw new ConfigError(`Invalid configuration: ${name}: no file at ${file}`);
  }
  if (config.NODE_ENV === 'production') {
    for (const name of ['APPLE_PAY_EXTRA_VALIDATION_HOSTS', 'APPLE_PAY_VALIDATION_CA_PATH'] as const) {
      if (config[name]) throw new ConfigError(`Invalid configuration: ${name}: for tests only, not allowed when NODE_ENV=production`);
    }
  }
}

/** Where this server is reached when PUBLIC_URL is not set: a wildcard interface is reached at localhost. */
export function defaultPublicUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
