import type { MikroORM } from '@mikro-orm/core';
import type { Config } from './config';
import type { Logger } from './logger';
import type { OtpProvider } from './modules/accounts/otp-providers/otp-provider';
import type { NotificationProvider } from './modules/notifications/notification-providers';
import type { BookingPaymentHooks } from './modules/bookings/payment-hooks';
import { MoyasarClient } from './modules/payments/moyasar-client';
import { moyasarSettings } from './modules/payments/settings';
import { createPaymentHooks } from './modules/payments/booking-hooks';
import { createOtpProvider } from './modules/accounts/otp-providers';
import { createNotificationProvider, createWhatsAppClient } from './modules/notifications';
import type { WhatsAppCloudClient } from './modules/notifications/whatsapp/cloud-api';
import { ormClock } from './db/clock';
import { createMediaStorage, type MediaStorage } from './modules/media/storage';

/**
 * Long-lived collaborators shared by all requests: configuration, logging, the ORM and the clock.
 * Modules hang their providers (SMS, payments) here so tests can swap them for fakes on 127.0.0.1.
 */
export interface AppServices {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  /**
   * The current time, the ONLY clock that rules read (expiry, windows, due times, stored timestamps); SQL takes
   * it as a parameter instead of calling `now()`. It is the clock the ORM was created with. Tests move it.
   */
  now(): Date;
  /** Sends (and for some providers checks) one-time codes. */
  otpProvider: OtpProvider;
  /** Sends booking messages by SMS (separate from the code provider), and WhatsApp's fallback. */
  notificationProvider: NotificationProvider;
  /** Sends booking messages as WhatsApp templates; null when WhatsApp is off. */
  whatsapp: WhatsAppCloudClient | null;
  /** Refunds, captures and voids that follow booking status changes (the payments module; see payment-hooks.ts). */
  bookingPaymentHooks: BookingPaymentHooks;
  /** Moyasar's API (or the local simulator standing in for it). */
  moyasar: MoyasarClient;
  /** Where photo files are stored: the local disk or an S3-compatible bucket (docs/media.md). */
  media: MediaStorage;
}

/** The real collaborators for a configuration. The server and the standalone worker both start from these. */
export function createAppServices(config: Config, logger: Logger, orm: MikroORM): AppServices {
  return {
    config,
    logger,
    orm,
    now: ormClock(orm),
    otpProvider: createOtpProvider(config, logger),
    notificationProvider: createNotificationProvider(config, logger),
    whatsapp: createWhatsAppClient(config),
    bookingPaymentHooks: createPaymentHooks({ feeAuthorisationValidDays: config.FEE_AUTHORISATION_VALID_DAYS }),
    moyasar: new MoyasarClient({ ...moyasarSettings(config), timeoutSeconds: config.MOYASAR_TIMEOUT_SECONDS }),
    media: createMediaStorage(config, ormClock(orm)),
  };
}
