import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BookingFlow, DaysQuery, SlotsQuery } from './BookingFlow';
import { renderWithProviders } from '../test/render';
import { upcomingDates } from '../lib/format';

const salon = {
  id: 's1',
  timeZone: 'Asia/Riyadh',
  requiresPrepayment: false,
  services: [{
    id: 'svc1', name: 'Haircut', durationMinutes: 45, priceHalalas: 12000,
    paymentTerms: { prepayment: 'DEPOSIT', onlineDueHalalas: 3000, guarantee: false, balanceHalalas: 9000, noShowFeeHalalas: 3000, noShowGraceMinutes: 15, lateCancelFeeHalalas: 0, lateCancelWindowHours: 24 },
  }],
  staff: [{ id: 'st1', displayName: 'Noura', services: [{ id: 'svc1' }] }],
};

describe('slot picker and booking flow', () => {
  beforeEach(() => sessionStorage.clear());

  it('greys out days without free times, shows times in the salon\'s zone, and asks a signed-out person to sign in', async () => {
    const dates = upcomingDates('Asia/Riyadh', 14);
    renderWithProviders(<BookingFlow salon={salon} />, {
      mocks: [
        { request: { query: DaysQuery, variables: { input: { serviceId: 'svc1', from: dates[0], to: dates[13], staffId: null } } }, result: { data: { availableDays: [dates[1]] } } },
        {
          request: { query: SlotsQuery, variables: { input: { serviceId: 'svc1', date: dates[1], staffId: null } } },
          result: { data: { availableSlots: [{ __typename: 'Slot', startsAt: `${dates[1]}T07:00:00.000Z`, endsAt: `${dates[1]}T07:45:00.000Z`, staff: { __typename: 'StaffMember', id: 'st1', displayName: 'Noura' } }] } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('radio', { name: /Haircut/ }));
    expect(screen.getByRole('radio', { name: 'Anyone available' })).toBeChecked();
    await waitFor(() => expect(document.querySelectorAll('button.day:not([disabled])')).toHaveLength(1));
    const days = screen.getAllByRole('button').filter((b) => b.className.includes('day'));
    expect(days).toHaveLength(14);
    expect(days[0]).toBeDisabled();
    expect(days[1]).toBeEnabled();
    await userEvent.click(days[1]);
    // 07:00 UTC is 10:00 in Riyadh.
    await userEvent.click(await screen.findByRole('button', { name: '10:00 AM' }));
    expect(screen.getByText(/Haircut with Noura, .+ at 10:00 AM/)).toBeInTheDocument();
    // The deposit and the fee are shown before confirming, and the fee must be accepted.
    expect(screen.getByText(/SAR 30\.00 now.+SAR 90\.00/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /accept/ })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Sign in to book' })).toBeInTheDocument();
    // The choice survives the trip to the sign-in page.
    expect(JSON.parse(sessionStorage.getItem('salon.booking.s1')!)).toMatchObject({ serviceId: 'svc1', date: dates[1] });
  });
});
