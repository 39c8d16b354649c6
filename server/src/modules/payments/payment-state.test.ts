import { PaymentStatus as S } from './payment.entity';
import { nextState, statusFromMoyasar } from './payment-state';
import type { MoyasarPayment } from './moyasar-client';

const moyasar = (status: MoyasarPayment['status'], refunded = 0, captured = 0): MoyasarPayment => ({ id: 'p', status, amount: 10000, refunded, captured, currency: 'SAR', source: {} });

/** Moyasar's payment object for each of our statuses. */
const REPORT: Record<S, MoyasarPayment> = {
  [S.INITIATED]: moyasar('initiated'),
  [S.AUTHORIZED]: moyasar('authorized'),
  [S.PAID]: moyasar('paid'),
  [S.CAPTURED]: moyasar('captured', 0, 10000),
  [S.PARTIALLY_REFUNDED]: moyasar('paid', 2500),
  [S.REFUNDED]: moyasar('refunded', 10000),
  [S.FAILED]: moyasar('failed'),
  [S.VOIDED]: moyasar('voided'),
};

/**
 * Every (current, reported) pair: `→` moves there, `=` is the same status, `·` is ignored as a late report,
 * `!` is ignored and raised as an alert (a payment that took money reported failed).
 */
const COLUMNS = [S.INITIATED, S.AUTHORIZED, S.PAID, S.CAPTURED, S.PARTIALLY_REFUNDED, S.REFUNDED, S.FAILED, S.VOIDED];
const TABLE: [S, string][] = [
  //                        INI AUT PAI CAP PRF REF FAI VOI
  [S.INITIATED,          '  =   →   →   →   →   →   →   →'],
  [S.AUTHORIZED,         '  ·   =   ·   →   →   →   !   →'],
  [S.PAID,               '  ·   ·   =   ·   →   →   !   →'],
  [S.CAPTURED,           '  ·   ·   ·   =   →   →   !   →'],
  [S.PARTIALLY_REFUNDED, '  ·   ·   ·   ·   =   →   !   ·'],
  [S.REFUNDED,           '  ·   ·   ·   ·   ·   =   !   ·'],
  [S.FAILED,             '  ·   ·   ·   ·   ·   ·   =   ·'],
  [S.VOIDED,             '  ·   ·   ·   ·   ·   ·   ·   ='],
];

describe('payment state machine', () => {
  it('maps Moyasar statuses, including partial refunds', () => {
    for (const [status, report] of Object.entries(REPORT)) expect(statusFromMoyasar(report)).toBe(status);
    expect(statusFromMoyasar(moyasar('captured', 8000, 8000))).toBe(S.REFUNDED);
    expect(statusFromMoyasar(moyasar('verified'))).toBe(S.FAILED);
  });

  describe.each(TABLE)('from %s', (from, row) => {
    const marks = row.trim().split(/\s+/);
    it.each(COLUMNS.map((to, i) => [to, marks[i]] as const))('a report of %s: %s', (to, mark) => {
      const current = { status: from, refundedHalalas: from === S.REFUNDED ? 10000 : from === S.PARTIALLY_REFUNDED ? 2500 : 0 };
      const next = nextState(current, REPORT[to]);
      const outcome = next.alert ? '!' : next.stale ? '·' : next.status === from ? '=' : '→';
      expect(outcome).toBe(mark);
      expect(next.status).toBe(mark === '→' ? to : from);
      if (mark !== '→') expect(next.refundedHalalas).toBe(current.refundedHalalas);
    });
  });

  it('FAILED is reachable from INITIATED only', () => {
    for (const from of COLUMNS.filter((s) => s !== S.INITIATED)) expect(nextState({ status: from, refundedHalalas: 0 }, REPORT[S.FAILED]).status).toBe(from);
  });

  it('counts more refunded money at the same step, never less', () => {
    expect(nextState({ status: S.PARTIALLY_REFUNDED, refundedHalalas: 1000 }, moyasar('paid', 3000))).toEqual({ status: S.PARTIALLY_REFUNDED, refundedHalalas: 3000, changed: true, stale: false, alert: false });
    expect(nextState({ status: S.PARTIALLY_REFUNDED, refundedHalalas: 3000 }, moyasar('paid', 1000))).toEqual({ status: S.PARTIALLY_REFUNDED, refundedHalalas: 3000, changed: false, stale: false, alert: false });
  });
});
