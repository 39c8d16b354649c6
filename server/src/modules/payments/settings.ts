import { SIMULATOR_KEYS, type Config } from '../../config';

export interface MoyasarSettings {
  baseUrl: string;
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  callbackUrl: string;
  /** True when the local simulator at /moyasar-sim stands in for Moyasar (never in production). */
  simulated: boolean;
}

const [SIM_SECRET_KEY, SIM_PUBLISHABLE_KEY, SIM_WEBHOOK_SECRET] = SIMULATOR_KEYS;

/**
 * Real Moyasar when MOYASAR_SECRET_KEY is set. Without it, outside production, the local simulator, so the demo
 * pays offline. Production never falls back (config.ts refuses to start without keys unless PAYMENTS_ENABLED is
 * false); with payments off nothing is simulated and the empty webhook secret accepts no webhook.
 */
export function moyasarSettings(config: Config): MoyasarSettings {
  const simulated = config.PAYMENTS_ENABLED && config.NODE_ENV !== 'production' && !config.MOYASAR_SECRET_KEY;
  return {
    simulated,
    baseUrl: config.MOYASAR_BASE_URL ?? (simulated ? `${config.PUBLIC_URL}/moyasar-sim` : 'https://api.moyasar.com'),
    secretKey: config.MOYASAR_SECRET_KEY ?? (simulated ? SIM_SECRET_KEY : ''),
    publishableKey: config.MOYASAR_PUBLISHABLE_KEY ?? (simulated ? SIM_PUBLISHABLE_KEY : ''),
    webhookSecret: config.MOYASAR_WEBHOOK_SECRET ?? (simulated ? SIM_WEBHOOK_SECRET : ''),
    callbackUrl: `${config.PUBLIC_URL}/payments/moyasar/callback`,
  };
}
