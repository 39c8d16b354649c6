import type { Config } from '../../config';

export interface MoyasarSettings {
  baseUrl: string;
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  callbackUrl: string;
  /** True when no Moyasar key is configured and the local simulator at /moyasar-sim stands in. */
  simulated: boolean;
}

/** Real Moyasar when MOYASAR_SECRET_KEY is set; otherwise the local simulator, so the demo pays offline. */
export function moyasarSettings(config: Config): MoyasarSettings {
  const simulated = !config.MOYASAR_SECRET_KEY;
  return {
    simulated,
    baseUrl: config.MOYASAR_BASE_URL ?? (simulated ? `${config.PUBLIC_URL}/moyasar-sim` : 'https://api.moyasar.com'),
    secretKey: config.MOYASAR_SECRET_KEY ?? 'sk_test_simulator',
    publishableKey: config.MOYASAR_PUBLISHABLE_KEY ?? 'pk_test_simulator',
    webhookSecret: config.MOYASAR_WEBHOOK_SECRET ?? (simulated ? 'whsec_simulator' : ''),
    callbackUrl: `${config.PUBLIC_URL}/payments/moyasar/callback`,
  };
}
