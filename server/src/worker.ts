import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { openDatabase } from './db/database';
import { createOrm, pendingMigrations } from './db/orm';
import { startJobLoop } from './jobs';
import { createOtpProvider } from './modules/accounts/otp-providers';
import { createNotificationProvider } from './modules/notifications';
import { noPaymentHooks } from './modules/bookings/payment-hooks';
import type { AppServices } from './app-services';

/**
 * `npm run worker`: the background jobs (notification delivery, hold expiry) on their own, next to any number of
 * servers. It never migrates: the server does that, and the worker waits for it.
 */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  const orm = await createOrm(db.url, logger);
  if ((await pendingMigrations(orm)) > 0) {
    logger.fatal({ event: 'worker.migrations_pending' }, 'The database has pending migrations; start the server (or npm run db:migrate) first');
    process.exit(1);
  }
  const app: AppServices = {
    config, logger, orm, now: () => new Date(),
    otpProvider: createOtpProvider(config, logger),
    notificationProvider: createNotificationProvider(config, logger),
    bookingPaymentHooks: noPaymentHooks,
  };
  const loop = startJobLoop(app, config.WORKER_INTERVAL_MS || 5000);
  logger.info({ event: 'worker.ready' }, 'Worker running');
  const stop = async () => {
    await loop.stop();
    await orm.close(true);
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
