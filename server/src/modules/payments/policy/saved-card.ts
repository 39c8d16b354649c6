import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../../app-services';
import { execute } from '../../../db/sql';
import { MoyasarError, type MoyasarPayment } from '../moyasar-client';
import { Payment, PaymentOperation, PaymentOperationKind, PaymentPurpose, PaymentStatus } from '../payment.entity';
import { moyasarSettings } from '../settings';
import { BookingFee, FeeStatus, type FeeKind } from './policy.entity';
import { BookingSavedCard } from './saved-card.entity';

/*
 * Fees secured by a saved card (ADR 0026): a booking that starts later than an authorisation lasts cannot be
 * secured by one, so the guarantee authorisation only verifies the card through 3-D Secure, Moyasar saves it (the
 * web app tokenises with `save_only`, and the payment's `source.token` is the saved card), and the authorisation is
 * voided at once. A fee is then charged to the token, merchant-initiated, once per booking.
 */

/** A Moyasar report without the card token: stored copies (payments, payment events) never keep the secret. */
export function withoutCardToken<T>(report: T): T {
  const source = (report as { source?: Record<string, unknown> | null } | null)?.source;
  if (!source || !('token' in source)) return report;
  const { token: _secret, ...rest } = source;
  return { ...report, source: rest };
}

/**
 * The guarantee of a booking whose terms save the card has been authorised: keep the card Moyasar reports and
 * release the authorisation (it would lapse before the booking anyway). Runs in applyReport's transaction, under
 * the booking's and the payment's locks, once: when the payment first holds money. Returns what to record.
 */
export async function keepSavedCard(app: AppServices, tx: EntityManager, payment: Payment, reported: MoyasarPayment): Promise<string | null> {
  if (payment.purpose !== PaymentPurpose.GUARANTEE || payment.status !== PaymentStatus.AUTHORIZED) return null;
  const [terms] = await execute<{ saves_card: boolean }>(tx, 'select saves_card from booking_payment_terms where booking_id = ?', [payment.booking.id]);
  if (!terms?.saves_card) return null;
  const token = typeof reported.source?.token === 'string' ? reported.source.token : null;
  if (!token) {
    // Without a saved card the authorisation is all that secures the fees: keep it, as for a nearer booking.
    app.logger.warn({ event: 'payments.card_not_saved', paymentId: payment.id }, 'Moyasar reported no saved card; the authorisation stays');
    return 'no saved card reported; authorisation kept';
  }
  tx.create(BookingSavedCard, { booking: payment.booking.id, payment, token });
  tx.create(PaymentOperation, { payment, kind: PaymentOperationKind.VOID, nextAttemptAt: app.now(), reason: 'card saved for the fees; its verification released' });
  return 'card saved for the fees; verification released';
}

export async function hasSavedCard(em: EntityManager, bookingId: string): Promise<boolean> {
  return (await em.count(BookingSavedCard, { booking: bookingId, token: { $ne: null } })) > 0;
}

/**
 * A fee is due and no money is held for it: charge it to the saved card, if there is one. In the status change's
 * transaction, under the booking's lock: the fee's payment (one FEE payment per booking by its idempotency key),
 * its CHARGE operation and the `booking_fees` row (unique per booking) are created together, so the fee is charged
 * once whatever races. The worker sends the charge after commit.
 */
export async function chargeSavedCard(tx: EntityManager, bookingId: string, fee: { kind: FeeKind; amountHalalas: number }, at: Date): Promise<boolean> {
  if (!(await hasSavedCard(tx, bookingId))) return false;
  const [{ currency }] = await execute<{ currency: string }>(tx, 'select currency from bookings where id = ?', [bookingId]);
  const payment = tx.create(Payment, {
    booking: bookingId, status: PaymentStatus.INITIATED, purpose: PaymentPurpose.FEE, amountHalalas: fee.amountHalalas, currency,
    idempotencyKey: `fee:${bookingId}`, externalId: randomUUID(), sourceType: 'token',
  });
  tx.create(PaymentOperation, { payment, kind: PaymentOperationKind.CHARGE, amountHalalas: fee.amountHalalas, nextAttemptAt: at, reason: `${fee.kind.toLowerCase()} fee charged to the saved card` });
  tx.create(BookingFee, { booking: bookingId, payment, kind: fee.kind, amountHalalas: fee.amountHalalas, status: FeeStatus.CHARGED });
  return true;
}

/** The booking is settled (or its fee charge is over): the token is no longer needed, so it is forgotten. */
export async function forgetSavedCard(tx: EntityManager, bookingId: string, at: Date): Promise<void> {
  await tx.nativeUpdate(BookingSavedCard, { booking: bookingId, token: { $ne: null } }, { token: null, forgottenAt: at, updatedAt: at });
}

/** The saved card refused the fee: nothing was taken, and the fee says so (staff and the customer see DECLINED). */
export async function feeDeclined(app: AppServices, tx: EntityManager, paymentId: string): Promise<void> {
  await tx.nativeUpdate(BookingFee, { payment: paymentId, status: FeeStatus.CHARGED }, { status: FeeStatus.DECLINED, updatedAt: app.now() });
  app.logger.warn({ event: 'payments.fee_declined', paymentId }, 'The saved card declined the fee');
}

/**
 * Sends a CHARGE operation: the fee's payment at Moyasar from the saved card, merchant-initiated (no 3-D Secure,
 * the customer is not there), with our payment id as `given_id` so a retry after a timeout finds it instead of
 * charging twice.
 */
export async function sendSavedCardCharge(app: AppServices, tx: EntityManager, paymentId: string): Promise<MoyasarPayment> {
  const [row] = await execute<{ token: string | null; external_id: string; amount_halalas: number; currency: string; booking_id: string }>(
    tx,
    `select c.token, p.external_id, p.amount_halalas, p.currency, p.booking_id from payments p
      left join booking_saved_cards c on c.booking_id = p.booking_id where p.id = ?`,
    [paymentId],
  );
  // Not Moyasar's answer, but the same outcome as its refusal: nothing can be charged, the operation ends FAILED.
  if (!row?.token) throw new MoyasarError(0, 'no_saved_card', 'no saved card');
  try {
    return await app.moyasar.create({
      given_id: row.external_id, amount: row.amount_halalas, currency: row.currency, description: 'Booking fee',
      callback_url: moyasarSettings(app.config).callbackUrl, source: { type: 'token', token: row.token, '3ds': false, manual: false },
      metadata: { booking_id: row.booking_id, payment_id: paymentId },
    });
  } catch (err) {
    if (err instanceof MoyasarError && /given_id/.test(err.message)) return app.moyasar.fetch(row.external_id);
    throw err;
  }
}
