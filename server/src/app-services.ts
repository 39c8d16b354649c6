import type { MikroORM } from '@mikro-orm/core';
import type { Config } from './config';
import type { Logger } from './logger';
import type { OtpProvider } from './modules/accounts/otp-providers/otp-provider';
import type { NotificationProvider } from './modules/notifications/notification-providers';
import type { BookingPaymentHooks } from './modules/bookings/payment-hooks';

/**
 * Long-lived collaborators shared by all requests: configuration, logging, the ORM and the clock.
 * Modules hang their providers (SMS, payments) here so tests can swap them for fakes on 127.0.0.1.
 */
export interface AppServices {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  /** The current time; tests move it instead of sleeping. */
  now(): Date;
  /** Sends (and for some providers checks) one-time codes. */
  otpProvider: OtpProvider;
  /** Sends booking messages by SMS or WhatsApp (separate from the code provider). */
  notificationProvider: NotificationProvider;
  /** Refunds, captures and voids that follow booking changes (the payments module). */
  bookingPaymentHooks: BookingPaymentHooks;
}
