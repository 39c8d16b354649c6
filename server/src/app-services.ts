import type { MikroORM } from '@mikro-orm/core';
import type { Config } from './config';
import type { Logger } from './logger';
import type { OtpProvider } from './modules/accounts/otp-providers/otp-provider';

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
}
