import { WHATSAPP_STAND_IN_KEYS, type Config } from '../../../config';

export interface WhatsAppSettings {
  baseUrl: string;
  version: string;
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  /** True when the local stand-in at /whatsapp-sim plays Meta (never in production). */
  standIn: boolean;
}

/**
 * Null when WhatsApp is off. Without WHATSAPP_BASE_URL outside production, the local stand-in with its public keys,
 * so the demo sends WhatsApp messages offline; production never falls back (config.ts refuses to start without keys).
 */
export function whatsAppSettings(config: Config): WhatsAppSettings | null {
  if (!config.WHATSAPP_ENABLED) return null;
  const standIn = config.NODE_ENV !== 'production' && !config.WHATSAPP_BASE_URL;
  const key = (name: keyof typeof WHATSAPP_STAND_IN_KEYS) => config[name] ?? (standIn ? WHATSAPP_STAND_IN_KEYS[name] : '');
  return {
    standIn,
    baseUrl: config.WHATSAPP_BASE_URL ?? (standIn ? `${config.PUBLIC_URL}/whatsapp-sim` : 'https://graph.facebook.com'),
    version: config.WHATSAPP_API_VERSION,
    accessToken: key('WHATSAPP_ACCESS_TOKEN'),
    phoneNumberId: key('WHATSAPP_PHONE_NUMBER_ID'),
    appSecret: key('WHATSAPP_APP_SECRET'),
    verifyToken: key('WHATSAPP_VERIFY_TOKEN'),
  };
}
