import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { ACTIVE_STATUSES, Booking } from '../bookings/booking.entity';
import { payablePrice, payingBookingId } from '../bookings/visit-money';
import { PaymentCapture } from '../catalog/salon.entity';
import { saudiLocalMobile } from '../accounts/phone';
import { applyReport } from './apply-report';
import { MoyasarError, MoyasarUnavailable, type MoyasarPayment } from './moyasar-client';
import { reconcileStalePayments } from './operations';
import { Payment, PaymentStatus } from './payment.entity';
import { heldOf, heldPayments, termsOfBooking } from './policy/policy-store';
import { nextDue } from './policy/terms';
import { hasSavedCard } from './policy/saved-card';
import { moyasarSettings } from './settings';
import './payments.messages';

export type PaymentSourceInput =
  | { type: 'TOKEN'; token: string }
  | { type: 'APPLE_PAY'; token: string }
  | { type: 'STC_PAY'; mobile: string };

/** Printable characters only: the key is stored and compared, and PostgreSQL refuses NUL in text. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

const notAllowed = () => new BusinessError(UserErrorCode.PAYMENT_NOT_ALLOWED, 'payments.notAllowed', ['input', 'bookingId']);
const declined = (reason: string, payment?: Payment) =>
  new BusinessError(UserErrorCode.PAYMENT_DECLINED, 'payments.declined', ['input', 'source'], { reason }, payment ? { payment } : {});

function moyasarSource(source: PaymentSourceInput, manual: boolean): Record<string, unknown> {
  switch (source.type) {
    case 'TOKEN':
      return { type: 'token', token: source.token, '3ds': true, manual };
    case 'APPLE_PAY':
      // The Apple Pay sheet's payment.token as JSON (or the simulator's stand-in), passed on as it is.
      return { type: 'applepay', token: source.token, manual };
    case 'STC_PAY': {
      // Moyasar's STC Pay source has no `manual`: it always charges, so it cannot secure fees (claimAttempt).
      const mobile = /^05\d{8}$/.test(source.mobile) ? source.mobile : saudiLocalMobile(source.mobile);
      if (!mobile) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.invalidSource', ['input', 'source', 'mobile']);
      return { type: 'stcpay', mobile };
    }
  }
}

interface StartInput {
  bookingId: string;
  source: PaymentSourceInput;
  idempotencyKey: string;
}

type Claim = { replay: Payment } | { payment: Payment; booking: Booking; source: Record<string, unknown> };

/**
 * Starts paying a booking. The amount is what the booking's terms make due next (deposit, full price, balance or
 * fee guarantee), never the client's. The payment row is
 * committed before Moyasar is called, with our own id as Moyasar's `given_id`: whatever happens to the call
 * (a timeout, a crash), the same id finds the payment again, so it is never created twice.
 */
export async function startPayment(app: AppServices, em: EntityManager, customerId: string, input: StartInput): Promise<Payment> {
  if (!app.config.PAYMENTS_ENABLED) throw new BusinessError(UserErrorCode.ONLINE_PAYMENT_UNAVAILABLE, 'payments.off', null);
  if (!isUuid(input.bookingId)) throw notAllowed();
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.invalidKey', ['input', 'idempotencyKey']);
  // A visit has one payment, on its first part, whichever part the customer pays from.
  input = { ...input, bookingId: await payingBookingId(em, input.bookingId) };
  const claim = await claimAttempt(app, em, customerId, input).catch(async (err: unknown) => {
    // The attempt in the way may be over at Moyasar without our hearing of it (a timed-out creation, a lost
    // callback). Once its own request must have given up, ask Moyasar about it once, then decide again.
    const waiting = err instanceof BusinessError && err.code === UserErrorCode.PAYMENT_IN_PROGRESS ? (err.payloadFields.payment as Payment) : null;
    if (!waiting || app.now().getTime() - waiting.createdAt.getTime() < 2 * app.config.MOYASAR_TIMEOUT_SECONDS * 1000) throw err;
    await reconcileStalePayments(app, waiting.id);
    return claimAttempt(app, em, customerId, input);
  });
  if ('replay' in claim) {
    if (claim.replay.status === PaymentStatus.FAILED) throw declined(claim.replay.failureMessage ?? '', claim.replay);
    return claim.replay;
  }
  const { payment, booking, source } = claim;

  const settings = moyasarSettings(app.config);
  let reported: MoyasarPayment;
  try {
    reported = await app.moyasar.create({
      given_id: payment.externalId,
      amount: payment.amountHalalas,
      currency: payment.currency,
      description: `${booking.service.nameEn} at ${booking.salon.nameEn}`,
      callback_url: `${settings.callbackUrl}`,
      source,
      metadata: { booking_id: booking.id, payment_id: payment.id },
    });
  } catch (err) {
    reported = await recover(app, em, payment, err);
  }
  const applied = (await applyReport(app, em, reported, { type: 'api.create', payload: reported as unknown as Record<string, unknown> }))!;
  if (applied.status === PaymentStatus.FAILED) throw declined(applied.failureMessage ?? '', applied);
  return applied;
}

/**
 * Decides under a lock on the booking row, so one request at a time per booking on every instance: a replayed
 * key gets the payment its twin made (as createBooking does), and a booking has at most one attempt waiting at
 * Moyasar and at most one payment holding money per purpose (deposit, balance, guarantee), so Moyasar is asked to
 * charge each amount once. Nothing is sent to
 * Moyasar while the lock is held; the attempt is committed first.
 */
async function claimAttempt(app: AppServices, em: EntityManager, customerId: string, input: StartInput): Promise<Claim> {
  return em.transactional(async (tx) => {
    const booking = await tx.findOne(Booking, { id: input.bookingId, customer: customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!booking) throw notAllowed();
    const replay = await tx.findOne(Payment, { booking, idempotencyKey: input.idempotencyKey });
    if (replay) return { replay };
    if (!ACTIVE_STATUSES.includes(booking.status) || (booking.holdExpiresAt && booking.holdExpiresAt <= app.now())) throw notAllowed();
    const waiting = await tx.findOne(Payment, { booking, status: PaymentStatus.INITIATED });
    if (waiting) throw new BusinessError(UserErrorCode.PAYMENT_IN_PROGRESS, 'payments.inProgress', ['input', 'bookingId'], {}, { payment: waiting });
    // What is due next (deposit or full price, then the balance; a fee guarantee first) follows from the
    // booking's terms and the money it already holds, never from the client.
    const terms = await termsOfBooking(tx, booking);
    const cardSaved = Boolean(terms.savesCard) && (await hasSavedCard(tx, booking.id));
    const due = nextDue(terms, await payablePrice(tx, booking), (await heldPayments(tx, booking.id)).map(heldOf), cardSaved);
    if (!due) throw notAllowed();
    if (due.authoriseOnly && input.source.type === 'STC_PAY') throw new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.invalidSource', ['input', 'source', 'type']);
    // Only a tokenised card is saved by Moyasar (ADR 0026); Apple Pay cannot be charged later without the payer.
    if (due.savesCard && input.source.type !== 'TOKEN') throw new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.cardToSave', ['input', 'source', 'type']);
    await tx.populate(booking, ['salon', 'service']);
    const source = moyasarSource(input.source, due.authoriseOnly || booking.salon.paymentCapture === PaymentCapture.MANUAL);
    const payment = tx.create(Payment, {
      booking, status: PaymentStatus.INITIATED, purpose: due.purpose, amountHalalas: due.amountHalalas, currency: booking.currency,
      idempotencyKey: input.idempotencyKey, externalId: randomUUID(), sourceType: String(source.type),
    });
    return { payment, booking, source };
  });
}

/** After a timeout or a reused given_id, ask Moyasar what it has under our id. */
async function recover(app: AppServices, em: EntityManager, payment: Payment, err: unknown): Promise<MoyasarPayment> {
  if (!(err instanceof MoyasarUnavailable) && !(err instanceof MoyasarError && err.type === 'invalid_request_error' && /given_id/.test(err.message))) {
    if (err instanceof MoyasarError) {
      app.logger.warn({ event: 'payments.create_refused', paymentId: payment.id, type: err.type, message: err.message }, 'Moyasar refused a payment');
      // Moyasar created nothing, so this attempt is over and the customer may try again at once.
      await em.nativeUpdate(Payment, { id: payment.id, status: PaymentStatus.INITIATED }, { status: PaymentStatus.FAILED, failureMessage: err.message, updatedAt: app.now() });
      throw declined(err.message);
    }
    throw err;
  }
  try {
    return await app.moyasar.fetch(payment.externalId);
  } catch (fetchErr) {
    app.logger.warn({ event: 'payments.unknown_outcome', paymentId: payment.id, err: String(fetchErr) }, 'Payment outcome unknown; reconciliation will settle it');
    throw new BusinessError(UserErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, 'payments.unavailable', null, {}, { payment });
  }
}
