import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../../graphql/context';
import { toPayload } from '../../../graphql/errors';
import { auditOrigin } from '../../audit/audit-origin';
import { Booking } from '../../bookings/booking.entity';
import { payablePriceOf } from '../../bookings/visit-money';
import { Salon } from '../../catalog/salon.entity';
import { Service } from '../../catalog/service.entity';
import { BookingFee, type PaymentPolicy } from './policy.entity';
import { PaymentPurpose } from '../payment.entity';
import { DuePayment, PaymentPolicyView, PaymentTerms, RefundBookingFeeInput, RefundBookingFeePayload, RemoveServicePaymentPolicyInput, RemoveServicePaymentPolicyPayload, SetPaymentPolicyInput, SetPaymentPolicyPayload } from './policy.types';
import { removeServicePolicy, setPaymentPolicy } from './manage-policy';
import { effectiveRules, heldOf, rulesOf } from './policy-store';
import { refundBookingFee } from './refund-fee';
import { hasSavedCard } from './saved-card';
import { legacyTerms, nextDue, termsFor, type PolicyRules, type Terms } from './terms';

function policyView(rules: PolicyRules, serviceId: string | null): PaymentPolicyView {
  return { serviceId, ...rules };
}

function termsView(terms: Terms & { termsAcceptedAt?: Date | null }, priceHalalas: number, ctx: AppContext): PaymentTerms {
  return {
    ...terms, balanceHalalas: terms.guarantee ? priceHalalas : priceHalalas - terms.onlineDueHalalas, termsAcceptedAt: terms.termsAcceptedAt ?? null,
    savesCard: Boolean(terms.savesCard), savesCardBeyondDays: terms.guarantee ? ctx.app.config.FEE_AUTHORISATION_VALID_DAYS : null,
  };
}

type PolicyRow = Readonly<PaymentPolicy>;

/** Managers set the policy; customers read it as terms before booking; the booking keeps its own copy. */
@Resolver()
export class PaymentPolicyResolver {
  @Mutation(() => SetPaymentPolicyPayload, { description: 'Set a salon\'s payment policy, or override it for one service (managers of the salon).' })
  setPaymentPolicy(@Ctx() ctx: AppContext, @Arg('input', () => SetPaymentPolicyInput, { description: 'The policy.' }) input: SetPaymentPolicyInput) {
    return toPayload(ctx.locale, async () => {
      const saved = await setPaymentPolicy(ctx.em, input);
      return { policy: policyView(rulesOf(saved), saved.service?.id ?? null) };
    });
  }

  @Mutation(() => RemoveServicePaymentPolicyPayload, { description: 'Make a service follow its salon\'s payment policy again (managers of the salon).' })
  removeServicePaymentPolicy(@Ctx() ctx: AppContext, @Arg('input', () => RemoveServicePaymentPolicyInput, { description: 'The service.' }) input: RemoveServicePaymentPolicyInput) {
    return toPayload(ctx.locale, async () => ({ service: await removeServicePolicy(ctx.em, input.serviceId) }));
  }

  @Mutation(() => RefundBookingFeePayload, { description: 'Give back a kept no-show or late-cancellation fee (managers of the salon).' })
  refundBookingFee(@Ctx() ctx: AppContext, @Arg('input', () => RefundBookingFeeInput, { description: 'The booking.' }) input: RefundBookingFeeInput) {
    return toPayload(ctx.locale, async () => ({ fee: await refundBookingFee(ctx.app, ctx.em, input.bookingId, { ...auditOrigin(ctx), actorId: ctx.viewer!.userId }) }));
  }
}

async function salonRules(ctx: AppContext, salonId: string, serviceId: string | null): Promise<PolicyRules> {
  const [rows, salon] = await Promise.all([ctx.loaders.payments.policiesBySalonId.load(salonId), ctx.loaders.catalog.salonById.load(salonId)]);
  return effectiveRules(rows, serviceId, Boolean(salon?.requiresPrepayment));
}

@Resolver(() => Salon)
export class SalonPaymentPolicyResolver {
  @FieldResolver(() => PaymentPolicyView, { description: 'What the salon asks to be paid online and the fees it charges (services may override it).' })
  async paymentPolicy(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<PaymentPolicyView> {
    return policyView(await salonRules(ctx, salon.id, null), null);
  }
}

@Resolver(() => Service)
export class ServicePaymentTermsResolver {
  @FieldResolver(() => PaymentPolicyView, { nullable: true, description: 'This service\'s own payment policy, when it overrides the salon\'s.' })
  async paymentPolicyOverride(@Root() service: Service, @Ctx() ctx: AppContext): Promise<PaymentPolicyView | null> {
    const row = (await ctx.loaders.payments.policiesBySalonId.load(service.salon.id)).find((r: PolicyRow) => r.service?.id === service.id);
    return row ? policyView(rulesOf(row), service.id) : null;
  }

  @FieldResolver(() => PaymentTerms, { description: 'What booking this service costs online now, and its fees: show it before the customer confirms.' })
  async paymentTerms(@Root() service: Service, @Ctx() ctx: AppContext): Promise<PaymentTerms> {
    return termsView(termsFor(await salonRules(ctx, service.salon.id, service.id), service.priceHalalas), service.priceHalalas, ctx);
  }
}

@Resolver(() => Booking)
export class BookingTermsResolver {
  @FieldResolver(() => PaymentTerms, { description: 'The payment terms the booking was made under (deposit, fees, when the customer accepted them).' })
  async paymentTerms(@Root() booking: Booking, @Ctx() ctx: AppContext): Promise<PaymentTerms> {
    return termsView(await bookingTerms(ctx, booking), await payable(ctx, booking), ctx);
  }

  @FieldResolver(() => DuePayment, { nullable: true, description: 'What the customer may pay online next (deposit, balance…); null when nothing.' })
  async nextPayment(@Root() booking: Booking, @Ctx() ctx: AppContext): Promise<DuePayment | null> {
    if (!['PENDING', 'CONFIRMED'].includes(booking.status)) return null;
    const held = (await ctx.loaders.payments.heldByBookingId.load(booking.id)).map((p) => heldOf(p));
    const terms = await bookingTerms(ctx, booking);
    const cardSaved = Boolean(terms.savesCard) && (await hasSavedCard(ctx.em, booking.id));
    const due = nextDue(terms, await payable(ctx, booking), held, cardSaved);
    return due ? { purpose: due.purpose, amountHalalas: due.amountHalalas, savesCard: due.savesCard } : null;
  }

  @FieldResolver(() => BookingFee, { nullable: true, description: 'The no-show or late-cancellation fee kept, if any.' })
  async fee(@Root() booking: Booking, @Ctx() ctx: AppContext): Promise<BookingFee | null> {
    return (await ctx.loaders.payments.feeByBookingId.load(booking.id)) as BookingFee | null;
  }
}

@Resolver(() => BookingFee)
export class BookingFeeResolver {
  @FieldResolver(() => Boolean, { description: 'Charged to the card the customer saved for the fees (not kept from money paid or authorised for the booking).' })
  async chargedToSavedCard(@Root() fee: BookingFee, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await ctx.loaders.payments.purposeById.load(fee.payment.id)) === PaymentPurpose.FEE;
  }
}

/** A visit's first part carries the visit's total; its other parts owe nothing of their own. */
async function payable(ctx: AppContext, booking: Booking): Promise<number> {
  return payablePriceOf(booking, booking.visit ? await ctx.loaders.bookings.visitById.load(booking.visit.id) : null);
}

async function bookingTerms(ctx: AppContext, booking: Booking): Promise<Terms & { termsAcceptedAt: Date | null }> {
  const stored = await ctx.loaders.payments.termsByBookingId.load(booking.id);
  if (stored) return { ...stored, termsAcceptedAt: stored.termsAcceptedAt ?? null };
  return legacyTerms(Boolean((await ctx.loaders.catalog.salonById.load(booking.salon.id))?.requiresPrepayment), booking.priceHalalas);
}
