import { screen, waitFor } from '@testing-library/react';
import { BookingCard } from './BookingsPage';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/render';
import { VisitDaysQuery } from '../components/VisitFlow';
import { upcomingDates } from '../lib/format';

const booking = (cancellableUntil: string) => ({
  __typename: 'Booking' as const,
  id: 'b1',
  status: 'CONFIRMED',
  startsAt: '2030-01-10T07:00:00.000Z',
  priceHalalas: 12000,
  holdExpiresAt: null,
  cancellableUntil,
  salon: { __typename: 'Salon' as const, id: 's1', name: 'Rose Touch Salon', timeZone: 'Asia/Riyadh', cancellationCutoffHours: 2, phone: '+966112345001' },
  service: { __typename: 'Service' as const, id: 'svc1', name: 'Haircut' },
  staff: { __typename: 'StaffMember' as const, id: 'st1', displayName: 'Noura' },
  payment: null,
  nextPayment: { __typename: 'DuePayment' as const, purpose: 'BALANCE', amountHalalas: 9000 },
  paymentTerms: { __typename: 'PaymentTerms' as const, prepayment: 'DEPOSIT', onlineDueHalalas: 3000, guarantee: false, balanceHalalas: 9000, noShowFeeHalalas: 3000, noShowGraceMinutes: 15, lateCancelFeeHalalas: 0, lateCancelWindowHours: 24 },
  fee: null,
  invoices: [] as { __typename: 'Invoice'; id: string; kind: string; reference: string }[],
});

describe('cancel policy', () => {
  it('explains the cut-off and lets the customer cancel before it', () => {
    renderWithProviders(<ul><BookingCard booking={booking('2030-01-10T05:00:00.000Z') as never} onChanged={() => {}} /></ul>);
    expect(screen.getByText(/You can cancel or change this booking until .* \(2 hours before\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel booking' })).toBeEnabled();
    // A deposit was paid: the terms show, and the rest can be paid online.
    expect(screen.getByText(/No-show fee: SAR 30\.00, if you have not come 15 minutes after the start\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Pay the rest online \(.*90\.00\)/ })).toBeInTheDocument();
  });

  it('disables cancelling after the cut-off and points to the salon\'s phone', () => {
    renderWithProviders(<ul><BookingCard booking={booking('2020-01-10T05:00:00.000Z') as never} onChanged={() => {}} /></ul>);
    expect(screen.getByRole('button', { name: 'Cancel booking' })).toBeDisabled();
    expect(screen.getByText((_, el) => el?.tagName === 'P' && el.textContent === 'It is too late to cancel online. Please call the salon on +966112345001.')).toBeInTheDocument();
  });

  it('links each of the booking\'s invoices and credit notes to its printable page', () => {
    const paid = { ...booking('2030-01-10T05:00:00.000Z'), invoices: [
      { __typename: 'Invoice' as const, id: 'i1', kind: 'INVOICE', reference: 'INV-000001' },
      { __typename: 'Invoice' as const, id: 'i2', kind: 'CREDIT_NOTE', reference: 'CN-000002' },
    ] };
    renderWithProviders(<ul><BookingCard booking={paid as never} onChanged={() => {}} /></ul>);
    expect(screen.getByRole('link', { name: 'Invoice INV-000001' })).toHaveAttribute('href', '/invoices/i1');
    expect(screen.getByRole('link', { name: 'Credit note CN-000002' })).toHaveAttribute('href', '/invoices/i2');
  });
});

describe('a visit', () => {
  const part = (id: string, position: number, staffId: string) => ({
    ...booking('2030-01-10T05:00:00.000Z'), id, visitPosition: position, staff: { __typename: 'StaffMember' as const, id: staffId, displayName: staffId },
    visit: { __typename: 'Visit' as const, id: 'v1', totalHalalas: 24000, parts: [
      { __typename: 'Booking' as const, id: 'b1', service: { __typename: 'Service' as const, id: 'svc1' }, staff: { __typename: 'StaffMember' as const, id: 'st1' } },
      { __typename: 'Booking' as const, id: 'b2', service: { __typename: 'Service' as const, id: 'svc1' }, staff: { __typename: 'StaffMember' as const, id: 'st2' } },
    ] },
  });

  it('changes the time of the whole visit until the cut-off, its own parts left free in the picker', async () => {
    const dates = upcomingDates('Asia/Riyadh', 14);
    const days = jest.fn(() => ({ data: { availableVisitDays: [] } }));
    const parts = [part('b1', 0, 'st1'), part('b2', 1, 'st2')];
    renderWithProviders(<ul><BookingCard booking={parts[0] as never} parts={parts as never} onChanged={() => {}} /></ul>, {
      mocks: [{ request: { query: VisitDaysQuery, variables: { input: { parts: [{ serviceId: 'svc1', staffId: 'st1' }, { serviceId: 'svc1', staffId: 'st2' }], from: dates[0], to: dates[13], excludeVisitId: 'v1' } } }, result: days }],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Change time' }));
    await waitFor(() => expect(days).toHaveBeenCalled());
  });
});
