import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute, uuidArray } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { loadSchedule, type ScheduleSnapshot } from '../availability/schedule-loader';
import { localDate, offeredVisit, type VisitPart, type VisitRules, type VisitSlot } from '../availability/slots';
import { User } from '../accounts/user.entity';
import { addDays } from '../hours/day-plan';
import type { Salon } from '../catalog/salon.entity';
import { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { enqueue, enqueueFor, scheduleReminders } from '../notifications/outbox';
import { NotificationEvent } from '../notifications/notification.entity';
import { Booking, BookingChannel, BookingStatus } from './booking.entity';
import { assertKey, type Booker } from './create-booking';
import { expireLapsedHolds } from './holds';
import { recordEvent } from './lifecycle';
import { assertCustomerFree, mapConstraintViolation, UNIQUE_VIOLATION, violates, type SlotOverrides } from './slot-guard';
import { lockStaff } from './staff-lock';
import { Visit } from './visit.entity';
import './bookings.messages';

/** A visit has at most this many services: enough for a bride's morning, small enough to search every assignment. */
export const MAX_VISIT_PARTS = 5;

export interface VisitPartInput {
  serviceId: string;
  /** One stylist who offers the service; null or absent for anyone. */
  staffId?: string | null;
}

export interface BookVisitInput {
  parts: VisitPartInput[];
  startsAt: Date;
  notes?: string | null;
  idempotencyKey: string;
  acceptTerms?: boolean | null;
}

const MINUTE = 60_000;
/** The whole sequence does not fit at the start asked for (booking a visit, or moving one). */
export const visitUnavailable = () => new BusinessError(UserErrorCode.SLOT_UNAVAILABLE, 'bookings.visitUnavailable', ['input', 'startsAt']);

function fingerprint(input: BookVisitInput): string {
  const canonical = JSON.stringify([input.parts.map((p) => [p.serviceId, p.staffId ?? null]), input.startsAt.toISOString(), (input.notes ?? '').trim()]);
  return createHash('sha256').update(canonical).digest('hex');
}

export async function replayVisit(em: EntityManager, customerId: string, input: BookVisitInput): Promise<Visit | null> {
  const existing = await em.findOne(Visit, { customer: customerId, idempotencyKey: input.idempotencyKey });
  if (!existing) return null;
  if (existing.requestFingerprint !== fingerprint(input)) {
    throw new BusinessError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'bookings.idempotencyKeyReused', ['input', 'idempotencyKey']);
  }
  return existing;
}

/** The services of a visit, in order: each active, all at one active salon (the one named, when one is). */
export async function visitServices(em: EntityManager, parts: VisitPartInput[], salonId?: string): Promise<{ services: Service[]; salon: Salon }> {
  if (parts.length === 0 || parts.length > MAX_VISIT_PARTS) {
    throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.visitSize', ['input', 'parts'], { max: MAX_VISIT_PARTS });
  }
  const ids = parts.map((p) => p.serviceId);
  // Malformed ids never reach SQL; the error names the first part that is not bookable.
  const valid = [...new Set(ids.filter(isUuid))];
  const found = valid.length ? await em.find(Service, { id: { $in: valid } }, { populate: ['salon'] }) : [];
  const services = ids.map((id) => found.find((s) => s.id === id));
  const salon = services[0]?.salon;
  const bad = services.findIndex((s) => !s || !s.isActive || !s.salon.isActive || s.salon.id !== (salonId ?? salon!.id));
  if (bad >= 0) throw new BusinessError(UserErrorCode.SERVICE_UNAVAILABLE, 'bookings.serviceUnavailable', ['input', 'parts', String(bad), 'serviceId']);
  parts.forEach((p, i) => {
    if (p.staffId && !isUuid(p.staffId)) throw new BusinessError(UserErrorCode.STAFF_UNAVAILABLE, 'bookings.staffUnavailable', ['input', 'parts', String(i), 'staffId']);
  });
  return { services: services as Service[], salon: salon! };
}

/**
 * Whether a salon-local date can hold a start at all: from yesterday (a night running on) to the booking horizon.
 * Dates beyond are answered without reading, which also keeps absurd dates (year 9999) away from SQL. The salon's
 * own horizon override (the front desk's ten years) widens the reach the same way.
 */
export function withinReach(salon: Salon, date: string, now: Date, overrides?: SlotOverrides): boolean {
  const today = localDate(now, salon.timeZone);
  return date >= addDays(today, -1) && date <= addDays(today, (overrides?.bookingHorizonDays ?? salon.bookingHorizonDays) + 1);
}

/**
 * The sequence calculation's inputs for a visit over a date range, read with the same loader as single bookings (one
 * schedule per part: who offers the service, their hours and everything busy), in a fixed number of queries per part.
 */
export async function visitSchedule(
  em: EntityManager,
  app: AppServices,
  q: { services: Service[]; salon: Salon; parts: VisitPartInput[]; from: string; to: string; excludeBookingIds?: string[] },
): Promise<(date: string) => { rules: VisitRules; parts: VisitPart[] }> {
  const now = app.now();
  const schedules: ScheduleSnapshot[] = [];
  for (const [i, service] of q.services.entries()) {
    schedules.push(await loadSchedule(em, {
      service, salon: q.salon, staffId: q.parts[i].staffId ?? null, from: q.from, to: q.to, now, slotIntervalMinutes: app.config.SLOT_INTERVAL_MINUTES,
      excludeBookingIds: q.excludeBookingIds,
    }));
  }
  return (date) => {
    const days = schedules.map((schedule) => schedule.day(date));
    // The date's rules (notice, horizon, closure, opening hours) are the salon's, whichever service reads them.
    return { rules: days[0].rules, parts: days.map((day, i) => ({ durationMinutes: q.services[i].durationMinutes, bufferAfterMinutes: q.services[i].bufferAfterMinutes, staff: day.staff })) };
  };
}

/**
 * Books a visit for a phone-verified customer (see `placeVisit`). Replaying the same key with the same input returns
 * the same visit; the same key with anything else is refused.
 */
export async function bookVisit(app: AppServices, em: EntityManager, customerId: string, input: BookVisitInput): Promise<Visit> {
  assertKey(input);
  const customer = await em.findOneOrFail(User, { id: customerId });
  if (!customer.isPhoneVerified) throw new BusinessError(UserErrorCode.PHONE_NOT_VERIFIED, 'bookings.phoneNotVerified', null);
  const earlier = await replayVisit(em, customerId, input);
  if (earlier) return earlier;
  return placeVisit(app, em, { customer: async () => customerId, createdBy: customerId, channel: BookingChannel.ONLINE }, input);
}

/**
 * The one way a visit is made, online or at the front desk: every part in one transaction, under the locks of every
 * stylist who could take a part (in id order, so two visits never deadlock), checked by the same sequence
 * calculation that `availableVisitStarts` answers with (with the salon's overrides of notice and horizon, if any,
 * never of what is busy), and guarded by the exclusion constraints: all parts or none. One price (the sum), one set
 * of payment terms on the first part, computed on that sum; online, a hold for payment covers every part.
 */
export async function placeVisit(app: AppServices, em: EntityManager, who: Booker, input: BookVisitInput, salonId?: string): Promise<Visit> {
  const { services, salon } = await visitServices(em, input.parts, salonId);
  const date = localDate(input.startsAt, salon.timeZone);
  if (!withinReach(salon, date, app.now(), who.overrides)) throw visitUnavailable();
  const online = who.channel === BookingChannel.ONLINE;
  let customerId: string | null = null;

  try {
    return await em.transactional(async (tx) => {
      customerId = await who.customer(tx);
      // Who could take a part, read before the locks; the check below reads again under them.
      const candidates = await execute<{ id: string }>(
        tx,
        `select distinct sm.id from staff_members sm join staff_member_services ss on ss.staff_member_id = sm.id
          where sm.salon_id = ? and sm.is_active and ss.service_id = any(?::uuid[]) order by sm.id`,
        [salon.id, uuidArray(services.map((s) => s.id))],
      );
      const chosen = new Set(input.parts.map((p) => p.staffId).filter(Boolean));
      const lockIds = candidates.map((c) => c.id).filter((id) => chosen.size === 0 || chosen.has(id) || input.parts.some((p) => !p.staffId));
      for (const id of lockIds) await lockStaff(tx, id);
      const twin = await replayVisit(tx, customerId, input);
      if (twin) return twin;
      for (const id of lockIds) await expireLapsedHolds(app, tx, { staffId: id });

      const { rules, parts } = (await visitSchedule(tx, app, { services, salon, parts: input.parts, from: date, to: date }))(date);
      input.parts.forEach((p, i) => {
        if (p.staffId && parts[i].staff.length === 0) throw new BusinessError(UserErrorCode.STAFF_UNAVAILABLE, 'bookings.staffUnavailable', ['input', 'parts', String(i), 'staffId']);
      });
      const slot: VisitSlot | null = offeredVisit({ ...rules, ...who.overrides }, parts, input.startsAt);
      if (!slot) throw visitUnavailable();
      await assertCustomerFree(app, tx, customerId, slot.startsAt, slot.endsAt);

      const now = app.now();
      const total = services.reduce((sum, s) => sum + s.priceHalalas, 0);
      const termsAccepted = input.acceptTerms === true;
      // The salon's policy for the first service (its own override, else the salon's) applies to the visit's total.
      const leadTerms = await app.bookingPaymentHooks.prepare(tx, { salonId: salon.id, serviceId: services[0].id, priceHalalas: total, online, termsAccepted, startsAt: slot.parts[0].startsAt, at: now });
      const hold = leadTerms.holdForPayment;
      if (hold && !app.config.PAYMENTS_ENABLED) throw new BusinessError(UserErrorCode.ONLINE_PAYMENT_UNAVAILABLE, 'bookings.prepaymentUnavailable', ['input', 'parts']);
      // The front desk takes payment at the counter and confirms, as for a single booking.
      const status = hold || (online && !salon.autoConfirm) ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
      const holdExpiresAt = hold ? new Date(now.getTime() + app.config.BOOKING_HOLD_MINUTES * MINUTE) : null;

      const visit = tx.create(Visit, {
        salon, customer: customerId, totalHalalas: total, currency: services[0].currency, idempotencyKey: input.idempotencyKey, requestFingerprint: fingerprint(input),
      });
      const staffRows = await tx.find(StaffMember, { id: { $in: slot.parts.map((p) => p.staffId) } }, { populate: ['user'] });
      const notes = (input.notes ?? '').trim().slice(0, 1000);
      const how = online ? '' : ` at the front desk (${who.channel})`;
      const created: { booking: Booking; staff: StaffMember; eventId: string }[] = [];
      for (const [i, placed] of slot.parts.entries()) {
        const service = services[i];
        const staff = staffRows.find((s) => s.id === placed.staffId)!;
        const booking = tx.create(Booking, {
          salon, service, staff, customer: customerId, visit, visitPosition: i,
          startsAt: placed.startsAt, endsAt: placed.endsAt, blockedUntil: new Date(placed.endsAt.getTime() + service.bufferAfterMinutes * MINUTE),
          priceHalalas: service.priceHalalas, currency: service.currency, status, holdExpiresAt,
          notes, idempotencyKey: `visit:${visit.id}:${i}`, requestFingerprint: visit.requestFingerprint,
          channel: who.channel, createdBy: who.createdBy,
        });
        // The lead carries the visit's terms; the other parts owe nothing of their own (terms on a price of 0).
        const terms = i === 0 ? leadTerms : await app.bookingPaymentHooks.prepare(tx, { salonId: salon.id, serviceId: service.id, priceHalalas: 0, online, termsAccepted, startsAt: placed.startsAt, at: now });
        terms.record(tx, booking.id);
        const event = recordEvent(tx, booking, null, status, who.createdBy, hold ? `created as part ${i + 1} of a visit, awaiting payment` : `created as part ${i + 1} of a visit${how}`);
        created.push({ booking, staff, eventId: event.id });
      }
      await tx.flush();
      // A visit that waits for payment is announced once it is paid (confirmPaidBooking).
      if (!hold) await announceVisit(app, tx, created, status, now);
      return visit;
    });
  } catch (err) {
    const mapped = mapConstraintViolation(err);
    if (mapped) throw mapped;
    // Two requests with one key raced: the loser returns the winner's visit.
    if (customerId && violates(err, UNIQUE_VIOLATION, 'visits_customer_id_idempotency_key_unique')) {
      const winner = await replayVisit(app.orm.em.fork() as EntityManager, customerId, input);
      if (winner) return winner;
    }
    throw err;
  }
}

/**
 * The customer hears of the visit once (through its first part, which also carries the reminders); each stylist
 * hears of their own part.
 */
export async function announceVisit(
  app: AppServices,
  tx: EntityManager,
  parts: { booking: Booking; staff: StaffMember; eventId: string }[],
  status: BookingStatus,
  now: Date,
): Promise<void> {
  const channel = app.config.NOTIFICATION_CHANNEL;
  for (const [i, { booking, staff, eventId }] of parts.entries()) {
    if (i === 0) {
      const parties = { bookingId: booking.id, customerId: booking.customer.id, staffUserId: staff.user.id, startsAt: booking.startsAt };
      await enqueue(tx, parties, NotificationEvent.BOOKING_CREATED, channel, now, eventId);
      if (status === BookingStatus.CONFIRMED) await scheduleReminders(tx, parties, channel, now);
    } else {
      await enqueueFor(tx, booking.id, staff.user.id, NotificationEvent.BOOKING_CREATED, channel, now, eventId);
    }
  }
}

/** The parts of a visit, in order. */
export async function visitParts(em: EntityManager, visitId: string): Promise<Booking[]> {
  return em.find(Booking, { visit: visitId }, { orderBy: { visitPosition: 'asc' } });
}
