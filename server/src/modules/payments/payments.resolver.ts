import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { BusinessError, toPayload, UserErrorCode } from '../../graphql/errors';
import { pageSize, decodeCursor, instantIdCursor, toConnection, type ConnectionShape } from '../../graphql/relay';
import { Booking } from '../bookings/booking.entity';
import { Payment, PaymentOperationKind } from './payment.entity';
import {
  CapturePaymentInput, CapturePaymentPayload, ConfirmStcPaymentInput, ConfirmStcPaymentPayload, PaymentConnection, PaymentSettings, PaymentSourceType, RefundPaymentInput, RefundPaymentPayload,
  StartPaymentInput, StartPaymentPayload, ValidateApplePayMerchantInput, ValidateApplePayMerchantPayload, VoidPaymentInput, VoidPaymentPayload,
} from './payments.types';
import { applePaySettings, validateApplePayMerchant } from './apple-pay';
import { auditOrigin } from '../audit/audit-origin';
import { requestOperation } from './operations';
import { moyasarSettings } from './settings';
import { startPayment, type PaymentSourceInput } from './start-payment';
import { confirmStcPayment } from './stc-pay';

function source(input: StartPaymentInput['source']): PaymentSourceInput {
  if (input.type === PaymentSourceType.STC_PAY && input.mobile) return { type: 'STC_PAY', mobile: input.mobile };
  if (input.type !== PaymentSourceType.STC_PAY && input.token) return { type: input.type === PaymentSourceType.TOKEN ? 'TOKEN' : 'APPLE_PAY', token: input.token };
  throw new BusinessError(UserErrorCode.INVALID_INPUT, 'payments.invalidSource', ['input', 'source']);
}

@Resolver(() => Payment)
export class PaymentsResolver {
  @Query(() => PaymentSettings, { description: 'Keys for the card form.' })
  paymentSettings(@Ctx() ctx: AppContext): PaymentSettings {
    const s = moyasarSettings(ctx.app.config);
    return {
      publishableKey: s.publishableKey, tokenUrl: `${s.baseUrl.replace(/\/$/, '')}/v1/tokens`, applePayStandIn: s.simulated,
      applePayDisplayName: applePaySettings(ctx.app.config)?.displayName ?? null,
    };
  }

  @Mutation(() => ValidateApplePayMerchantPayload, { description: 'Merchant validation for an Apple Pay sheet (onvalidatemerchant), for your booking.' })
  validateApplePayMerchant(@Ctx() ctx: AppContext, @Arg('input', () => ValidateApplePayMerchantInput, { description: 'Booking and validation URL.' }) input: ValidateApplePayMerchantInput) {
    return toPayload(ctx.locale, async () => ({ merchantSession: await validateApplePayMerchant(ctx.app, input.validationUrl) }));
  }

  @Query(() => PaymentConnection, { description: "A salon's payments, newest first (managers)." })
  async salonPayments(
    @Ctx() ctx: AppContext,
    @Arg('salonId', () => ID, { description: 'The salon.' }) salonId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<Payment>> {
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after, instantIdCursor) : null;
    const rows = await ctx.em.find(
      Payment,
      { booking: { salon: salonId }, ...(cursor ? { $or: [{ createdAt: { $lt: cursor[0] } }, { createdAt: cursor[0], id: { $lt: cursor[1] } }] } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 },
    );
    return toConnection(rows, size, (p) => [p.createdAt.toISOString(), p.id], Boolean(after));
  }

  @Mutation(() => StartPaymentPayload, { description: 'Pay for your booking online (cards via 3-D Secure, Apple Pay, STC Pay).' })
  startPayment(@Ctx() ctx: AppContext, @Arg('input', () => StartPaymentInput, { description: 'Booking and means.' }) input: StartPaymentInput) {
    return toPayload(ctx.locale, async () => ({ payment: await startPayment(ctx.app, ctx.em, ctx.viewer!.userId, { ...input, source: source(input.source) }) }));
  }

  @Mutation(() => ConfirmStcPaymentPayload, { description: 'Finish an STC Pay payment with the code STC Pay sent to the payer\'s mobile.' })
  confirmStcPayment(@Ctx() ctx: AppContext, @Arg('input', () => ConfirmStcPaymentInput, { description: 'Payment and code.' }) input: ConfirmStcPaymentInput) {
    return toPayload(ctx.locale, async () => ({ payment: await confirmStcPayment(ctx.app, ctx.em, input.paymentId, input.otp) }));
  }

  @Mutation(() => RefundPaymentPayload, { description: 'Refund part or all of a payment (managers of the salon).' })
  refundPayment(@Ctx() ctx: AppContext, @Arg('input', () => RefundPaymentInput, { description: 'Payment and amount.' }) input: RefundPaymentInput) {
    return toPayload(ctx.locale, async () => ({ payment: await requestOperation(ctx.app, ctx.em, input.paymentId, PaymentOperationKind.REFUND, input.amountHalalas, auditOrigin(ctx)) }));
  }

  @Mutation(() => CapturePaymentPayload, { description: 'Capture an authorised payment (managers of the salon).' })
  capturePayment(@Ctx() ctx: AppContext, @Arg('input', () => CapturePaymentInput, { description: 'Payment and amount.' }) input: CapturePaymentInput) {
    return toPayload(ctx.locale, async () => ({ payment: await requestOperation(ctx.app, ctx.em, input.paymentId, PaymentOperationKind.CAPTURE, input.amountHalalas, auditOrigin(ctx)) }));
  }

  @Mutation(() => VoidPaymentPayload, { description: 'Release an authorised payment (managers of the salon).' })
  voidPayment(@Ctx() ctx: AppContext, @Arg('input', () => VoidPaymentInput, { description: 'The payment.' }) input: VoidPaymentInput) {
    return toPayload(ctx.locale, async () => ({ payment: await requestOperation(ctx.app, ctx.em, input.paymentId, PaymentOperationKind.VOID, null, auditOrigin(ctx)) }));
  }

  @FieldResolver(() => Booking, { description: 'The booking paid for.' })
  async booking(@Root() payment: Payment, @Ctx() ctx: AppContext): Promise<Booking> {
    return (await ctx.loaders.bookings.bookingById.load(payment.booking.id))!;
  }
}

@Resolver(() => Booking)
export class BookingPaymentResolver {
  @FieldResolver(() => Payment, { nullable: true, description: 'The latest online payment, if any.' })
  async payment(@Root() booking: Booking, @Ctx() ctx: AppContext): Promise<Payment | null> {
    return ctx.loaders.payments.latestByBookingId.load(booking.id);
  }
}
