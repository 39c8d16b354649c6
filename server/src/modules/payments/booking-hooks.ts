import type { EntityManager } from '@mikro-orm/postgresql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { execute } from '../../db/sql';
import type { BookingPaymentHooks } from '../bookings/payment-hooks';
import { Salon } from '../catalog/salon.entity';
import { PaymentOperation, PaymentOperationKind } from './payment.entity';
import { BookingFee, BookingTerms, FeeKind, FeeStatus } from './policy/policy.entity';
import { heldOf, heldPayments, rulesFor } from './policy/policy-store';
import { feeFor, hasFees, settle, termsFor } from './policy/terms';
import { auditRefund } from './refund-audit';
import { chargeSavedCard, forgetSavedCard } from './policy/saved-card';
import { ACTIVE_STATUSES } from '../bookings/booking.entity';
import { SYSTEM_ORIGIN } from '../audit/audit-log';
import './payments.messages';

/**
 * What bookings mean for money, recorded in the booking's own transaction (its row is locked by the caller) as
 * operations that the payment worker sends to Moyasar after commit. The rules are `settle` and `feeFor` in
 * policy/terms.ts; a kept fee is a `booking_fees` row, unique per booking, so it is never taken twice.
 */
export const createPaymentHooks = (options: { feeAuthorisationValidDays: number }): BookingPaymentHooks => ({
  async prepare(tx, request) {
    const salon = await tx.findOneOrFail(Salon, { id: request.salonId });
    const terms = termsFor(await rulesFor(tx, request.salonId, request.serviceId, salon.requiresPrepayment), request.priceHalalas);
    if (request.online && hasFees(terms) && !request.termsAccepted) {
      throw new BusinessError(UserErrorCode.FEES_NOT_ACCEPTED, 'payments.feesNotAccepted', ['input', 'acceptTerms']);
    }
    // The front desk books for a customer who has not seen the fees: none apply, nothing is secured online.
    const stored = request.online ? terms : { ...terms, guarantee: false, onlineDueHalalas: terms.guarantee ? 0 : terms.onlineDueHalalas, noShowFeeHalalas: 0, lateCancelFeeHalalas: 0 };
    // An authorisation lapses after a few days: a booking starting later saves the card instead (ADR 0026).
    const savesCard = stored.guarantee && request.startsAt.getTime() - request.at.getTime() > options.feeAuthorisationValidDays * 86_400_000;
    return {
      holdForPayment: request.online && stored.onlineDueHalalas > 0,
      record: (em: EntityManager, bookingId: string) => {
        em.create(BookingTerms, { ...stored, savesCard, booking: bookingId, termsAcceptedAt: request.online && hasFees(stored) ? request.at : null });
      },
    };
  },

  async onStatusChange(tx, change) {
    // Fees need the stored terms and the start. Read with plain SQL: querying the booking through the ORM here
    // would flush the caller's half-made change to it first (one status change, one version).
    const terms = await tx.findOne(BookingTerms, { booking: change.bookingId });
    let fee = null;
    if (terms?.termsAcceptedAt) {
      const [{ starts_at: startsAt }] = await execute<{ starts_at: Date }>(tx, 'select starts_at from bookings where id = ?', [change.bookingId]);
      fee = feeFor(terms, change, new Date(startsAt));
      if (fee?.kind === FeeKind.NO_SHOW && change.at.getTime() < new Date(startsAt).getTime() + terms.noShowGraceMinutes * 60_000) {
        throw new BusinessError(UserErrorCode.INVALID_TRANSITION, 'payments.noShowTooEarly', ['input', 'bookingId'], { minutes: terms.noShowGraceMinutes });
      }
    }
    const payments = await heldPayments(tx, change.bookingId);
    const plan = settle(change.to, payments.map(heldOf), fee);
    for (const step of plan.steps) {
      const payment = payments.find((p) => p.id === step.paymentId)!;
      tx.create(PaymentOperation, { payment, kind: PaymentOperationKind[step.kind], amountHalalas: step.amountHalalas, nextAttemptAt: change.at, reason: `booking ${change.to.toLowerCase()} by ${change.by}` });
      if (step.kind === 'REFUND') await auditRefund(tx, change.at, { ...SYSTEM_ORIGIN, actorId: change.actorId, actorRole: change.by }, payment.id, step.amountHalalas);
    }
    if (plan.fee) {
      tx.create(BookingFee, { booking: change.bookingId, payment: plan.fee.paymentId, kind: plan.fee.kind, amountHalalas: plan.fee.amountHalalas, status: FeeStatus.CHARGED });
    }
    // No money held covers the fee: a saved card pays it (the token is forgotten once that charge is over);
    // otherwise a settled booking forgets its card now.
    const charging = Boolean(fee && !plan.fee && (await chargeSavedCard(tx, change.bookingId, fee, change.at)));
    if (!charging && !ACTIVE_STATUSES.includes(change.to)) await forgetSavedCard(tx, change.bookingId, change.at);
  },
});
