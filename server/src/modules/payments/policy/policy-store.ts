import type { EntityManager } from '@mikro-orm/postgresql';
import { Booking } from '../../bookings/booking.entity';
import { Payment, PaymentStatus } from '../payment.entity';
import { HOLDS_MONEY } from '../payment-state';
import { BookingTerms, PaymentPolicy } from './policy.entity';
import { legacyRules, legacyTerms, type HeldPayment, type PolicyRules, type Terms } from './terms';

export function rulesOf(row: Omit<PaymentPolicy, 'id' | 'createdAt' | 'updatedAt' | 'salon' | 'service'>): PolicyRules {
  return {
    prepayment: row.prepayment,
    deposit: { percent: row.depositPercent, halalas: row.depositHalalas },
    noShowFee: { percent: row.noShowFeePercent, halalas: row.noShowFeeHalalas },
    noShowGraceMinutes: row.noShowGraceMinutes,
    lateCancelFee: { percent: row.lateCancelFeePercent, halalas: row.lateCancelFeeHalalas },
    lateCancelWindowHours: row.lateCancelWindowHours,
  };
}

/** The service's override, else the salon's policy, else the salon's older prepayment switch. */
export function effectiveRules(rows: readonly Readonly<PaymentPolicy>[], serviceId: string | null, requiresPrepayment: boolean): PolicyRules {
  const row = (serviceId ? rows.find((r) => r.service?.id === serviceId) : undefined) ?? rows.find((r) => !r.service);
  return row ? rulesOf(row) : legacyRules(requiresPrepayment);
}

export async function rulesFor(tx: EntityManager, salonId: string, serviceId: string, requiresPrepayment: boolean): Promise<PolicyRules> {
  const rows = await tx.find(PaymentPolicy, { salon: salonId, $or: [{ service: null }, { service: serviceId }] });
  return effectiveRules(rows, serviceId, requiresPrepayment);
}

/** The booking's stored terms; a booking made before policies existed gets its salon's older switch. */
export async function termsOfBooking(tx: EntityManager, booking: Booking): Promise<Terms & { termsAcceptedAt: Date | null }> {
  const stored = await tx.findOne(BookingTerms, { booking: booking.id });
  if (stored) return { ...stored, termsAcceptedAt: stored.termsAcceptedAt ?? null };
  await tx.populate(booking, ['salon']);
  return legacyTerms(booking.salon.requiresPrepayment, booking.priceHalalas);
}

export function heldOf(p: Pick<Payment, 'id' | 'purpose' | 'status' | 'amountHalalas' | 'refundedHalalas' | 'providerPayload'>): HeldPayment {
  const captured = Number((p.providerPayload as { captured?: number } | null)?.captured ?? 0);
  const base = p.status === PaymentStatus.CAPTURED || captured > 0 ? captured || p.amountHalalas : p.amountHalalas;
  return { id: p.id, purpose: p.purpose, status: p.status, heldHalalas: base - p.refundedHalalas };
}

/** The booking's payments holding money; surplus money is already being given back. */
export async function heldPayments(tx: EntityManager, bookingId: string): Promise<Payment[]> {
  return tx.find(Payment, { booking: bookingId, status: { $in: HOLDS_MONEY }, surplus: false }, { orderBy: { createdAt: 'asc' } });
}
