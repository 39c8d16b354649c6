import { PaymentStatus as S } from './payment.entity';
import { nextState, statusFromMoyasar } from './payment-state';
import type { MoyasarPayment } from './moyasar-client';

const moyasar = (status: MoyasarPayment['status'], refunded = 0, captured = 0): MoyasarPayment => ({ id: 'p', status, amount: 10000, refunded, captured, currency: 'SAR', source: {} });

describe('payment state machine', () => {
  it('maps Moyasar statuses, including partial refunds', () => {
    expect(statusFromMoyasar(moyasar('paid'))).toBe(S.PAID);
    expect(statusFromMoyasar(moyasar('paid', 2500))).toBe(S.PARTIALLY_REFUNDED);
    expect(statusFromMoyasar(moyasar('refunded', 10000))).toBe(S.REFUNDED);
    expect(statusFromMoyasar(moyasar('captured', 0, 8000))).toBe(S.CAPTURED);
    expect(statusFromMoyasar(moyasar('captured', 8000, 8000))).toBe(S.REFUNDED);
    expect(statusFromMoyasar(moyasar('authorized'))).toBe(S.AUTHORIZED);
  });

  it('moves forwards only, so late and replayed reports are harmless', () => {
    expect(nextState({ status: S.INITIATED, refundedHalalas: 0 }, moyasar('paid'))).toEqual({ status: S.PAID, refundedHalalas: 0, changed: true, stale: false });
    expect(nextState({ status: S.REFUNDED, refundedHalalas: 10000 }, moyasar('paid'))).toEqual({ status: S.REFUNDED, refundedHalalas: 10000, changed: false, stale: true });
    expect(nextState({ status: S.PAID, refundedHalalas: 0 }, moyasar('initiated')).changed).toBe(false);
    expect(nextState({ status: S.PAID, refundedHalalas: 0 }, moyasar('paid')).changed).toBe(false);
    expect(nextState({ status: S.VOIDED, refundedHalalas: 0 }, moyasar('failed')).changed).toBe(false);
  });

  it('counts more refunded money at the same step', () => {
    expect(nextState({ status: S.PARTIALLY_REFUNDED, refundedHalalas: 1000 }, moyasar('paid', 3000))).toEqual({ status: S.PARTIALLY_REFUNDED, refundedHalalas: 3000, changed: true, stale: false });
  });
});
