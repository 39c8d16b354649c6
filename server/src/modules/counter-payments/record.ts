import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { BookingStatus } from '../bookings/booking.entity';
import { Invoice, InvoiceKind, PaymentMeans } from '../invoices/invoice.entity';
import { issueDocument } from '../invoices/issue';
import { CounterPayment, type CounterPaymentMethod, type CounterPaymentPart } from './counter-payment.entity';
import './counter-payments.messages';

export interface RecordCounterPaymentInput {
  bookingId: string;
  parts: CounterPaymentPart[];
  idempotencyKey: string;
}

const MAX_HALALAS = 100_000_000;
const partsSchema = z.array(z.object({ method: z.string(), amountHalalas: z.number().int().positive().max(MAX_HALALAS) })).min(1).max(3)
  .refine((parts) => new Set(parts.map((p) => p.method)).size === parts.length);
const PAYABLE = [BookingStatus.CONFIRMED, BookingStatus.COMPLETED];

/** Locks the booking (every change to its money takes this lock first) and reads what the sale needs. */
export async function lockBooking(tx: EntityManager, bookingId: string): Promise<{ salon_id: string; status: BookingStatus; price_halalas: number } | undefined> {
  const [row] = await execute<{ salon_id: string; status: BookingStatus; price_halalas: number }>(tx, 'select salon_id, status, price_halalas from bookings where id = ? for update', [bookingId]);
  return row;
}

/**
 * What staff took at the salon for a booking, by one means or split over several. Under the booking's lock: the
 * amount may not exceed what is left to pay (the price less every invoice net of credit notes, online ones
 * included), an online payment still under way blocks it (the customer would pay twice), and the same
 * idempotency key returns the same payment. The payment and its invoice commit together.
 */
export async function recordCounterPayment(app: AppServices, em: EntityManager, actorId: string, input: RecordCounterPaymentInput): Promise<{ counterPayment: CounterPayment; invoice: Invoice }> {
  if (input.idempotencyKey.length < 8 || input.idempotencyKey.length > 128) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'counter.invalidKey', ['input', 'idempotencyKey']);
  if (!partsSchema.safeParse(input.parts).success) throw new BusinessError(UserErrorCode.INVALID_INPUT, 'counter.invalidParts', ['input', 'parts']);
  const parts = input.parts.map((p) => ({ method: p.method, amountHalalas: p.amountHalalas }));
  const total = parts.reduce((s, p) => s + p.amountHalalas, 0);

  return em.transactional(async (tx) => {
    const booking = (await lockBooking(tx, input.bookingId))!;
    const earlier = await tx.findOne(CounterPayment, { booking: input.bookingId, idempotencyKey: input.idempotencyKey });
    if (earlier) {
      if (partsKey(earlier.parts) !== partsKey(parts)) throw new BusinessError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'counter.keyReused', ['input', 'idempotencyKey']);
      return { counterPayment: earlier, invoice: await tx.findOneOrFail(Invoice, { counterPaymentId: earlier.id, kind: InvoiceKind.INVOICE }) };
    }
    if (!PAYABLE.includes(booking.status)) throw new BusinessError(UserErrorCode.PAYMENT_NOT_ALLOWED, 'counter.notPayable', ['input', 'bookingId']);
    const [{ live }] = await execute<{ live: boolean }>(tx, "select exists (select 1 from payments where booking_id = ? and not surplus and status in ('INITIATED', 'AUTHORIZED')) as live", [input.bookingId]);
    if (live) throw new BusinessError(UserErrorCode.PAYMENT_IN_PROGRESS, 'counter.onlineInProgress', ['input', 'bookingId']);
    const max = booking.price_halalas - (await paidSoFar(tx, input.bookingId));
    if (total > max) throw new BusinessError(UserErrorCode.PAYMENT_EXCEEDS_BALANCE, 'counter.exceedsBalance', ['input', 'parts'], { max: Math.max(max, 0) });

    const counterPayment = tx.create(CounterPayment, {
      booking: input.bookingId, salon: booking.salon_id, recordedBy: actorId, totalHalalas: total, parts: parts as CounterPaymentPart[], idempotencyKey: input.idempotencyKey,
    });
    await tx.flush();
    const invoice = await issueDocument(tx, {
      bookingId: input.bookingId, kind: InvoiceKind.INVOICE, amountHalalas: total, at: app.now(), counterPaymentId: counterPayment.id,
      means: parts.map((p) => ({ method: means(p.method as CounterPaymentMethod), amountHalalas: p.amountHalalas })),
    });
    app.logger.info({ event: 'counter.payment_recorded', bookingId: input.bookingId, counterPaymentId: counterPayment.id, totalHalalas: total, invoiceNumber: invoice.number, by: actorId }, 'Counter payment recorded');
    return { counterPayment, invoice };
  });
}

/** The same parts in the same order, whatever order jsonb kept their keys in. */
const partsKey = (parts: { method: string; amountHalalas: number }[]) => parts.map((p) => `${p.method}:${p.amountHalalas}`).join(',');

/** What the booking's documents say was paid: invoices net of credit notes, online and counter alike. */
async function paidSoFar(tx: EntityManager, bookingId: string): Promise<number> {
  const [{ paid }] = await execute<{ paid: number }>(tx, "select coalesce(sum(case when kind = 'INVOICE' then total_halalas else -total_halalas end), 0)::int as paid from invoices where booking_id = ?", [bookingId]);
  return paid;
}

export function means(method: CounterPaymentMethod): PaymentMeans {
  return PaymentMeans[method];
}
