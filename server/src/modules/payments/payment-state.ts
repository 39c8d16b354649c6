import { PaymentStatus } from './payment.entity';
import type { MoyasarPayment } from './moyasar-client';

const S = PaymentStatus;

/**
 * Where a payment may go from each status (Moyasar's transitions, read from its status definitions, closed over
 * the steps we may not have seen: a payment first observed after its refund jumps straight to REFUNDED).
 * FAILED follows INITIATED only; REFUNDED, VOIDED and FAILED are terminal. Anything else a report says is either
 * an older report arriving late (ignored) or, for money we hold, a contradiction a person must look at.
 */
export const TRANSITIONS: Record<PaymentStatus, readonly PaymentStatus[]> = {
  [S.INITIATED]: [S.AUTHORIZED, S.PAID, S.CAPTURED, S.PARTIALLY_REFUNDED, S.REFUNDED, S.VOIDED, S.FAILED],
  [S.AUTHORIZED]: [S.CAPTURED, S.PARTIALLY_REFUNDED, S.REFUNDED, S.VOIDED],
  [S.PAID]: [S.PARTIALLY_REFUNDED, S.REFUNDED, S.VOIDED],
  [S.CAPTURED]: [S.PARTIALLY_REFUNDED, S.REFUNDED, S.VOIDED],
  [S.PARTIALLY_REFUNDED]: [S.REFUNDED],
  [S.REFUNDED]: [],
  [S.FAILED]: [],
  [S.VOIDED]: [],
};

/** Statuses in which the payment holds the customer's money. */
export const HOLDS_MONEY = [S.AUTHORIZED, S.PAID, S.CAPTURED, S.PARTIALLY_REFUNDED];
export const SETTLED = [S.PAID, S.CAPTURED, S.PARTIALLY_REFUNDED];
/** Statuses in which money was taken at some point. */
const TOOK_MONEY = [...HOLDS_MONEY, S.REFUNDED];

/** Our status for Moyasar's payment object (a partial refund is Moyasar `paid`/`captured` with `refunded` > 0). */
export function statusFromMoyasar(p: MoyasarPayment): PaymentStatus {
  switch (p.status) {
    case 'initiated':
      return S.INITIATED;
    case 'authorized':
      return S.AUTHORIZED;
    case 'paid':
    case 'captured':
      if (p.refunded > 0) return p.refunded >= (p.status === 'captured' ? p.captured : p.amount) ? S.REFUNDED : S.PARTIALLY_REFUNDED;
      return p.status === 'paid' ? S.PAID : S.CAPTURED;
    case 'refunded':
      return S.REFUNDED;
    case 'voided':
      return S.VOIDED;
    case 'failed':
    case 'verified':
      return S.FAILED;
  }
}

export interface StateChange {
  status: PaymentStatus;
  refundedHalalas: number;
  changed: boolean;
  /** The report is older than what we know; nothing in it may overwrite our state. */
  stale: boolean;
  /** The provider says a payment that took money failed: not applied, and a person must look at it. */
  alert: boolean;
}

/**
 * The next state given what Moyasar says now: only along TRANSITIONS, so a `paid` seen after `refunded` (events
 * arrive in any order) or any replay changes nothing. More money refunded at the same step still counts.
 */
export function nextState(current: { status: PaymentStatus; refundedHalalas: number }, reported: MoyasarPayment): StateChange {
  const status = statusFromMoyasar(reported);
  if (status !== current.status && !TRANSITIONS[current.status].includes(status)) {
    const alert = status === S.FAILED && TOOK_MONEY.includes(current.status);
    return { status: current.status, refundedHalalas: current.refundedHalalas, changed: false, stale: true, alert };
  }
  const refunded = Math.max(current.refundedHalalas, reported.refunded ?? 0);
  return { status, refundedHalalas: refunded, changed: status !== current.status || refunded !== current.refundedHalalas, stale: false, alert: false };
}
