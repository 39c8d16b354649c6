import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SalonCalendar, SalonCalendarQuery } from './SalonCalendar';
import { renderWithProviders } from '../test/render';
import { upcomingDates } from '../lib/format';
import { CALENDAR_ACTIONS } from './BookingActions';
import { FrontDeskBookingMutation, FrontDeskVisitMutation, FrontDeskVisitStartsQuery, WalkInMutation } from './FrontDeskForm';
import { VisitDaysQuery } from './VisitFlow';

const booking = (id: string, staff: { id: string; displayName: string }, status: string, startsAt: string, endsAt: string, blockedUntil: string, displayName: string) => ({
  __typename: 'Booking', id, status, version: 2, startsAt, endsAt, blockedUntil, customer: { __typename: 'User', displayName }, customerPhoneNumber: '+966511111111',
  service: { __typename: 'Service', id: 'svc', name: 'Haircut' }, staff: { __typename: 'StaffMember', ...staff }, payment: { __typename: 'Payment', status: 'PAID' },
  checkedInAt: null as string | null, visitPosition: null as number | null, visit: null as unknown,
});
const services = [{ __typename: 'Service', id: 'svc', name: 'Haircut', durationMinutes: 30, priceHalalas: 5000 }, { __typename: 'Service', id: 'blow', name: 'Blow-dry', durationMinutes: 30, priceHalalas: 3000 }];
const noura = { id: 'noura', displayName: 'Noura' };
const sarah = { id: 'sarah', displayName: 'Sarah' };
const column = (who: typeof noura) => ({ __typename: 'StaffMember', ...who, services });
const span = (startsAt: string, endsAt: string, reason = '') => ({ __typename: 'TimeSpan', startsAt, endsAt, reason });

const calendar = {
  __typename: 'SalonCalendar', timeZone: 'Asia/Riyadh', slotIntervalMinutes: 15, now: '2026-12-09T08:00:00.000Z',
  days: [{ __typename: 'CalendarDay', date: '2026-12-09', startsAt: '2026-12-08T21:00:00.000Z', endsAt: '2026-12-09T21:00:00.000Z', closed: false, closureReason: '', scheduleName: '' }],
  columns: [
    { __typename: 'CalendarColumn', staff: column(noura), workingHours: [span('2026-12-09T06:00:00.000Z', '2026-12-09T10:00:00.000Z'), span('2026-12-09T11:00:00.000Z', '2026-12-09T15:00:00.000Z')], timeOff: [],
      bookings: [booking('b1', noura, 'CONFIRMED', '2026-12-09T07:00:00.000Z', '2026-12-09T07:30:00.000Z', '2026-12-09T07:40:00.000Z', 'Maha')] },
    { __typename: 'CalendarColumn', staff: column(sarah), workingHours: [span('2026-12-09T06:00:00.000Z', '2026-12-09T15:00:00.000Z')], timeOff: [span('2026-12-09T07:30:00.000Z', '2026-12-09T09:00:00.000Z', 'Dentist')],
      bookings: [booking('b2', sarah, 'PENDING', '2026-12-09T12:00:00.000Z', '2026-12-09T12:30:00.000Z', '2026-12-09T12:40:00.000Z', 'Lulwa')] },
  ],
};

const query = { request: { query: SalonCalendarQuery, variables: { salonId: 's1', date: upcomingDates('Asia/Riyadh', 1)[0], days: 1, staffId: null } }, result: { data: { salonCalendar: calendar } }, maxUsageCount: 10 };

// A grid of buttons in jsdom is slow on a busy machine.
jest.setTimeout(30_000);

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
    // An ordinary day names no schedule.
    expect(screen.queryByText(/Special hours/)).toBeNull();
  });

  it('names the schedule exception governing the day (Ramadan hours), and says nothing on an ordinary day', async () => {
    const ramadan = { ...calendar, days: [{ ...calendar.days[0], scheduleName: 'Ramadan 1448' }] };
    renderWithProviders(<SalonCalendar salonId="s1" timeZone="Asia/Riyadh" />, { mocks: [{ ...query, result: { data: { salonCalendar: ramadan } } }] });
    expect(await screen.findByText(/Special hours on this day/)).toHaveTextContent('Special hours on this day: Ramadan 1448');
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

  it('checks an arrived customer in from the block, which then says so', async () => {
    const checkIn = jest.fn(() => ({ data: { checkInBooking: { __typename: 'CheckInBookingPayload', booking: { __typename: 'Booking', id: 'b1', status: 'CONFIRMED', version: 3, checkedInAt: '2026-12-09T06:55:00.000Z' }, errors: [] } } }));
    // After the action the grid reloads, and the server then reports the arrival.
    const arrived = { ...calendar, columns: calendar.columns.map((c) => ({ ...c, bookings: c.bookings.map((b) => (b.id === 'b1' ? { ...b, version: 3, checkedInAt: '2026-12-09T06:55:00.000Z' } : b)) })) };
    renderWithProviders(<SalonCalendar salonId="s1" timeZone="Asia/Riyadh" />, {
      mocks: [
        { ...query, maxUsageCount: 1 },
        { request: query.request, result: { data: { salonCalendar: arrived } }, maxUsageCount: 10 },
        { request: { query: CALENDAR_ACTIONS.checkIn, variables: { input: { bookingId: 'b1', expectedVersion: 2 } } }, result: checkIn },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: /Maha, Haircut \(Confirmed\)/ }));
    const panel = screen.getByRole('region', { name: /Maha/ });
    await userEvent.click(within(panel).getByRole('button', { name: 'Check in (arrived)' }));
    await waitFor(() => expect(checkIn).toHaveBeenCalled());
    // The block and the panel show the arrival, and the action is gone.
    await waitFor(() => expect(screen.getByRole('button', { name: /Maha, Haircut \(Arrived\)/ })).toHaveClass('checked-in'));
    expect(within(panel).getByText(/Arrived at/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Check in (arrived)' })).toBeNull();
  });

  it('starts a front-desk booking from an empty cell and a walk-in from a free stylist', async () => {
    const booked = { __typename: 'Booking', id: 'new', status: 'CONFIRMED', startsAt: '2026-12-09T13:00:00.000Z', channel: 'FRONT_DESK' };
    const desk = jest.fn(() => ({ data: { createFrontDeskBooking: { __typename: 'CreateFrontDeskBookingPayload', booking: booked, errors: [] } } }));
    const walkIn = jest.fn(() => ({ data: { createWalkInBooking: { __typename: 'CreateWalkInBookingPayload', booking: null, errors: [{ __typename: 'UserError', code: 'SLOT_UNAVAILABLE', message: 'Sorry, that time was just taken.', field: ['input', 'staffId'] }] } } }));
    const customer = { phoneNumber: '0555123456', firstName: 'Maha', lastName: null };
    renderWithProviders(<SalonCalendar salonId="s1" timeZone="Asia/Riyadh" />, {
      mocks: [
        query,
        { request: { query: FrontDeskBookingMutation, variables: (v: any) => JSON.stringify({ ...v.input, idempotencyKey: 'k' }) === JSON.stringify({ salonId: 's1', serviceId: 'svc', staffId: 'sarah', notes: '', idempotencyKey: 'k', customer, startsAt: '2026-12-09T13:00:00.000Z' }) }, result: desk },
        { request: { query: WalkInMutation, variables: (v: any) => v.input.staffId === 'noura' && !('startsAt' in v.input) }, result: walkIn },
      ],
    });
    const sarahLane = await screen.findByRole('group', { name: 'Sarah' });
    // Sarah is on time off now (11:00 in Riyadh), so only Noura offers a walk-in.
    expect(within(sarahLane).queryByRole('button', { name: 'Walk-in' })).toBeNull();
    await userEvent.click(within(sarahLane).getByRole('button', { name: /Book Sarah at 4:00/ }));
    const form = screen.getByRole('form', { name: /New booking with Sarah/ });
    await userEvent.type(within(form).getByLabelText("Customer's mobile number"), '0555123456');
    await userEvent.type(within(form).getByLabelText(/First name/), 'Maha');
    await userEvent.click(within(form).getByRole('button', { name: 'Book and tell the customer' }));
    await waitFor(() => expect(desk).toHaveBeenCalled());

    await userEvent.click(within(screen.getByRole('group', { name: 'Noura' })).getByRole('button', { name: 'Walk-in' }));
    const walkInForm = screen.getByRole('form', { name: /Walk-in with Noura/ });
    await userEvent.type(within(walkInForm).getByLabelText("Customer's mobile number"), '0555123456');
    await userEvent.type(within(walkInForm).getByLabelText(/First name/), 'Maha');
    await userEvent.click(within(walkInForm).getByRole('button', { name: 'Start now' }));
    expect(await within(walkInForm).findByRole('alert')).toHaveTextContent('Sorry, that time was just taken.');
  });

  it('books a visit of two services from an empty cell: parts with a stylist or anyone, the total, the starts where all of it fits', async () => {
    const parts = [{ serviceId: 'svc', staffId: 'sarah' }, { serviceId: 'blow', staffId: null }];
    const staff = (who: typeof noura) => ({ __typename: 'StaffMember', ...who });
    const slot = (at: string, mid: string, end: string) => ({ __typename: 'VisitSlot', startsAt: at, endsAt: end, parts: [
      { __typename: 'Slot', startsAt: at, endsAt: mid, staff: staff(sarah) }, { __typename: 'Slot', startsAt: mid, endsAt: end, staff: staff(noura) },
    ] });
    const starts = { frontDeskVisitStarts: [slot('2026-12-09T13:00:00.000Z', '2026-12-09T13:30:00.000Z', '2026-12-09T14:00:00.000Z'), slot('2026-12-09T13:15:00.000Z', '2026-12-09T13:45:00.000Z', '2026-12-09T14:15:00.000Z')] };
    const book = jest.fn(() => ({ data: { createFrontDeskVisit: { __typename: 'CreateFrontDeskVisitPayload', errors: [],
      visit: { __typename: 'Visit', id: 'v1', totalHalalas: 8000, startsAt: '2026-12-09T13:15:00.000Z', parts: [{ __typename: 'Booking', id: 'p1', startsAt: '2026-12-09T13:15:00.000Z' }] } } } }));
    const customer = { phoneNumber: '0555123456', firstName: 'Maha', lastName: null };
    renderWithProviders(<SalonCalendar salonId="s1" timeZone="Asia/Riyadh" />, {
      mocks: [
        query,
        { request: { query: FrontDeskVisitStartsQuery, variables: { input: { salonId: 's1', parts, date: '2026-12-09' } } }, result: { data: starts }, maxUsageCount: 5 },
        { request: { query: FrontDeskVisitMutation, variables: (v: any) => JSON.stringify({ ...v.input, idempotencyKey: 'k' }) === JSON.stringify({ salonId: 's1', notes: '', idempotencyKey: 'k', customer, parts, startsAt: '2026-12-09T13:15:00.000Z' }) }, result: book },
      ],
    });
    const sarahLane = await screen.findByRole('group', { name: 'Sarah' });
    await userEvent.click(within(sarahLane).getByRole('button', { name: /Book Sarah at 4:00/ }));
    const form = screen.getByRole('form', { name: /New booking with Sarah/ });
    await userEvent.type(within(form).getByLabelText("Customer's mobile number"), '0555123456');
    await userEvent.type(within(form).getByLabelText(/First name/), 'Maha');
    await userEvent.click(within(form).getByRole('button', { name: 'Add another service (one visit)' }));
    expect(within(form).getByLabelText('Who does service 1')).toHaveValue('sarah');
    await userEvent.selectOptions(within(form).getByLabelText('Service 2'), 'blow');
    expect(within(form).getByText(/^Total/)).toHaveTextContent('80');
    // The tapped start fits: chosen already, with who does what when; the desk picks the next one instead.
    expect(await within(form).findByRole('button', { name: '4:00 PM', pressed: true })).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: '4:15 PM' }));
    expect(within(form).getByText(/4:45 PM/)).toHaveTextContent('Blow-dry · Noura');
    await userEvent.click(within(form).getByRole('button', { name: 'Book the visit and tell the customer' }));
    await waitFor(() => expect(book).toHaveBeenCalled());
  });

  it('moves a booking to another stylist who offers the service, and shows the refusal when that stylist is taken', async () => {
    const move = jest.fn(() => ({ data: { rescheduleBooking: { __typename: 'RescheduleBookingPayload', booking: null, errors: [{ __typename: 'UserError', message: 'Sorry, that time was just taken.', field: ['input', 'startsAt'] }] } } }));
    renderWithProviders(<SalonCalendar salonId="s1" timeZone="Asia/Riyadh" />, {
      mocks: [query, { request: { query: CALENDAR_ACTIONS.move, variables: { input: { bookingId: 'b1', expectedVersion: 2, startsAt: '2026-12-09T07:00:00.000Z', staffId: 'sarah' } } }, result: move }],
    });
    await userEvent.click(await screen.findByRole('button', { name: /Maha, Haircut/ }));
    const panel = screen.getByRole('region', { name: /Maha/ });
    expect(within(panel).getByLabelText('Move to another stylist')).toHaveValue('sarah');
    await userEvent.click(within(panel).getByRole('button', { name: 'Move' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Sorry, that time was just taken.');
    expect(move).toHaveBeenCalled();
  });

  it("offers a part of a visit only the whole visit's move, with the picker leaving the visit's own parts free", async () => {
    const part = (b: ReturnType<typeof booking>, position: number) => ({
      ...b, visitPosition: position,
      visit: { __typename: 'Visit', id: 'v1', startsAt: '2026-12-09T07:00:00.000Z', parts: [
        { __typename: 'Booking', id: 'b1', service: { __typename: 'Service', id: 'svc' }, staff: { __typename: 'StaffMember', id: 'noura' } },
        { __typename: 'Booking', id: 'b2', service: { __typename: 'Service', id: 'svc' }, staff: { __typename: 'StaffMember', id: 'sarah' } },
      ] },
    });
    const visit = { ...calendar, columns: calendar.columns.map((c, i) => ({ ...c, bookings: c.bookings.map((b) => part(b, i)) })) };
    const days = jest.fn(() => ({ data: { availableVisitDays: [] } }));
    const dates = upcomingDates('Asia/Riyadh', 14);
    renderWithProviders(<SalonCalendar salonId="s1" timeZone="Asia/Riyadh" />, {
      mocks: [
        { ...query, result: { data: { salonCalendar: visit } } },
        { request: { query: VisitDaysQuery, variables: { input: { parts: [{ serviceId: 'svc', staffId: 'noura' }, { serviceId: 'svc', staffId: 'sarah' }], from: dates[0], to: dates[13], excludeVisitId: 'v1' } } }, result: days },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: /Lulwa, Haircut/ }));
    const panel = screen.getByRole('region', { name: /Lulwa/ });
    expect(within(panel).getByText('Service 2 of 2 in one visit')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Reschedule' })).toBeNull();
    expect(within(panel).queryByLabelText('Move to another stylist')).toBeNull();
    await userEvent.click(within(panel).getByRole('button', { name: 'Move the whole visit' }));
    await waitFor(() => expect(days).toHaveBeenCalled());
  });

  it('says when a no-show fee was charged to the saved card, and when it was kept from money already held', async () => {
    const withFee = (chargedToSavedCard: boolean) => ({ ...calendar, columns: calendar.columns.map((c) => ({ ...c, bookings: c.bookings.map((b) => (b.id === 'b1'
      ? { ...b, status: 'NO_SHOW', fee: { __typename: 'BookingFee', kind: 'NO_SHOW', amountHalalas: 2500, status: 'CHARGED', chargedToSavedCard } } : { ...b, fee: null })) })) });
    for (const [saved, text] of [[true, /Fee charged to the saved card: SAR\s?25/], [false, /Fee kept: SAR\s?25/]] as const) {
      const view = renderWithProviders(<SalonCalendar salonId="s1" timeZone="Asia/Riyadh" />, { mocks: [{ ...query, result: { data: { salonCalendar: withFee(saved) } } }] });
      await userEvent.click(await screen.findByRole('button', { name: /Maha, Haircut/ }));
      expect(within(screen.getByRole('region', { name: /Maha/ })).getByText(text)).toBeInTheDocument();
      view.unmount();
    }
  });
});
