import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Booking } from '../bookings/booking.entity';
import { BookingNotification } from './notifications.types';

@Resolver(() => Booking)
export class BookingNotificationsResolver {
  @FieldResolver(() => [BookingNotification], { description: "The messages about it (the salon's side only): each one's channel and delivery status, due order. An SMS standing in for WhatsApp is its own entry." })
  notifications(@Root() booking: Booking, @Ctx() ctx: AppContext): Promise<BookingNotification[]> {
    return ctx.loaders.notifications.byBookingId.load(booking.id);
  }
}
