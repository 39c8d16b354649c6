import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../app-services';
import { execute, uuidArray } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { localDate, offeredVisit } from '../availability/slots';
import { enqueue, scheduleReminders } from '../notifications/outbox';
import { NotificationEvent } from '../notifications/notification.entity';
import { Booking, BookingStatus } from './booking.entity';
import { visitSchedule, visitUnavailable, withinReach } from './book-visit';
import { expireLapsedHolds } from './holds';
import { invalidTransition, recordEvent } from './lifecycle';
import { assertBeforeCutoff, audience, lockWithVisit, parties, SALON_MOVE, type Actor } from './manage-booking';
import { assertCustomerFree, mapConstraintViolation } from './slot-guard';
import { lockStaff } from './staff-lock';
import { Visit } from './visit.entity';
import './bookings.messages';

const MINUTE = 60_000;
const VISIT_FIELD = ['input', 'visitId'];

const RescheduleVisitSchema = z.object({ visitId: z.string().uuid(), startsAt: z.date().refine((d) => !Number.isNaN(d.getTime())) });
export type RescheduleVisitRequest = z.input<typeof RescheduleVisitSchema>;

/**
 * Moves a whole visit to a new start: each part keeps its service and stylist and lands where `availableVisitStarts`
 * would lay it out for that start (the visit's own parts do not count as busy). Stylists are locked in id order, as
 * bookVisit does, then the parts, lead first, as every visit-wide change does; all parts move or none. Moving to the
 * visit's current start changes nothing. Customers may move it until the cut-off, the salon any time.
 */
export async function rescheduleVisit(app: AppServices, em: EntityManager, request: RescheduleVisitRequest, actor: Actor): Promise<Visit> {
  const parsed = RescheduleVisitSchema.safeParse(request);
  if (!parsed.success) {
    throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.invalidVisitMove', ['input', String(parsed.error.issues[0].path[0] ?? 'visitId')]);
  }
  const { visitId, startsAt } = parsed.data;
  try {
    return await em.transactional(async (tx) => {
      const visit = await tx.findOne(Visit, { id: visitId }, { populate: ['salon'] });
      const rows = await execute<{ id: string; staff_id: string }>(tx, 'select id, staff_id from bookings where visit_id = ? order by visit_position', [visitId]);
      if (!visit || rows.length === 0) throw new BusinessError(UserErrorCode.NOT_FOUND, 'bookings.notFound', VISIT_FIELD);
      // In id order (a uuid's order is its text's), as bookVisit locks them, so no two changes wait in a cycle. A
      // visit's parts keep their stylists, so those read here before the locks are still theirs under them.
      const staffIds = [...new Set(rows.map((r) => r.staff_id))].sort();
      for (const id of staffIds) await lockStaff(tx, id);
      // A lapsed hold still counts for the overlap constraint until it is written EXPIRED.
      for (const id of staffIds) await expireLapsedHolds(app, tx, { staffId: id });
      const { parts } = await lockWithVisit(app, tx, { bookingId: rows[0].id });
      const lead = parts[0];
      // Every part must still hold its time: a visit with a part completed or missed is no longer moved as a whole.
      const settled = parts.find((p) => ![BookingStatus.PENDING, BookingStatus.CONFIRMED].includes(p.status));
      if (settled) throw invalidTransition(settled.status, VISIT_FIELD);
      if (lead.startsAt.getTime() === startsAt.getTime()) return visit;
      assertBeforeCutoff(app, lead, actor, VISIT_FIELD);

      const date = localDate(startsAt, visit.salon.timeZone);
      if (!withinReach(visit.salon, date, app.now())) throw visitUnavailable();
      const ids = parts.map((p) => p.id);
      const day = await visitSchedule(tx, app, {
        services: parts.map((p) => p.service), salon: visit.salon, parts: parts.map((p) => ({ serviceId: p.service.id, staffId: p.staff.id })),
        from: date, to: date, excludeBookingIds: ids,
      });
      const { rules, parts: layout } = day(date);
      // The salon moves knowingly (no notice, no horizon, off the grid), as with rescheduleBooking; a customer gets the online rules.
      const slot = offeredVisit(actor.role === 'customer' ? rules : { ...rules, ...SALON_MOVE }, layout, startsAt);
      if (!slot) throw visitUnavailable();
      await assertCustomerFree(app, tx, lead.customer.id, slot.startsAt, slot.endsAt, ids);

      await park(tx, ids);
      const now = app.now();
      for (const [i, part] of parts.entries()) {
        const placed = slot.parts[i];
        part.startsAt = placed.startsAt;
        part.endsAt = placed.endsAt;
        part.blockedUntil = new Date(placed.endsAt.getTime() + part.service.bufferAfterMinutes * MINUTE);
      }
      const moved = parts.map((part, i) => recordEvent(tx, part, part.status, part.status, actor.userId, `rescheduled with its visit (part ${i + 1})`));
      await tx.flush();
      await notifyVisitMoved(app, tx, parts, moved.map((e) => e.id), now);
      return visit;
    });
  } catch (err) {
    throw mapConstraintViolation(err) ?? err;
  }
}

/**
 * Takes the visit's rows out of the way (a thousand years on, keeping their own spacing) before they are written at
 * their new times: PostgreSQL checks the overlap constraints row by row, and a part's new time may cover another
 * part's old one. Nobody else sees this: the rows are locked and the transaction commits them at their new times.
 */
async function park(tx: EntityManager, ids: string[]): Promise<void> {
  await execute(
    tx,
    `update bookings set starts_at = starts_at + interval '1000 years', ends_at = ends_at + interval '1000 years', blocked_until = blocked_until + interval '1000 years'
      where id = any(?::uuid[])`,
    [uuidArray(ids)],
  );
}

/** The customer hears of the new time once, through the first part (which also carries the reminders); each stylist of their own part. */
async function notifyVisitMoved(app: AppServices, tx: EntityManager, parts: Booking[], eventIds: string[], now: Date): Promise<void> {
  const channel = app.config.NOTIFICATION_CHANNEL;
  for (const [i, part] of parts.entries()) {
    const recipients = audience(part);
    await enqueue(tx, parties(part), NotificationEvent.RESCHEDULED, channel, now, eventIds[i], i === 0 ? recipients : recipients === 'both' ? 'staff' : 'none');
    if (i === 0 && part.status === BookingStatus.CONFIRMED) await scheduleReminders(tx, parties(part), channel, now);
  }
}
