import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { ACTIVE_STATUSES, Booking, BookingStatus } from '../bookings/booking.entity';
import { confirmPaidBooking } from '../bookings/manage-booking';
import type { MoyasarPayment } from './moyasar-client';
import { Payment, PaymentEvent, PaymentOperation, PaymentOperationKind, PaymentStatus } from './payment.entity';
import { HOLDS_MONEY, nextState } from './payment-state';

export interface Observation {
  type: string;
  externalEventId?: string | null;
  payload: Record<string, unknown>;
}

/**
 * Applies what Moyasar reports for a payment, in one transaction: the payment moves forward only, the observation
 * is recorded, and money arriving for a held booking confirms it. Money arriving for a booking that is no longer
 * waiting for it (the hold lapsed, it was cancelled) is given back automatically.
 */
export async function applyReport(app: AppServices, em: EntityManager, reported: MoyasarPayment, observation: Observation): Promise<Payment | null> {
  return em.transactional(async (tx) => {
    const payment = await tx.findOne(Payment, { externalId: reported.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!payment) {
      tx.create(PaymentEvent, { payment: null, type: observation.type, externalEventId: observation.externalEventId ?? null, payload: observation.payload, receivedAt: app.now(), outcome: 'unknown payment' });
      return null;
    }
    const before = payment.status;
    const next = nextState(payment, reported);
    if (!next.stale) {
      payment.status = next.status;
      payment.refundedHalalas = next.refundedHalalas;
      payment.transactionUrl = next.status === PaymentStatus.INITIATED ? (reported.source?.transaction_url ?? payment.transactionUrl) : null;
      payment.providerPayload = reported as unknown as Record<string, unknown>;
      if (reported.source?.company) payment.cardCompany = reported.source.company;
      if (reported.source?.number) payment.cardLast4 = String(reported.source.number).slice(-4);
      if (next.status === PaymentStatus.FAILED) payment.failureMessage = reported.source?.message ?? 'failed';
    }
    tx.create(PaymentEvent, {
      payment, type: observation.type, externalEventId: observation.externalEventId ?? null, payload: observation.payload, receivedAt: app.now(),
      outcome: next.changed ? `${before} -> ${next.status}` : `ignored (${payment.status})`,
    });
    if (next.changed && HOLDS_MONEY.includes(next.status) && !HOLDS_MONEY.includes(before)) {
      await tx.flush();
      const booking = await tx.findOneOrFail(Booking, { id: payment.booking.id });
      if (booking.status === BookingStatus.PENDING && booking.holdExpiresAt) await confirmPaidBooking(app, tx, booking.id);
      else if (!ACTIVE_STATUSES.includes(booking.status)) {
        // The booking stopped waiting for this money (the hold lapsed, it was cancelled): give it back.
        tx.create(PaymentOperation, {
          payment, kind: next.status === PaymentStatus.AUTHORIZED ? PaymentOperationKind.VOID : PaymentOperationKind.REFUND,
          nextAttemptAt: app.now(), reason: `paid while the booking was ${booking.status}`,
        });
      }
    }
    return payment;
  });
}
