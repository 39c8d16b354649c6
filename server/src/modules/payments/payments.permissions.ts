import { rule } from 'graphql-shield';
import type { AppContext } from '../../graphql/context';
import { unauthenticatedError } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { allow, fields, isManagerOf, perObject } from '../../graphql/rules';
import type { BookingRole } from '../bookings/manage-booking';
import { Payment } from './payment.entity';

/** The viewer's role on the booking behind a payment (the parent, or the payment named in the input). */
function onPaymentBooking(name: string, roles: Exclude<BookingRole, null>[], bookingIdOf: (parent: any, args: any, ctx: AppContext) => Promise<string | null | undefined> | string | null | undefined) {
  return rule(`onPaymentBooking:${name}`, { cache: 'no_cache' })(async (parent, args, ctx: AppContext) => {
    if (!ctx.viewer) return unauthenticatedError(ctx.locale);
    const bookingId = await bookingIdOf(parent, args, ctx);
    if (!bookingId) return false;
    const role = await ctx.loaders.bookings.viewerRole.load(bookingId);
    return role !== null && roles.includes(role);
  });
}

const parentBooking = (p: Payment) => p.booking.id;
const inputPaymentBooking = async (_: unknown, args: { input: { paymentId: string } }, ctx: AppContext) =>
  isUuid(args.input.paymentId) ? (await ctx.em.findOne(Payment, { id: args.input.paymentId }))?.booking.id : null;
const managesPayment = onPaymentBooking('manage', ['manager'], inputPaymentBooking);
const inputServiceSalon = async (_: unknown, args: { input: { serviceId: string } }, ctx: AppContext) =>
  isUuid(args.input.serviceId) ? (await ctx.loaders.catalog.serviceById.load(args.input.serviceId))?.salon.id : null;
const bookingParties = (name: string) => onPaymentBooking(name, ['customer', 'staff', 'receptionist', 'manager'], (b: { id: string }) => b.id);

export const paymentsPermissions = {
  Query: { paymentSettings: allow, salonPayments: isManagerOf('salonPayments', (_: unknown, a: { salonId: string }) => a.salonId) },
  Mutation: {
    startPayment: onPaymentBooking('start', ['customer'], (_: unknown, a: { input: { bookingId: string } }) => a.input.bookingId),
    refundPayment: managesPayment,
    capturePayment: managesPayment,
    voidPayment: managesPayment,
    confirmStcPayment: onPaymentBooking('stcpay', ['customer'], inputPaymentBooking),
    // Our Merchant Identity certificate is used for the customer paying their own booking only.
    validateApplePayMerchant: onPaymentBooking('applePay', ['customer'], (_: unknown, a: { input: { bookingId: string } }) => a.input.bookingId),
    setPaymentPolicy: isManagerOf('setPaymentPolicy', (_: unknown, a: { input: { salonId: string } }) => a.input.salonId),
    removeServicePaymentPolicy: isManagerOf('removeServicePaymentPolicy', inputServiceSalon),
    refundBookingFee: onPaymentBooking('refundFee', ['manager'], (_: unknown, a: { input: { bookingId: string } }) => a.input.bookingId),
  },
  // Staff and receptionists see whether a booking is paid; card details, refunds and captures are for the payer and the salon's managers (money).
  Payment: {
    ...fields(['id', 'createdAt', 'provider', 'status', 'purpose', 'amountHalalas', 'refundedHalalas', 'currency', 'booking'], perObject(onPaymentBooking('read', ['customer', 'staff', 'receptionist', 'manager'], parentBooking))),
    ...fields(['transactionUrl', 'sourceType', 'cardCompany', 'cardLast4', 'failureMessage'], perObject(onPaymentBooking('details', ['customer', 'manager'], parentBooking))),
  },
  Booking: {
    payment: bookingParties('booking.payment'),
    paymentTerms: bookingParties('booking.paymentTerms'),
    nextPayment: bookingParties('booking.nextPayment'),
    fee: bookingParties('booking.fee'),
  },
  // A salon's policy and a service's terms are public: customers see them before booking.
  Salon: { paymentPolicy: allow },
  Service: { paymentPolicyOverride: allow, paymentTerms: allow },
  PaymentPolicy: fields(['serviceId', 'prepayment', 'deposit', 'noShowFee', 'noShowGraceMinutes', 'lateCancelFee', 'lateCancelWindowHours'], allow),
  AmountRule: fields(['percent', 'halalas'], allow),
  PaymentTerms: fields(['prepayment', 'onlineDueHalalas', 'guarantee', 'balanceHalalas', 'noShowFeeHalalas', 'noShowGraceMinutes', 'lateCancelFeeHalalas', 'lateCancelWindowHours', 'termsAcceptedAt', 'savesCard', 'savesCardBeyondDays'], allow),
  DuePayment: fields(['purpose', 'amountHalalas', 'savesCard'], allow),
  // Reached only through a booking its reader may see, or the manager's refund.
  BookingFee: fields(['id', 'createdAt', 'kind', 'amountHalalas', 'status', 'returnedAt', 'chargedToSavedCard'], allow),
  PaymentConnection: fields(['edges', 'pageInfo'], allow),
  PaymentEdge: fields(['cursor', 'node'], allow),
  PaymentSettings: fields(['publishableKey', 'tokenUrl', 'applePayStandIn', 'applePayDisplayName'], allow),
  ValidateApplePayMerchantPayload: fields(['merchantSession', 'errors'], allow),
  ...Object.fromEntries(['StartPaymentPayload', 'RefundPaymentPayload', 'CapturePaymentPayload', 'VoidPaymentPayload', 'ConfirmStcPaymentPayload'].map((t) => [t, fields(['payment', 'errors'], allow)])),
  SetPaymentPolicyPayload: fields(['policy', 'errors'], allow),
  RemoveServicePaymentPolicyPayload: fields(['service', 'errors'], allow),
  RefundBookingFeePayload: fields(['fee', 'errors'], allow),
};

