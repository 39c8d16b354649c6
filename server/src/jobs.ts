import type { AppServices } from './app-services';
import { sweepLapsedHolds } from './modules/bookings/holds';
import { deliverDue } from './modules/notifications/worker';
import { fallBackUndelivered } from './modules/notifications/fallback';
import { reconcileStalePayments, runDueOperations } from './modules/payments/operations';
import { purgeExpiredAuditLog } from './modules/audit/purge';
import { purgeExpiredPersonalData } from './modules/privacy/purge';
import { expireLapsedOffers, offerFreedTimes } from './modules/waitlist/offers';

export interface JobRun {
  expiredHolds: number;
  notifications: number;
  /** WhatsApp messages not delivered in time, now going by SMS. */
  whatsappFallbacks: number;
  paymentOperations: number;
  reconciledPayments: number;
  purgedAuditEntries: number;
  purgedCodes: number;
  purgedSessions: number;
  clearedDeliveryDetails: number;
  expiredWaitlistOffers: number;
  waitlistOffers: number;
}

/** One pass of the background work. Safe to run in several processes at once (row locks, SKIP LOCKED). */
export async function runJobsOnce(app: AppServices): Promise<JobRun> {
  const expiredHolds = await sweepLapsedHolds(app);
  // Lapsed offers pass on before new ones go out, and both before delivery, so an offer's message leaves in the same pass.
  const expiredWaitlistOffers = await expireLapsedOffers(app);
  const waitlistOffers = await offerFreedTimes(app);
  const whatsappFallbacks = app.whatsapp ? await fallBackUndelivered(app) : 0;
  const notifications = await deliverDue(app);
  const paymentOperations = await runDueOperations(app);
  const reconciledPayments = await reconcileStalePayments(app);
  const purgedAuditEntries = await purgeExpiredAuditLog(app);
  const purged = await purgeExpiredPersonalData(app);
  return {
    expiredHolds, notifications, whatsappFallbacks, paymentOperations, reconciledPayments, purgedAuditEntries,
    purgedCodes: purged.codes, purgedSessions: purged.sessions, clearedDeliveryDetails: purged.deliveryDetails, expiredWaitlistOffers, waitlistOffers,
  };
}

/** Runs the jobs every `intervalMs` until stopped; a pass never overlaps the previous one. */
export function startJobLoop(app: AppServices, intervalMs: number): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = runJobsOnce(app)
      .then((run) => {
        if (Object.values(run).some(Boolean)) app.logger.info({ event: 'jobs.ran', ...run }, 'Background jobs ran');
      })
      .catch((err) => app.logger.error({ event: 'jobs.failed', err }, 'Background jobs failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
