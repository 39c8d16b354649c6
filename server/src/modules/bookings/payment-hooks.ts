/**
 * What bookings tell payments once a change is committed. The payments module implements it (refund on
 * cancellation, capture on completion); without it nothing is charged, so the default does nothing.
 */
export interface BookingPaymentHooks {
  afterCancellation(bookingId: string, by: 'customer' | 'salon'): Promise<void>;
  afterCompletion(bookingId: string): Promise<void>;
}

export const noPaymentHooks: BookingPaymentHooks = {
  async afterCancellation() {},
  async afterCompletion() {},
};
