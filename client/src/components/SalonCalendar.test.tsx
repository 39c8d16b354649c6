import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SalonCalendar, SalonCalendarQuery } from './SalonCalendar';
import { renderWithProviders } from '../test/render';
import { upcomingDates } from '../lib/format';
import { CALENDAR_ACTIONS } from './BookingActions';

const booking = (id: string, staff: { id: string; displayName: string }, status: string, startsAt: string, endsAt: string, blockedUntil: string, displayName: string) => ({
  __typename: 'Booking', id, status, version: 2, startsAt, endsAt, blockedUntil, customer: { __typename: 'User', displayName }, customerPhoneNumber: '+966511111111',
  service: { __typename: 'Service', id: 'svc', name: 'Haircut' }, staff: { __typename: 'StaffMember', ...staff }, payment: { __typename: 'Payment', status: 'PAID' },
});
const noura = { id: 'noura', displayName: 'Noura' };
const sarah = { id: 'sarah', displayName: 'Sarah' };
const span = (startsAt: string, endsAt: string, reason = '') => ({ __typename: 'TimeSpan', startsAt, endsAt, reason });

const calendar = {
  __typename: 'SalonCalendar', timeZone: 'Asia/Riyadh', slotIntervalMinutes: 15, now: '2026-12-09T08:00:00.000Z',
  days: [{ __typename: 'CalendarDay', date: '2026-12-09', startsAt: '2026-12-08T21:00:00.000Z', endsAt: '2026-12-09T21:00:00.000Z', closed: false, closureReason: '' }],
  columns: [
    { __typename: 'CalendarColumn', staff: { __typename: 'StaffMember', ...noura }, workingHours: [span('2026-12-09T06:00:00.000Z', '2026-12-09T10:00:00.000Z'), span('2026-12-09T11:00:00.000Z', '2026-12-09T15:00:00.000Z')], timeOff: [],
      bookings: [booking('b1', noura, 'CONFIRMED', '2026-12-09T07:00:00.000Z', '2026-12-09T07:30:00.000Z', '2026-12-09T07:40:00.000Z', 'Maha')] },
    { __typename: 'CalendarColumn', staff: { __typename: 'StaffMember', ...sarah }, workingHours: [span('2026-12-09T06:00:00.000Z', '2026-12-09T15:00:00.000Z')], timeOff: [span('2026-12-09T10:00:00.000Z', '2026-12-09T12:00:00.000Z', 'Dentist')],
      bookings: [booking('b2', sarah, 'PENDING', '2026-12-09T12:00:00.000Z', '2026-12-09T12:30:00.000Z', '2026-12-09T12:40:00.000Z', 'Lulwa')] },
  ],
};

const query = { request: { query: SalonCalendarQuery, variables: { salonId: 's1', date: upcomingDates('Asia/Riyadh', 1)[0], days: 1, staffId: null } }, result: { data: { salonCalendar: calendar } }, maxUsageCount: 10 };

describe('salon calendar grid', () => {
  it('draws a column per stylist with blocks coloured by status, time off and the now line', async () => {
    renderWithProviders(<SalonCalendar salonId="s1" timeZone="Asia/Riyadh" />, { mocks: [query] });
    const nouraLane = await screen.findByRole('group', { name: 'Noura' });
    const sarahLane = screen.getByRole('group', { name: 'Sarah' });
    const maha = within(nouraLane).getByRole('button', { name: /Maha, Haircut \(Confirmed\)/ });
    expect(maha).toHaveClass('status-CONFIRMED');
    // 10:00 Riyadh is the fourth row of 15 minutes after 09:00; 30 minutes + a 10-minute buffer is 40/15 rows.
    expect(maha.style.getPropertyValue('--top')).toBe('4');
    expect(Number(maha.style.getPropertyValue('--height'))).toBeCloseTo(40 / 15);
    expect(within(sarahLane).getByRole('button', { name: /Lulwa, Haircut \(Awaiting confirmation\)/ })).toHaveClass('status-PENDING');
    expect(within(sarahLane).getByText('Time off')).toBeInTheDocument();
    expect(within(nouraLane).getByLabelText('Now')).toBeInTheDocument();
  });

  it('opens a block and cancels it with a reason, sending the version it shows', async () => {
    const cancel = jest.fn(() => ({ data: { cancelBooking: { __typename: 'CancelBookingPayload', booking: { __typename: 'Booking', id: 'b1', status: 'CANCELLED', version: 3 }, errors: [] } } }));
    renderWithProviders(<SalonCalendar salonId="s1" timeZone="Asia/Riyadh" />, {
      mocks: [query, { request: { query: CALENDAR_ACTIONS.cancel, variables: { input: { bookingId: 'b1', expectedVersion: 2, reason: 'Stylist is ill' } } }, result: cancel }],
    });
    await userEvent.click(await screen.findByRole('button', { name: /Maha, Haircut/ }));
    const panel = screen.getByRole('region', { name: /Maha/ });
    expect(within(panel).getByText(/refunds the customer automatically/)).toBeInTheDocument();
    // Started already (now is 11:00): the stylist can complete it or mark a no-show.
    expect(within(panel).getByRole('button', { name: 'Completed' })).toBeInTheDocument();
    await userEvent.type(within(panel).getByLabelText(/Reason for cancelling/), 'Stylist is ill');
    await userEvent.click(within(panel).getByRole('button', { name: 'Cancel the booking' }));
    await waitFor(() => expect(cancel).toHaveBeenCalled());
  });
});
