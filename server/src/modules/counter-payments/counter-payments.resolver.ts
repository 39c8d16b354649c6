import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { auditOrigin } from '../audit/audit-origin';
import type { PlainRow } from '../../db/plain-rows';
import { Booking } from '../bookings/booking.entity';
import { Invoice } from '../invoices/invoice.entity';
import { CounterPayment } from './counter-payment.entity';
import { RecordCounterPaymentInput, RecordCounterPaymentPayload, RefundCounterPaymentInput, RefundCounterPaymentPayload } from './counter-payments.types';
import { recordCounterPayment } from './record';
import { refundCounterPayment } from './refund';

@Resolver(() => CounterPayment)
export class CounterPaymentsResolver {
  @Mutation(() => RecordCounterPaymentPayload, { description: 'Record what the customer paid at the salon, by cash, mada, card or a split (staff and managers of the salon). Issues its invoice.' })
  recordCounterPayment(@Ctx() ctx: AppContext, @Arg('input', () => RecordCounterPaymentInput, { description: 'Booking, means and amounts.' }) input: RecordCounterPaymentInput) {
    return toPayload(ctx.locale, () => recordCounterPayment(ctx.app, ctx.em, ctx.viewer!.userId, input));
  }

  @Mutation(() => RefundCounterPaymentPayload, { description: 'Give back part or all of a counter payment (managers of the salon). Issues a credit note.' })
  refundCounterPayment(@Ctx() ctx: AppContext, @Arg('input', () => RefundCounterPaymentInput, { description: 'Payment, amount, means and reason.' }) input: RefundCounterPaymentInput) {
    return toPayload(ctx.locale, () => refundCounterPayment(ctx.app, ctx.em, { ...auditOrigin(ctx), actorId: ctx.viewer!.userId }, input));
  }

  @FieldResolver(() => Int, { description: 'Given back so far, in halalas.' })
  refundedHalalas(@Root() payment: CounterPayment, @Ctx() ctx: AppContext): Promise<number> {
    return ctx.loaders.counterPayments.refundedById.load(payment.id);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'Its simplified tax invoice.' })
  invoice(@Root() payment: CounterPayment, @Ctx() ctx: AppContext): Promise<PlainRow<Invoice> | null> {
    return ctx.loaders.invoices.invoiceByCounterPaymentId.load(payment.id);
  }
}

@Resolver(() => Booking)
export class BookingCounterPaymentsResolver {
  @FieldResolver(() => [CounterPayment], { description: 'What was paid for it at the salon, oldest first.' })
  counterPayments(@Root() booking: Booking, @Ctx() ctx: AppContext): Promise<PlainRow<CounterPayment>[]> {
    return ctx.loaders.counterPayments.byBookingId.load(booking.id);
  }
}
