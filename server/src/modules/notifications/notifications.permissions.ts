import { rule } from 'graphql-shield';
import type { AppContext } from '../../graphql/context';
import { unauthenticatedError } from '../../graphql/errors';
import { allow, fields } from '../../graphql/rules';

/** The salon side of the booking (its stylists, receptionists and managers); not the customer, not another salon. */
const salonOfBooking = rule('Booking.notifications', { cache: 'no_cache' })(async (parent: { id: string }, _args, ctx: AppContext) => {
  if (!ctx.viewer) return unauthenticatedError(ctx.locale);
  const role = await ctx.loaders.bookings.viewerRole.load(parent.id);
  return role === 'staff' || role === 'receptionist' || role === 'manager';
});

export const notificationsPermissions = {
  Booking: { notifications: salonOfBooking },
  // Reached only through Booking.notifications.
  BookingNotification: fields(['id', 'event', 'recipient', 'channel', 'status', 'deliveryStatus', 'deliveryStatusAt', 'isFallback', 'attempts', 'createdAt', 'dueAt', 'sentAt'], allow),
};
