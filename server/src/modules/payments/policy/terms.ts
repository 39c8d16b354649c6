import { BookingStatus } from '../../bookings/booking.entity';
import { PaymentPurpose, PaymentStatus } from '../payment.entity';
import { FeeKind, Prepayment } from './policy.entity';

/** A percentage of the price or a fixed amount in halalas; neither means none. */
export interface AmountRule {
  percent?: number | null;
  halalas?: number | null;
}

export interface PolicyRules {
  prepayment: Prepayment;
  deposit: AmountRule;
  noShowFee: AmountRule;
  noShowGraceMinutes: number;
  lateCancelFee: AmountRule;
  lateCancelWindowHours: number;
}

/** The money side of one booking, from its policy and price. Stored on the booking when it is made. */
export interface Terms {
  prepayment: Prepayment;
  /** The first online payment: deposit, full price, or the guarantee authorisation; 0 when nothing is due to book. */
  onlineDueHalalas: number;
  /** The online amount is an authorisation that secures the fees, released when the customer comes. */
  guarantee: boolean;
  noShowFeeHalalas: number;
  noShowGraceMinutes: number;
  lateCancelFeeHalalas: number;
  lateCancelWindowHours: number;
  /** The guarantee saves the card instead of authorising (the booking starts later than an authorisation lasts); stored terms only. */
  savesCard?: boolean;
}

/** Moyasar's smallest payment (1 SAR). */
export const MIN_ONLINE_HALALAS = 100;

/** A salon without a policy row: its older prepayment switch, full price or nothing, and no fees. */
export function legacyRules(requiresPrepayment: boolean): PolicyRules {
  return { prepayment: requiresPrepayment ? Prepayment.FULL : Prepayment.NONE, deposit: {}, noShowFee: {}, noShowGraceMinutes: 15, lateCancelFee: {}, lateCancelWindowHours: 24 };
}

/** The terms of a booking made before policies existed (no stored terms). */
export function legacyTerms(requiresPrepayment: boolean, priceHalalas: number): Terms & { termsAcceptedAt: null } {
  return { ...termsFor(legacyRules(requiresPrepayment), priceHalalas), termsAcceptedAt: null };
}

export function amountOf(rule: AmountRule, priceHalalas: number): number {
  if (rule.halalas != null) return Math.min(rule.halalas, priceHalalas);
  if (rule.percent != null) return Math.round((priceHalalas * rule.percent) / 100);
  return 0;
}

/**
 * A booking's terms. Fees are taken from money held online, so they never exceed it: with a deposit or full
 * prepayment they are capped at that amount; without prepayment, fees are secured by authorising the larger fee on
 * the customer's card (released when they come). Online amounts are at least Moyasar's minimum and at most the price.
 */
export function termsFor(rules: PolicyRules, priceHalalas: number): Terms {
  const online = (halalas: number) => (halalas <= 0 ? 0 : Math.min(priceHalalas, Math.max(halalas, MIN_ONLINE_HALALAS)));
  let noShow = amountOf(rules.noShowFee, priceHalalas);
  let lateCancel = amountOf(rules.lateCancelFee, priceHalalas);
  let onlineDue = 0;
  let guarantee = false;
  if (rules.prepayment === Prepayment.FULL) onlineDue = priceHalalas;
  else if (rules.prepayment === Prepayment.DEPOSIT) onlineDue = online(amountOf(rules.deposit, priceHalalas));
  else if (noShow > 0 || lateCancel > 0) {
    onlineDue = online(Math.max(noShow, lateCancel));
    guarantee = onlineDue > 0;
  }
  noShow = Math.min(noShow, onlineDue);
  lateCancel = Math.min(lateCancel, onlineDue);
  return {
    prepayment: rules.prepayment, onlineDueHalalas: onlineDue, guarantee,
    noShowFeeHalalas: noShow, noShowGraceMinutes: rules.noShowGraceMinutes, lateCancelFeeHalalas: lateCancel, lateCancelWindowHours: rules.lateCancelWindowHours,
  };
}

export const hasFees = (t: Pick<Terms, 'noShowFeeHalalas' | 'lateCancelFeeHalalas'>) => t.noShowFeeHalalas > 0 || t.lateCancelFeeHalalas > 0;

/** A payment that holds the customer's money (not surplus), as the money rules see it. */
export interface HeldPayment {
  id: string;
  purpose: PaymentPurpose;
  status: PaymentStatus;
  /** What it still holds: the authorisation, or the charge minus refunds. */
  heldHalalas: number;
}

export interface Due {
  purpose: PaymentPurpose;
  amountHalalas: number;
  /** Authorise only (a guarantee is captured only if a fee is due). */
  authoriseOnly: boolean;
  /** The guarantee's authorisation only verifies the card, which is saved for the fees (card payments only). */
  savesCard: boolean;
}

/**
 * What the customer may pay online next, given what is already held: the guarantee first, then the deposit or the
 * full price (online payment is offered without prepayment too), then the balance after a deposit. Null when
 * nothing is left to pay online.
 */
export function nextDue(terms: Terms, priceHalalas: number, held: Pick<HeldPayment, 'purpose' | 'heldHalalas'>[], cardSaved = false): Due | null {
  const of = (purpose: PaymentPurpose) => held.find((p) => p.purpose === purpose);
  // A saved card secures the fees once its verification is released.
  if (terms.guarantee && !of(PaymentPurpose.GUARANTEE) && !cardSaved) {
    return { purpose: PaymentPurpose.GUARANTEE, amountHalalas: terms.onlineDueHalalas, authoriseOnly: true, savesCard: Boolean(terms.savesCard) };
  }
  const prepaid = of(PaymentPurpose.PREPAYMENT);
  if (!prepaid) {
    const amount = terms.prepayment === Prepayment.DEPOSIT ? terms.onlineDueHalalas : priceHalalas;
    return amount >= MIN_ONLINE_HALALAS ? { purpose: PaymentPurpose.PREPAYMENT, amountHalalas: amount, authoriseOnly: false, savesCard: false } : null;
  }
  const balance = priceHalalas - prepaid.heldHalalas;
  if (of(PaymentPurpose.BALANCE) || balance < MIN_ONLINE_HALALAS) return null;
  return { purpose: PaymentPurpose.BALANCE, amountHalalas: balance, authoriseOnly: false, savesCard: false };
}

/** The fee a status change brings, if the customer accepted fees: late cancellation by the customer inside the window, or a no-show. */
export function feeFor(
  terms: (Terms & { termsAcceptedAt?: Date | null }) | null,
  change: { to: BookingStatus; by: string; at: Date },
  startsAt: Date,
): { kind: FeeKind; amountHalalas: number } | null {
  if (!terms?.termsAcceptedAt) return null;
  if (change.to === BookingStatus.NO_SHOW && terms.noShowFeeHalalas > 0) return { kind: FeeKind.NO_SHOW, amountHalalas: terms.noShowFeeHalalas };
  const lateFrom = startsAt.getTime() - terms.lateCancelWindowHours * 3_600_000;
  if (change.to === BookingStatus.CANCELLED && change.by === 'customer' && terms.lateCancelFeeHalalas > 0 && change.at.getTime() >= lateFrom) {
    return { kind: FeeKind.LATE_CANCEL, amountHalalas: terms.lateCancelFeeHalalas };
  }
  return null;
}

export interface MoneyStep {
  paymentId: string;
  kind: 'CAPTURE' | 'VOID' | 'REFUND';
  /** Null means everything held. */
  amountHalalas: number | null;
}

export interface Settlement {
  steps: MoneyStep[];
  /** The fee kept, and from which payment. */
  fee: { kind: FeeKind; paymentId: string; amountHalalas: number } | null;
}

const ORDER = [PaymentPurpose.GUARANTEE, PaymentPurpose.PREPAYMENT, PaymentPurpose.BALANCE];

/**
 * What happens to the money a booking holds when its status changes:
 * - COMPLETED: authorisations towards the price are captured; a guarantee is released;
 * - CANCELLED, EXPIRED, NO_SHOW with a fee: the fee is kept from one payment (the guarantee, else the deposit,
 *   else the balance; at most what it holds), everything else is released (void) or given back (refund);
 * - NO_SHOW without a fee: the prepayment is kept, as before fees existed; a guarantee cannot exist without fees.
 */
export function settle(to: BookingStatus, held: HeldPayment[], fee: { kind: FeeKind; amountHalalas: number } | null): Settlement {
  const steps: MoneyStep[] = [];
  const authorised = (p: HeldPayment) => p.status === PaymentStatus.AUTHORIZED;
  if (to === BookingStatus.COMPLETED) {
    for (const p of held) if (authorised(p)) steps.push({ paymentId: p.id, kind: p.purpose === PaymentPurpose.GUARANTEE ? 'VOID' : 'CAPTURE', amountHalalas: null });
    return { steps, fee: null };
  }
  if (![BookingStatus.CANCELLED, BookingStatus.EXPIRED, BookingStatus.NO_SHOW].includes(to)) return { steps, fee: null };
  const source = fee ? [...held].sort((a, b) => ORDER.indexOf(a.purpose) - ORDER.indexOf(b.purpose))[0] : undefined;
  const kept = source && fee ? Math.min(fee.amountHalalas, source.heldHalalas) : 0;
  for (const p of held) {
    const keep = p === source ? kept : to === BookingStatus.NO_SHOW && !fee && p.purpose !== PaymentPurpose.GUARANTEE ? p.heldHalalas : 0;
    if (authorised(p)) steps.push(keep > 0 ? { paymentId: p.id, kind: 'CAPTURE', amountHalalas: keep < p.heldHalalas ? keep : null } : { paymentId: p.id, kind: 'VOID', amountHalalas: null });
    else if (keep < p.heldHalalas) steps.push({ paymentId: p.id, kind: 'REFUND', amountHalalas: keep > 0 ? p.heldHalalas - keep : null });
  }
  return { steps, fee: source && fee && kept > 0 ? { kind: fee.kind, paymentId: source.id, amountHalalas: kept } : null };
}
