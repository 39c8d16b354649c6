import DataLoader from 'dataloader';
import type { Request } from 'express';
import type { AppContext } from '../../graphql/context';
import { AuditAction, recordAudit } from './audit-log';
import { auditOrigin } from './audit-origin';

export interface PhoneRead {
  bookingId: string;
  salonId: string;
  customerId: string;
}

// One batch per request (keyed by the request, which every copy of its context shares): a calendar showing forty
// bookings writes its forty entries in one INSERT, and a booking read twice in one request is logged once.
const batches = new WeakMap<Request, DataLoader<PhoneRead, true, string>>();

/**
 * Records that the salon side read a customer's phone number, before the number is returned: if the entry cannot
 * be written, the number is not shown.
 */
export function logPhoneRead(ctx: AppContext, read: PhoneRead): Promise<true> {
  let loader = batches.get(ctx.req);
  if (!loader) {
    loader = new DataLoader<PhoneRead, true, string>(async (reads) => {
      const entries = reads.map((r) => ({ action: AuditAction.PHONE_READ, salonId: r.salonId, subjectUserId: r.customerId, targetType: 'BOOKING', targetId: r.bookingId }));
      await recordAudit(ctx.em, ctx.app.now(), auditOrigin(ctx), entries);
      return reads.map(() => true as const);
    }, { cacheKeyFn: (r) => r.bookingId });
    batches.set(ctx.req, loader);
  }
  return loader.load(read);
}
