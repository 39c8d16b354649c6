import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isIsoDate } from '../../graphql/scalars';
import { localDate } from '../availability/slots';
import { daysBetween } from '../hours/day-plan';
import { minutesOf } from '../hours/wall-ranges';
import { User } from '../accounts/user.entity';
import { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { Booking, BookingStatus } from '../bookings/booking.entity';
import { recordEvent, transition } from '../bookings/lifecycle';
import { UNIQUE_VIOLATION, violates } from '../bookings/slot-guard';
import { NotificationEvent } from '../notifications/notification.entity';
import { enqueue, enqueueFor, scheduleReminders } from '../notifications/outbox';
import { PART_OF_DAY_MINUTES, WaitlistEntry, WaitlistEntryStatus, WaitlistOffer, WaitlistOfferStatus, WaitlistPartOfDay } from './waitlist.entity';
import './waitlist.messages';

/** The longest span of dates one entry may wait for. */
export const MAX_WAITLIST_DAYS = 14;
const MINUTE = 60_000;
/** The request fingerprint of an offer's hold once accepted: from then on it is an ordinary booking (or payment hold). */
const ACCEPTED_OFFER_FINGERPRINT = 'waitlist:accepted';

const invalid = (key: string, field: string, params: Record<string, string | number> = {}) => new BusinessError(UserErrorCode.INVALID_INPUT, key, ['input', field], params);

const hhmm = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/);
const JoinSchema = z.object({
  serviceId: z.string().uuid(),
  staffId: z.string().uuid().nullish(),
  dateFrom: z.string().refine(isIsoDate),
  dateTo: z.string().refine(isIsoDate),
  partOfDay: z.nativeEnum(WaitlistPartOfDay).nullish(),
  timeFrom: hhmm.nullish(),
  timeTo: hhmm.nullish(),
});
export type JoinWaitlistRequest = z.input<typeof JoinSchema>;


/**
 * A phone-verified customer joins the waitlist of a service for a span of dates, optionally with one stylist and a
 * part of the day or a time range (which may cross midnight). One live entry per customer and service (a unique
 * index decides a race between two tabs).
 */
export async function joinWaitlist(app: AppServices, em: EntityManager, customerId: string, request: JoinWaitlistRequest): Promise<WaitlistEntry> {
  const parsed = JoinSchema.safeParse(request);
  if (!parsed.success) throw invalid('waitlist.invalidInput', String(parsed.error.issues[0].path[0] ?? 'serviceId'));
  const input = parsed.data;
  const customer = await em.findOneOrFail(User, { id: customerId });
  if (!customer.isPhoneVerified) throw new BusinessError(UserErrorCode.PHONE_NOT_VERIFIED, 'bookings.phoneNotVerified', null);
  const service = await em.findOne(Service, { id: input.serviceId }, { populate: ['salon'] });
  if (!service || !service.isActive || !service.salon.isActive) throw new BusinessError(UserErrorCode.SERVICE_UNAVAILABLE, 'bookings.serviceUnavailable', ['input', 'serviceId']);
  const salon = service.salon;
  if (input.staffId) {
    const staff = await em.findOne(StaffMember, { id: input.staffId, salon: salon.id, isActive: true }, { populate: ['services'] });
    if (!staff || !staff.services.getItems().some((s) => s.id === service.id)) throw new BusinessError(UserErrorCode.STAFF_UNAVAILABLE, 'bookings.staffUnavailable', ['input', 'staffId']);
  }
  const today = localDate(app.now(), salon.timeZone);
  if (input.dateFrom < today) throw invalid('waitlist.datePast', 'dateFrom');
  if (input.dateTo < input.dateFrom) throw invalid('waitlist.datesBackwards', 'dateTo');
  // Counted in days: a date plus days past 9999-12-31 is written +010000-…, which sorts before it as text.
  if (daysBetween(input.dateFrom, input.dateTo) >= MAX_WAITLIST_DAYS) throw invalid('waitlist.rangeTooLong', 'dateTo', { days: MAX_WAITLIST_DAYS });
  if (daysBetween(today, input.dateFrom) > salon.bookingHorizonDays) throw invalid('waitlist.beyondHorizon', 'dateFrom', { days: salon.bookingHorizonDays });
  let window: [number, number] | null = null;
  if (input.partOfDay && (input.timeFrom || input.timeTo)) throw invalid('waitlist.oneTimeChoice', 'timeFrom');
  if (input.partOfDay) window = PART_OF_DAY_MINUTES[input.partOfDay];
  if (input.timeFrom || input.timeTo) {
    if (!input.timeFrom || !input.timeTo) throw invalid('waitlist.timeRangeIncomplete', input.timeFrom ? 'timeTo' : 'timeFrom');
    const from = minutesOf(input.timeFrom) % 1440;
    const to = minutesOf(input.timeTo);
    if (from === to % 1440) throw invalid('waitlist.timeRangeEmpty', 'timeTo');
    window = [from, to === 0 ? 1440 : to];
  }
  try {
    return await em.transactional(async (tx) => {
      const live = await tx.count(WaitlistEntry, { customer: customerId, service: service.id, status: { $in: [WaitlistEntryStatus.WAITING, WaitlistEntryStatus.OFFERED] } });
      if (live > 0) throw alreadyJoined();
      const entry = tx.create(WaitlistEntry, {
        customer: customerId, salon, service, staff: input.staffId ?? null, dateFrom: input.dateFrom, dateTo: input.dateTo,
        partOfDay: input.partOfDay ?? null, timeFromMinutes: window?.[0] ?? null, timeToMinutes: window?.[1] ?? null,
      });
      await tx.flush();
      return entry;
    });
  } catch (err) {
    if (violates(err, UNIQUE_VIOLATION, 'waitlist_entries_one_live_per_service')) throw alreadyJoined();
    throw err;
  }
}

const alreadyJoined = () => new BusinessError(UserErrorCode.ALREADY_ON_WAITLIST, 'waitlist.alreadyJoined', ['input', 'serviceId']);

/**
 * The customer leaves the waitlist. An open offer is withdrawn and its hold cancelled in the same transaction, so
 * the time is free for the next in line at once.
 */
export async function leaveWaitlist(app: AppServices, em: EntityManager, customerId: string, entryId: string): Promise<WaitlistEntry> {
  return em.transactional(async (tx) => {
    const entry = await tx.findOne(WaitlistEntry, { id: entryId, customer: customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!entry) throw new BusinessError(UserErrorCode.NOT_FOUND, 'waitlist.notFound', ['input', 'entryId']);
    if (entry.status !== WaitlistEntryStatus.WAITING && entry.status !== WaitlistEntryStatus.OFFERED) {
      throw new BusinessError(UserErrorCode.WAITLIST_CLOSED, 'waitlist.closed', ['input', 'entryId']);
    }
    const now = app.now();
    const offer = await tx.findOne(WaitlistOffer, { entry: entry.id, status: WaitlistOfferStatus.OPEN }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (offer) {
      offer.status = WaitlistOfferStatus.WITHDRAWN;
      offer.closedAt = now;
      const hold = await tx.findOne(Booking, { id: offer.booking.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (hold?.status === BookingStatus.PENDING) {
        hold.cancelledAt = now;
        hold.cancelledBy = tx.getReference(User, customerId);
        hold.cancelReason = 'left the waitlist';
        await transition(app, tx, hold, BookingStatus.CANCELLED, { userId: customerId, kind: 'customer' }, 'left the waitlist');
      }
    }
    entry.status = WaitlistEntryStatus.LEFT;
    await tx.flush();
    return entry;
  });
}

export interface AcceptOfferRequest {
  offerId: string;
  /** The no-show and late-cancellation fees of the service, as for createBooking. */
  acceptTerms?: boolean | null;
}

/**
 * The customer accepts an offer: the held booking becomes theirs for good, through the same steps as a new online
 * booking (payment terms; CONFIRMED, or PENDING for a salon that confirms by hand, or a payment hold of
 * BOOKING_HOLD_MINUTES when the service asks for money online). Decided under the entry's and the offer's row
 * locks: of two acceptances of one offer exactly one books, the other gets OFFER_TAKEN; an offer past its time (on
 * the application's clock) gets OFFER_EXPIRED, or OFFER_TAKEN once its time went to someone else. The time itself
 * never changes hands here: it has been held by the booking's exclusion constraint since the offer was made.
 */
export async function acceptWaitlistOffer(app: AppServices, em: EntityManager, customerId: string, request: AcceptOfferRequest): Promise<{ booking: Booking; offer: WaitlistOffer }> {
  return em.transactional(async (tx) => {
    const [ref] = await execute<{ entry_id: string }>(tx, 'select o.entry_id from waitlist_offers o join waitlist_entries e on e.id = o.entry_id where o.id = ? and e.customer_id = ?', [request.offerId, customerId]);
    if (!ref) throw new BusinessError(UserErrorCode.NOT_FOUND, 'waitlist.offerNotFound', ['input', 'offerId']);
    const entry = await tx.findOneOrFail(WaitlistEntry, { id: ref.entry_id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const offer = await tx.findOneOrFail(WaitlistOffer, { id: request.offerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const now = app.now();
    if (offer.status === WaitlistOfferStatus.ACCEPTED) throw offerTaken();
    if (offer.status !== WaitlistOfferStatus.OPEN || offer.expiresAt <= now) {
      const [taken] = await execute(
        tx, `select 1 from bookings where staff_id = ? and starts_at = ? and id <> ? and status in ('PENDING', 'CONFIRMED') and (hold_expires_at is null or hold_expires_at > ?) limit 1`,
        [offer.staff.id, offer.startsAt, offer.booking.id, now],
      );
      throw taken ? offerTaken() : new BusinessError(UserErrorCode.OFFER_EXPIRED, 'waitlist.offerExpired', ['input', 'offerId']);
    }
    const booking = await tx.findOneOrFail(Booking, { id: offer.booking.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // Cancelled from the bookings list meanwhile: there is nothing left to accept.
    if (booking.status !== BookingStatus.PENDING) throw new BusinessError(UserErrorCode.OFFER_EXPIRED, 'waitlist.offerExpired', ['input', 'offerId']);
    await tx.populate(booking, ['salon', 'staff', 'staff.user']);
    const salon = booking.salon;
    const payment = await app.bookingPaymentHooks.prepare(tx, {
      salonId: salon.id, serviceId: booking.service.id, priceHalalas: booking.priceHalalas, online: true, termsAccepted: request.acceptTerms === true, startsAt: booking.startsAt, at: now,
    });
    const hold = payment.holdForPayment;
    if (hold && !app.config.PAYMENTS_ENABLED) throw new BusinessError(UserErrorCode.ONLINE_PAYMENT_UNAVAILABLE, 'bookings.prepaymentUnavailable', ['input', 'offerId']);
    payment.record(tx, booking.id);
    booking.requestFingerprint = ACCEPTED_OFFER_FINGERPRINT;
    const parties = { bookingId: booking.id, customerId, staffUserId: booking.staff.user.id, startsAt: booking.startsAt };
    if (hold) {
      // The normal payment flow: held for BOOKING_HOLD_MINUTES more, announced once paid (confirmPaidBooking).
      booking.holdExpiresAt = new Date(now.getTime() + app.config.BOOKING_HOLD_MINUTES * MINUTE);
      recordEvent(tx, booking, BookingStatus.PENDING, BookingStatus.PENDING, customerId, 'waitlist offer accepted, awaiting payment');
    } else {
      let event;
      if (salon.autoConfirm) {
        event = await transition(app, tx, booking, BookingStatus.CONFIRMED, { userId: customerId, kind: 'customer' }, 'waitlist offer accepted');
      } else {
        booking.holdExpiresAt = null;
        event = recordEvent(tx, booking, BookingStatus.PENDING, BookingStatus.PENDING, customerId, 'waitlist offer accepted');
      }
      await tx.flush();
      await enqueue(tx, parties, NotificationEvent.BOOKING_CREATED, app.config.NOTIFICATION_CHANNEL, now, event.id);
      if (salon.autoConfirm) await scheduleReminders(tx, parties, app.config.NOTIFICATION_CHANNEL, now);
    }
    offer.status = WaitlistOfferStatus.ACCEPTED;
    offer.closedAt = now;
    entry.status = WaitlistEntryStatus.BOOKED;
    await tx.flush();
    // Those offered this time before, whose offers lapsed and who still wait, learn that it went.
    const before = await execute<{ booking_id: string; customer_id: string }>(
      tx,
      `select o.booking_id, e.customer_id from waitlist_offers o join waitlist_entries e on e.id = o.entry_id
        where o.staff_id = ? and o.starts_at = ? and o.id <> ? and o.status = 'EXPIRED' and e.status in ('WAITING', 'OFFERED')`,
      [offer.staff.id, offer.startsAt, offer.id],
    );
    for (const other of before) await enqueueFor(tx, other.booking_id, other.customer_id, NotificationEvent.WAITLIST_TAKEN, app.config.NOTIFICATION_CHANNEL, now, offer.id);
    return { booking, offer };
  });
}

const offerTaken = () => new BusinessError(UserErrorCode.OFFER_TAKEN, 'waitlist.offerTaken', ['input', 'offerId']);

/**
 * A deleted account waits for nothing (docs/privacy.md): its live entries are LEFT and an open offer WITHDRAWN, in
 * the deletion's transaction, which has already cancelled the offer's hold with the person's other future bookings.
 */
export async function leaveWaitlistForDeletedAccount(tx: EntityManager, customerId: string, now: Date): Promise<void> {
  await execute(tx, `update waitlist_offers set status = 'WITHDRAWN', closed_at = ?, updated_at = ?
                      where status = 'OPEN' and entry_id in (select id from waitlist_entries where customer_id = ?)`, [now, now, customerId]);
  await execute(tx, `update waitlist_entries set status = 'LEFT', updated_at = ?, version = version + 1 where customer_id = ? and status in ('WAITING', 'OFFERED')`, [now, customerId]);
}
