import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { ACTIVE_STATUSES, Booking } from '../bookings/booking.entity';
import { PaymentCapture } from '../catalog/salon.entity';
import { saudiLocalMobile } from '../accounts/phone';
import { applyReport } from './apply-report';
import { MoyasarError, MoyasarUnavailable, type MoyasarPayment } from './moyasar-client';
import { Payment, PaymentStatus } from './payment.entity';
import { HOLDS_MONEY } from './payment-state';
import { moyasarSettings } from './settings';
import './payments.messages';

export type PaymentSourceInput =
  | { type: 'TOKEN'; token: string }
  | { type: 'APPLE_PAY'; token: string }
  | { type: 'STC_PAY'; mobile: string };

const notAllowed = () => new BusinessError(UserErrorCode.PAYMENT_NOT_ALLOWED, 'payments.notAllowed', ['input', 'bookingId']);

function moyasarSource(source: PaymentSourceInput, manual: boolean): Record<string, unknown> {
  switch (source.type) {
    case 'TOKEN':
      return { type: 'token', token: source.token, '3ds': true, manual };
    case 'APPLE_PAY':
      return { type: 'applepay', token: source.token, manual };
    case 'STC_PAY': {
      const mobile = /^05\d{8}$/.test(source.mobile) ? source.mobile : saudiLocalMobile(source.mobile);
      if (!mobile) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.invalidSource', ['input', 'source', 'mobile']);
      return { type: 'stcpay', mobile };
    }
  }
}

/**
 * Starts paying a booking. The amount is the booking's price snapshot, never the client's. The payment row is
 * committed before Moyasar is called, with our own id as Moyasar's `given_id`: whatever happens to the call
 * (a timeout, a crash), the same id finds the payment again, so it is never created twice.
 */
export async function startPayment(app: AppServices, em: EntityManager, customerId: string, input: { bookingId: string; source: PaymentSourceInput; idempotencyKey: string }): Promise<Payment> {
  if (!isUuid(input.bookingId)) throw notAllowed();
  const booking = await em.findOne(Booking, { id: input.bookingId, customer: customerId }, { populate: ['salon', 'service'] });
  if (!booking || !ACTIVE_STATUSES.includes(booking.status) || (booking.holdExpiresAt && booking.holdExpiresAt <= app.now())) throw notAllowed();
  const replay = await em.findOne(Payment, { booking, idempotencyKey: input.idempotencyKey });
  if (replay) return replay;
  if (await em.count(Payment, { booking, status: { $in: HOLDS_MONEY } })) throw notAllowed();
  const manual = booking.salon.paymentCapture === PaymentCapture.MANUAL;
  const source = moyasarSource(input.source, manual);

  const payment = em.create(Payment, {
    booking, status: PaymentStatus.INITIATED, amountHalalas: booking.priceHalalas, currency: booking.currency,
    idempotencyKey: input.idempotencyKey, externalId: randomUUID(), sourceType: String(source.type),
  });
  await em.flush();

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
    reported = await recover(app, payment, err);
  }
  const applied = (await applyReport(app, em, reported, { type: 'api.create', payload: reported as unknown as Record<string, unknown> }))!;
  if (applied.status === PaymentStatus.FAILED) {
    throw new BusinessError(UserErrorCode.PAYMENT_DECLINED, 'payments.declined', ['input', 'source'], { reason: applied.failureMessage ?? '' }, { payment: applied });
  }
  return applied;
}

/** After a timeout or a reused given_id, ask Moyasar what it has under our id. */
async function recover(app: AppServices, payment: Payment, err: unknown): Promise<MoyasarPayment> {
  if (!(err instanceof MoyasarUnavailable) && !(err instanceof MoyasarError && err.type === 'invalid_request_error' && /given_id/.test(err.message))) {
    if (err instanceof MoyasarError) {
      app.logger.warn({ event: 'payments.create_refused', paymentId: payment.id, type: err.type, message: err.message }, 'Moyasar refused a payment');
      throw new BusinessError(UserErrorCode.PAYMENT_DECLINED, 'payments.declined', ['input', 'source'], { reason: err.message });
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
