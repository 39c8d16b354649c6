import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { User } from '../accounts/user.entity';
import { Service } from '../catalog/service.entity';
import { enqueue, scheduleReminders } from '../notifications/outbox';
import { NotificationEvent } from '../notifications/notification.entity';
import { Booking, BookingChannel, BookingStatus } from './booking.entity';
import { recordEvent } from './lifecycle';
import { assertCustomerFree, checkSlot, mapConstraintViolation, requireStaffFor, UNIQUE_VIOLATION, violates, type SlotOverrides } from './slot-guard';
import { lockStaff } from './staff-lock';
import './bookings.messages';

export interface CreateBookingInput {
  serviceId: string;
  staffId: string;
  startsAt: Date;
  notes?: string | null;
  idempotencyKey: string;
  /** The customer accepted the no-show and late-cancellation fees shown before booking. */
  acceptTerms?: boolean | null;
}

const MINUTE = 60_000;

/** Who books, for whom and how. The customer may be created inside the booking's transaction (front desk). */
export interface Booker {
  customer: (tx: EntityManager) => Promise<string>;
  createdBy: string;
  channel: BookingChannel;
  overrides?: SlotOverrides;
  /** What the idempotency fingerprint records as the start: a walk-in's start is "now", which a retry cannot repeat. */
  startKey?: string;
}

function fingerprint(input: CreateBookingInput, startKey = input.startsAt.toISOString()): string {
  const canonical = JSON.stringify([input.serviceId, input.staffId, startKey, (input.notes ?? '').trim()]);
  return createHash('sha256').update(canonical).digest('hex');
}

export async function replay(em: EntityManager, customerId: string, input: CreateBookingInput, startKey?: string): Promise<Booking | null> {
  const existing = await em.findOne(Booking, { customer: customerId, idempotencyKey: input.idempotencyKey });
  if (!existing) return null;
  if (existing.requestFingerprint !== fingerprint(input, startKey)) {
    throw new BusinessError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'bookings.idempotencyKeyReused', ['input', 'idempotencyKey']);
  }
  return existing;
}

/**
 * Books a time for a phone-verified customer. The price is copied from the service now. Replaying the same key with
 * the same input returns the same booking; the same key with anything else is refused.
 */
export async function createBooking(app: AppServices, em: EntityManager, customerId: string, input: CreateBookingInput): Promise<Booking> {
  assertKey(input);
  const customer = await em.findOneOrFail(User, { id: customerId });
  if (!customer.isPhoneVerified) throw new BusinessError(UserErrorCode.PHONE_NOT_VERIFIED, 'bookings.phoneNotVerified', null);
  const earlier = await replay(em, customerId, input);
  if (earlier) return earlier;
  return placeBooking(app, em, { customer: async () => customerId, createdBy: customerId, channel: BookingChannel.ONLINE }, input);
}

export function assertKey(input: { idempotencyKey: string }): void {
  if (input.idempotencyKey.length < 8 || input.idempotencyKey.length > 128) {
    throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.invalidKey', ['input', 'idempotencyKey']);
  }
}

/**
 * The one way a booking is made, online or at the front desk: under the staff member's lock, checked by the same
 * slot function `availableSlots` uses (with the salon's overrides, if any), and guarded by the exclusion constraints.
 */
export async function placeBooking(app: AppServices, em: EntityManager, who: Booker, input: CreateBookingInput, salonId?: string): Promise<Booking> {
  const service = isUuid(input.serviceId) ? await em.findOne(Service, { id: input.serviceId }, { populate: ['salon'] }) : null;
  if (!service || !service.isActive || !service.salon.isActive || (salonId && service.salon.id !== salonId)) {
    throw new BusinessError(UserErrorCode.SERVICE_UNAVAILABLE, 'bookings.serviceUnavailable', ['input', 'serviceId']);
  }
  if (!isUuid(input.staffId)) throw new BusinessError(UserErrorCode.STAFF_UNAVAILABLE, 'bookings.staffUnavailable', ['input', 'staffId']);
  const salon = service.salon;
  const online = who.channel === BookingChannel.ONLINE;
  let customerId: string | null = null;

  try {
    return await em.transactional(async (tx) => {
      customerId = await who.customer(tx);
      const staff = await requireStaffFor(tx, service, input.staffId);
      await lockStaff(tx, staff.id);
      // A replay that waited for the lock finds the booking its twin just made.
      const twin = await replay(tx, customerId, input, who.startKey);
      if (twin) return twin;
      await checkSlot(tx, app, { service, salon, staffId: staff.id, startsAt: input.startsAt, overrides: who.overrides });
      const endsAt = new Date(input.startsAt.getTime() + service.durationMinutes * MINUTE);
      await assertCustomerFree(app, tx, customerId, input.startsAt, endsAt);

      const now = app.now();
      // Online, a deposit, full prepayment or fee guarantee holds the time until paid; the front desk takes
      // payment at the counter and confirms.
      const payment = await app.bookingPaymentHooks.prepare(tx, {
        salonId: salon.id, serviceId: service.id, priceHalalas: service.priceHalalas, online, termsAccepted: input.acceptTerms === true, startsAt: input.startsAt, at: now,
      });
      const hold = payment.holdForPayment;
      // Payments are switched off: a hold that can never be paid would only block the time.
      if (hold && !app.config.PAYMENTS_ENABLED) throw new BusinessError(UserErrorCode.ONLINE_PAYMENT_UNAVAILABLE, 'bookings.prepaymentUnavailable', ['input', 'serviceId']);
      const status = hold || (online && !salon.autoConfirm) ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
      const booking = tx.create(Booking, {
        salon, service, staff, customer: customerId,
        startsAt: input.startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + service.bufferAfterMinutes * MINUTE),
        priceHalalas: service.priceHalalas, currency: service.currency, status,
        holdExpiresAt: hold ? new Date(now.getTime() + app.config.BOOKING_HOLD_MINUTES * MINUTE) : null,
        notes: (input.notes ?? '').trim().slice(0, 1000), idempotencyKey: input.idempotencyKey, requestFingerprint: fingerprint(input, who.startKey),
        channel: who.channel, createdBy: who.createdBy,
      });
      payment.record(tx, booking.id);
      const created = recordEvent(tx, booking, null, status, who.createdBy, hold ? 'created, awaiting payment' : online ? 'created' : `created at the front desk (${who.channel})`);
      await tx.flush();
      // A booking that waits for payment is announced once it is paid (confirmPaidBooking).
      if (!hold) {
        const parties = { bookingId: booking.id, customerId, staffUserId: staff.user.id, startsAt: booking.startsAt };
        await enqueue(tx, parties, NotificationEvent.BOOKING_CREATED, app.config.NOTIFICATION_CHANNEL, now, created.id);
        if (status === BookingStatus.CONFIRMED) await scheduleReminders(tx, parties, app.config.NOTIFICATION_CHANNEL, now);
      }
      return booking;
    });
  } catch (err) {
    const mapped = mapConstraintViolation(err);
    if (mapped) throw mapped;
    // Two requests with one key raced: the loser returns the winner's booking.
    if (customerId && violates(err, UNIQUE_VIOLATION, 'bookings_customer_id_idempotency_key_unique')) {
      const winner = await replay(app.orm.em.fork() as EntityManager, customerId, input, who.startKey);
      if (winner) return winner;
    }
    throw err;
  }
}
