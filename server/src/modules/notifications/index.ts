import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { WhatsAppCloudClient } from './whatsapp/cloud-api';
import { whatsAppSettings } from './whatsapp/settings';
import { AuthenticaNotificationProvider, ConsoleNotificationProvider, type NotificationProvider } from './notification-providers';

export function createNotificationProvider(config: Config, logger: Logger): NotificationProvider {
  switch (config.NOTIFICATION_PROVIDER) {
    case 'authentica':
      return new AuthenticaNotificationProvider({
        baseUrl: config.AUTHENTICA_BASE_URL, apiKey: config.AUTHENTICA_API_KEY ?? '', senderName: config.AUTHENTICA_SENDER_NAME ?? '',
        timeoutSeconds: config.AUTHENTICA_TIMEOUT_SECONDS,
      });
    case 'console':
      return new ConsoleNotificationProvider(logger);
  }
}

/** The WhatsApp Cloud API client, or null when WhatsApp is off (messages for WhatsApp then go by SMS). */
export function createWhatsAppClient(config: Config): WhatsAppCloudClient | null {
  const settings = whatsAppSettings(config);
  return settings ? new WhatsAppCloudClient({ ...settings, timeoutSeconds: config.WHATSAPP_TIMEOUT_SECONDS }) : null;
}
