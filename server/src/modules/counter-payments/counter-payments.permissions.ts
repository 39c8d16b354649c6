import { rule } from 'graphql-shield';
import type { AppContext } from '../../graphql/context';
import { unauthenticatedError } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { allow, fields } from '../../graphql/rules';
import type { BookingRole } from '../bookings/manage-booking';

function onBooking(name: string, roles: Exclude<BookingRole, null>[], bookingIdOf: (parent: any, args: any, ctx: AppContext) => Promise<string | null | undefined> | string | null | undefined) {
  return rule(`counterOnBooking:${name}`, { cache: 'no_cache' })(async (parent, args, ctx: AppContext) => {
    if (!ctx.viewer) return unauthenticatedError(ctx.locale);
    const bookingId = await bookingIdOf(parent, args, ctx);
    if (!bookingId) return false;
    const role = await ctx.loaders.bookings.viewerRole.load(bookingId);
    return role !== null && roles.includes(role);
  });
}

export const counterPaymentsPermissions = {
  Mutation: {
    // Whoever works at the salon's desk or chairs takes money at its counter; giving it back is the manager's call.
    recordCounterPayment: onBooking('record', ['staff', 'receptionist', 'manager'], (_: unknown, a: { input: { bookingId: string } }) => (isUuid(a.input.bookingId) ? a.input.bookingId : null)),
    refundCounterPayment: onBooking('refund', ['manager'], async (_: unknown, a: { input: { counterPaymentId: string } }, ctx: AppContext) =>
      isUuid(a.input.counterPaymentId) ? (await ctx.loaders.counterPayments.byId.load(a.input.counterPaymentId))?.booking.id : null),
  },
  Booking: { counterPayments: onBooking('booking.counterPayments', ['customer', 'staff', 'receptionist', 'manager'], (b: { id: string }) => b.id) },
  // Reached only through the booking, or a mutation that checked it.
  CounterPayment: fields(['id', 'createdAt', 'totalHalalas', 'parts', 'refundedHalalas', 'invoice'], allow),
  CounterPaymentPart: fields(['method', 'amountHalalas'], allow),
  ...Object.fromEntries([['RecordCounterPaymentPayload', 'invoice'], ['RefundCounterPaymentPayload', 'creditNote']].map(([t, doc]) => [t, fields(['counterPayment', doc, 'errors'], allow)])),
};
