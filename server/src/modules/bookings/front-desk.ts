import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { normalizePhoneNumber } from '../accounts/phone';
import { Booking, BookingChannel } from './booking.entity';
import { placeVisit, replayVisit, type VisitPartInput } from './book-visit';
import { assertKey, placeBooking, replay } from './create-booking';
import { SALON_OVERRIDES, type SlotOverrides } from './slot-guard';
import type { Visit } from './visit.entity';
import './bookings.messages';

export interface FrontDeskCustomer {
  phoneNumber: string;
  firstName?: string | null;
  lastName?: string | null;
}

export interface FrontDeskBookingInput {
  salonId: string;
  serviceId: string;
  staffId: string;
  /** Absent for a walk-in, which starts now. */
  startsAt?: Date | null;
  customer: FrontDeskCustomer;
  notes?: string | null;
  idempotencyKey: string;
}

const MINUTE = 60_000;
// A walk-in starts this minute, off the booking grid.
const WALK_IN: SlotOverrides = { ...SALON_OVERRIDES, slotIntervalMinutes: 1 };

/**
 * The customer the salon vouches for: found by their phone number normalised as at sign-in, or created with a
 * name and that number, unverified, without a one-time code. When they sign in with that phone later, the
 * account (and its bookings) is theirs. Racing desks creating one person both end with the same row.
 */
async function findOrCreateCustomer(tx: EntityManager, phoneNumber: string, c: FrontDeskCustomer, now: Date): Promise<string> {
  const first = (c.firstName ?? '').trim().slice(0, 150);
  const last = (c.lastName ?? '').trim().slice(0, 150);
  const found = await execute<{ id: string }>(tx, 'select id from users where phone_number = ?', [phoneNumber]);
  if (found.length) return found[0].id;
  if (!first) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.customerNameRequired', ['input', 'customer', 'firstName']);
  const created = await execute<{ id: string }>(
    tx,
    `insert into users (id, created_at, updated_at, phone_number, first_name, last_name, role, preferred_language, is_phone_verified)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, 'CUSTOMER', 'AR', false)
     on conflict (phone_number) do nothing returning id`,
    [now, now, phoneNumber, first, last],
  );
  return created[0]?.id ?? (await execute<{ id: string }>(tx, 'select id from users where phone_number = ?', [phoneNumber]))[0].id;
}

/**
 * The customer of a front-desk booking or visit, from the number the desk typed: the one already known (for a replay
 * before any lock), and how the booking's transaction finds or creates them.
 */
async function deskCustomer(app: AppServices, em: EntityManager, c: FrontDeskCustomer): Promise<{ knownId: string | null; resolve: (tx: EntityManager) => Promise<string> }> {
  const phoneNumber = normalizePhoneNumber(c.phoneNumber);
  if (!phoneNumber) throw new BusinessError(UserErrorCode.INVALID_PHONE_NUMBER, 'accounts.invalidPhone', ['input', 'customer', 'phoneNumber']);
  const [known] = await execute<{ id: string }>(em, 'select id from users where phone_number = ?', [phoneNumber]);
  return { knownId: known?.id ?? null, resolve: (tx) => findOrCreateCustomer(tx, phoneNumber, c, app.now()) };
}

/**
 * A booking the salon makes for a customer (phone, WhatsApp, counter) or a walk-in starting now. The same
 * guarantee and slot function as online bookings; the channel and the author are recorded.
 */
export async function createFrontDeskBooking(app: AppServices, em: EntityManager, actorId: string, input: FrontDeskBookingInput, channel: BookingChannel.FRONT_DESK | BookingChannel.WALK_IN): Promise<Booking> {
  assertKey(input);
  const customer = await deskCustomer(app, em, input.customer);
  const walkIn = channel === BookingChannel.WALK_IN;
  if (!walkIn && !input.startsAt) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'bookings.startRequired', ['input', 'startsAt']);
  // A walk-in starts at the coming minute: the slot function never offers an instant already past.
  const startsAt = walkIn ? new Date(Math.ceil(app.now().getTime() / MINUTE) * MINUTE) : input.startsAt!;
  const request = { serviceId: input.serviceId, staffId: input.staffId, startsAt, notes: input.notes, idempotencyKey: input.idempotencyKey };
  const startKey = walkIn ? 'walk-in' : undefined;

  const earlier = customer.knownId ? await replay(em, customer.knownId, request, startKey) : null;
  if (earlier) return earlier;
  try {
    return await placeBooking(
      app, em,
      { customer: customer.resolve, createdBy: actorId, channel, overrides: walkIn ? WALK_IN : SALON_OVERRIDES, startKey },
      request, input.salonId,
    );
  } catch (err) {
    // A walk-in names no start: a taken "now" is the stylist's being busy.
    if (walkIn && err instanceof BusinessError && err.code === UserErrorCode.SLOT_UNAVAILABLE) {
      throw new BusinessError(err.code, err.messageKey, ['input', 'staffId'], err.params, err.payloadFields, err.paramKeys);
    }
    throw err;
  }
}

export interface FrontDeskVisitInput {
  salonId: string;
  parts: VisitPartInput[];
  startsAt: Date;
  customer: FrontDeskCustomer;
  notes?: string | null;
  idempotencyKey: string;
}

/**
 * A visit of several services the salon books for a customer: the customer as for a single front-desk booking, the
 * visit exactly as online (`placeVisit`: locks, sequence, all or nothing, one price), without the salon's minimum
 * notice and horizon, never over anyone. Confirmed at once; payment is taken at the counter.
 */
export async function createFrontDeskVisit(app: AppServices, em: EntityManager, actorId: string, input: FrontDeskVisitInput): Promise<Visit> {
  assertKey(input);
  const customer = await deskCustomer(app, em, input.customer);
  const earlier = customer.knownId ? await replayVisit(em, customer.knownId, input) : null;
  if (earlier) return earlier;
  return placeVisit(app, em, { customer: customer.resolve, createdBy: actorId, channel: BookingChannel.FRONT_DESK, overrides: SALON_OVERRIDES }, input, input.salonId);
}
