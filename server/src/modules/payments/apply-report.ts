import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { ACTIVE_STATUSES, Booking, BookingStatus } from '../bookings/booking.entity';
import { confirmPaidBooking } from '../bookings/manage-booking';
import type { MoyasarPayment } from './moyasar-client';
import { reducedObservation, reducedReport } from './reduced-report';
import { Payment, PaymentEvent, PaymentOperation, PaymentOperationKind, PaymentPurpose, PaymentStatus } from './payment.entity';
import { feeDeclined, keepSavedCard, withoutCardToken } from './policy/saved-card';
import { HOLDS_MONEY, nextState } from './payment-state';
import { syncOnlineSale } from '../invoices/online-sales';
import { CHARGED, onlineSale } from './sales';
import { enqueueFor } from '../notifications/outbox';
import { NotificationEvent } from '../notifications/notification.entity';

export interface Observation {
  type: string;
  externalEventId?: string | null;
  payload: Record<string, unknown>;
}

/**
 * Applies what Moyasar reports for a payment, in one transaction: the payment moves forward only, the observation
 * is recorded, and money arriving for a held booking confirms it. Money that nobody waits for (another attempt
 * already paid the booking, the hold lapsed, the booking was cancelled) is kept as a surplus payment and given
 * back automatically, so a report can always be applied; it never fails on the one-payment-per-booking index.
 */
export async function applyReport(app: AppServices, em: EntityManager, withToken: MoyasarPayment, observation: Observation): Promise<Payment | null> {
  // A saved card's token is kept in one place only (booking_saved_cards), never in the stored reports.
  const reported = withoutCardToken(withToken);
  observation = { ...observation, payload: withoutCardToken(observation.payload) };
  return em.transactional(async (tx) => {
    const [ref] = await execute<{ id: string; booking_id: string }>(tx, 'select id, booking_id from payments where external_id::text = ?', [reported.id]);
    if (!ref) {
      tx.create(PaymentEvent, { payment: null, type: observation.type, externalEventId: observation.externalEventId ?? null, payload: observation.payload, receivedAt: app.now(), outcome: 'unknown payment' });
      return null;
    }
    // Booking first, then payment: the order every booking change takes, and the lock startPayment decides under.
    const booking = await tx.findOneOrFail(Booking, { id: ref.booking_id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const payment = await tx.findOneOrFail(Payment, { id: ref.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const before = payment.status;
    const next = nextState(payment, reported);
    if (!next.stale) {
      payment.status = next.status;
      payment.refundedHalalas = next.refundedHalalas;
      payment.transactionUrl = next.status === PaymentStatus.INITIATED ? (reported.source?.transaction_url ?? payment.transactionUrl) : null;
      // A deleted person's payment is kept reduced (docs/privacy.md), later reports included.
      payment.providerPayload = payment.retainedReason ? reducedReport(reported as unknown as Record<string, unknown>) : (reported as unknown as Record<string, unknown>);
      if (reported.source?.company) payment.cardCompany = reported.source.company;
      if (reported.source?.number) payment.cardLast4 = String(reported.source.number).slice(-4);
      if (next.status === PaymentStatus.FAILED) payment.failureMessage = reported.source?.message ?? 'failed';
    }
    let outcome = next.changed ? `${before} -> ${next.status}` : `ignored (${payment.status})`;
    if (next.alert) {
      // Moyasar contradicts money we saw taken. Nothing moves; a person checks the payment with Moyasar.
      outcome = `ALERT: reported ${reported.status} while ${before}; not applied, check with Moyasar`;
      app.logger.error({ event: 'payments.alert', paymentId: payment.id, bookingId: booking.id, status: before, reported: reported.status, observation: observation.type }, 'Moyasar reports a payment that took money as failed');
    }
    if (next.changed && HOLDS_MONEY.includes(next.status) && !HOLDS_MONEY.includes(before)) {
      const surplusReason = await whyUnwanted(app, tx, booking, payment);
      if (surplusReason) {
        payment.surplus = true;
        outcome += `; surplus (${surplusReason}), given back`;
        tx.create(PaymentOperation, {
          payment, kind: next.status === PaymentStatus.AUTHORIZED ? PaymentOperationKind.VOID : PaymentOperationKind.REFUND,
          nextAttemptAt: app.now(), reason: `paid while ${surplusReason}`,
        });
        app.logger.warn({ event: 'payments.surplus', paymentId: payment.id, bookingId: booking.id, reason: surplusReason }, 'Money arrived that nobody waits for; giving it back');
      } else {
        const saved = await keepSavedCard(app, tx, payment, withToken);
        if (saved) outcome += `; ${saved}`;
      }
    }
    if (next.changed && next.status === PaymentStatus.FAILED && payment.purpose === PaymentPurpose.FEE) {
      await feeDeclined(app, tx, payment.id);
      outcome += '; fee declined';
    }
    tx.create(PaymentEvent, {
      payment, type: observation.type, externalEventId: observation.externalEventId ?? null,
      payload: payment.retainedReason ? reducedObservation(observation.payload) : observation.payload, receivedAt: app.now(), outcome: outcome.slice(0, 200),
    });
    await tx.flush();
    // A sale issues its invoice, a refund its credit note, in this same transaction (ADR 0012).
    if (next.changed) {
      const sale = onlineSale(payment, app.now());
      await syncOnlineSale(tx, sale);
      // The customer hears that money was taken, once per payment (keyed by it), with its invoice's link.
      if (sale.chargedHalalas > 0 && !CHARGED.includes(before)) {
        await enqueueFor(tx, booking.id, booking.customer.id, NotificationEvent.PAID, app.config.NOTIFICATION_CHANNEL, app.now(), payment.id);
      }
    }
    if (!payment.surplus && next.changed && HOLDS_MONEY.includes(next.status) && !HOLDS_MONEY.includes(before) && booking.status === BookingStatus.PENDING && booking.holdExpiresAt) {
      await confirmPaidBooking(app, tx, booking.id);
    }
    return payment;
  });
}

/** Null when the booking waits for this money; otherwise why it does not. */
async function whyUnwanted(app: AppServices, tx: EntityManager, booking: Booking, payment: Payment): Promise<string | null> {
  const [other] = await execute<{ id: string }>(
    tx,
    `select id from payments where booking_id = ? and id <> ? and purpose = ? and not surplus and status in (${HOLDS_MONEY.map(() => '?').join(', ')}) limit 1`,
    [booking.id, payment.id, payment.purpose, ...HOLDS_MONEY],
  );
  if (other) return `another payment already paid the booking (${payment.purpose.toLowerCase()})`;
  // A fee charged to a saved card is money for a booking that has ended (a no-show, a late cancellation).
  if (payment.purpose === PaymentPurpose.FEE) return null;
  if (!ACTIVE_STATUSES.includes(booking.status)) return `the booking was ${booking.status}`;
  if (booking.status === BookingStatus.PENDING && booking.holdExpiresAt && booking.holdExpiresAt <= app.now()) return 'the booking\'s hold had lapsed';
  return null;
}
