import { BookingStatus } from '../../bookings/booking.entity';
import { PaymentPurpose, PaymentStatus } from '../payment.entity';
import { FeeKind, Prepayment } from './policy.entity';
import { feeFor, legacyRules, nextDue, settle, termsFor, type HeldPayment, type PolicyRules } from './terms';

const rules = (over: Partial<PolicyRules>): PolicyRules => ({ ...legacyRules(false), ...over });
const START = new Date('2026-12-10T07:00:00Z');
const accepted = { termsAcceptedAt: new Date('2026-12-01T00:00:00Z') };

describe('payment terms', () => {
  it('computes deposits, caps fees at the money held, and secures fees without prepayment by a guarantee', () => {
    expect(termsFor(rules({ prepayment: Prepayment.DEPOSIT, deposit: { percent: 30 }, noShowFee: { percent: 50 } }), 20000)).toMatchObject({ onlineDueHalalas: 6000, noShowFeeHalalas: 6000, guarantee: false });
    // Never under Moyasar's 1 SAR, never over the price.
    expect(termsFor(rules({ prepayment: Prepayment.DEPOSIT, deposit: { halalas: 50 } }), 20000).onlineDueHalalas).toBe(100);
    expect(termsFor(rules({ prepayment: Prepayment.DEPOSIT, deposit: { halalas: 90000 } }), 20000).onlineDueHalalas).toBe(20000);
    expect(termsFor(rules({ prepayment: Prepayment.NONE, noShowFee: { halalas: 3000 }, lateCancelFee: { percent: 10 } }), 20000)).toMatchObject({ onlineDueHalalas: 3000, guarantee: true, lateCancelFeeHalalas: 2000 });
    expect(termsFor(legacyRules(true), 20000)).toMatchObject({ prepayment: Prepayment.FULL, onlineDueHalalas: 20000, noShowFeeHalalas: 0 });
    expect(termsFor(legacyRules(false), 20000)).toMatchObject({ onlineDueHalalas: 0, guarantee: false });
  });

  it('offers the guarantee first, then the deposit, then the balance, then nothing', () => {
    const deposit = termsFor(rules({ prepayment: Prepayment.DEPOSIT, deposit: { percent: 25 } }), 20000);
    expect(nextDue(deposit, 20000, [])).toEqual({ purpose: PaymentPurpose.PREPAYMENT, amountHalalas: 5000, authoriseOnly: false, savesCard: false });
    expect(nextDue(deposit, 20000, [{ purpose: PaymentPurpose.PREPAYMENT, heldHalalas: 5000 }])).toEqual({ purpose: PaymentPurpose.BALANCE, amountHalalas: 15000, authoriseOnly: false, savesCard: false });
    expect(nextDue(deposit, 20000, [{ purpose: PaymentPurpose.PREPAYMENT, heldHalalas: 5000 }, { purpose: PaymentPurpose.BALANCE, heldHalalas: 15000 }])).toBeNull();
    const guarantee = termsFor(rules({ noShowFee: { halalas: 3000 } }), 20000);
    expect(nextDue(guarantee, 20000, [])).toEqual({ purpose: PaymentPurpose.GUARANTEE, amountHalalas: 3000, authoriseOnly: true, savesCard: false });
    // A booking further ahead than an authorisation lasts: the guarantee saves the card, and once saved it is secured.
    expect(nextDue({ ...guarantee, savesCard: true }, 20000, [])).toEqual({ purpose: PaymentPurpose.GUARANTEE, amountHalalas: 3000, authoriseOnly: true, savesCard: true });
    expect(nextDue({ ...guarantee, savesCard: true }, 20000, [], true)).toEqual({ purpose: PaymentPurpose.PREPAYMENT, amountHalalas: 20000, authoriseOnly: false, savesCard: false });
    expect(nextDue(guarantee, 20000, [{ purpose: PaymentPurpose.GUARANTEE, heldHalalas: 3000 }])).toEqual({ purpose: PaymentPurpose.PREPAYMENT, amountHalalas: 20000, authoriseOnly: false, savesCard: false });
  });

  it('charges a late-cancellation fee only to a customer who accepted it, inside the window', () => {
    const terms = { ...termsFor(rules({ prepayment: Prepayment.FULL, lateCancelFee: { halalas: 1000 }, lateCancelWindowHours: 24 }), 20000), ...accepted };
    const at = (hoursBefore: number) => new Date(START.getTime() - hoursBefore * 3_600_000);
    expect(feeFor(terms, { to: BookingStatus.CANCELLED, by: 'customer', at: at(23) }, START)).toEqual({ kind: FeeKind.LATE_CANCEL, amountHalalas: 1000 });
    expect(feeFor(terms, { to: BookingStatus.CANCELLED, by: 'customer', at: at(25) }, START)).toBeNull();
    expect(feeFor(terms, { to: BookingStatus.CANCELLED, by: 'salon', at: at(1) }, START)).toBeNull();
    expect(feeFor({ ...terms, termsAcceptedAt: null }, { to: BookingStatus.CANCELLED, by: 'customer', at: at(1) }, START)).toBeNull();
    expect(feeFor(terms, { to: BookingStatus.NO_SHOW, by: 'salon', at: START }, START)).toBeNull();
  });

  it('settles: keeps the fee from one payment and gives the rest back; without a fee a no-show keeps the prepayment', () => {
    const paid: HeldPayment = { id: 'p', purpose: PaymentPurpose.PREPAYMENT, status: PaymentStatus.PAID, heldHalalas: 5000 };
    const auth: HeldPayment = { id: 'g', purpose: PaymentPurpose.GUARANTEE, status: PaymentStatus.AUTHORIZED, heldHalalas: 3000 };
    const fee = { kind: FeeKind.NO_SHOW, amountHalalas: 2000 };
    expect(settle(BookingStatus.NO_SHOW, [paid], fee)).toEqual({ steps: [{ paymentId: 'p', kind: 'REFUND', amountHalalas: 3000 }], fee: { kind: FeeKind.NO_SHOW, paymentId: 'p', amountHalalas: 2000 } });
    expect(settle(BookingStatus.NO_SHOW, [paid, auth], fee)).toEqual({
      steps: [{ paymentId: 'p', kind: 'REFUND', amountHalalas: null }, { paymentId: 'g', kind: 'CAPTURE', amountHalalas: 2000 }],
      fee: { kind: FeeKind.NO_SHOW, paymentId: 'g', amountHalalas: 2000 },
    });
    expect(settle(BookingStatus.NO_SHOW, [paid], null)).toEqual({ steps: [], fee: null });
    expect(settle(BookingStatus.CANCELLED, [paid, auth], null)).toEqual({ steps: [{ paymentId: 'p', kind: 'REFUND', amountHalalas: null }, { paymentId: 'g', kind: 'VOID', amountHalalas: null }], fee: null });
    expect(settle(BookingStatus.COMPLETED, [{ ...paid, status: PaymentStatus.AUTHORIZED }, auth], null).steps).toEqual([{ paymentId: 'p', kind: 'CAPTURE', amountHalalas: null }, { paymentId: 'g', kind: 'VOID', amountHalalas: null }]);
  });
});
