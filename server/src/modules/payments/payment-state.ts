import { PaymentStatus } from './payment.entity';
import type { MoyasarPayment } from './moyasar-client';

const S = PaymentStatus;

/** How far a payment has gone. Moyasar reports are applied only forwards, so replays and late events do nothing. */
const RANK: Record<PaymentStatus, number> = {
  [S.INITIATED]: 0,
  [S.AUTHORIZED]: 1,
  [S.PAID]: 2,
  [S.CAPTURED]: 2,
  [S.PARTIALLY_REFUNDED]: 3,
  [S.REFUNDED]: 4,
  [S.FAILED]: 4,
  [S.VOIDED]: 4,
};

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
}

/**
 * The next state given what Moyasar says now. Never goes back: a `paid` seen after `refunded` (events arrive in
 * any order) changes nothing. More money refunded at the same rank still counts.
 */
export function nextState(current: { status: PaymentStatus; refundedHalalas: number }, reported: MoyasarPayment): StateChange {
  const status = statusFromMoyasar(reported);
  const refunded = Math.max(current.refundedHalalas, reported.refunded ?? 0);
  if (RANK[status] < RANK[current.status] || (RANK[status] === RANK[current.status] && status !== current.status && RANK[status] === 4)) {
    return { status: current.status, refundedHalalas: current.refundedHalalas, changed: false, stale: true };
  }
  return { status, refundedHalalas: refunded, changed: status !== current.status || refunded !== current.refundedHalalas, stale: false };
}

/** Statuses in which the payment holds the customer's money. */
export const HOLDS_MONEY = [S.AUTHORIZED, S.PAID, S.CAPTURED, S.PARTIALLY_REFUNDED];
export const SETTLED = [S.PAID, S.CAPTURED, S.PARTIALLY_REFUNDED];
