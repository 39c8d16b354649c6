import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RefundDialog, RefundMutation } from './ManagePage';
import { renderWithProviders } from '../test/render';

const refund = (amountHalalas: number, payload: unknown) => ({
  request: { query: RefundMutation, variables: { input: { paymentId: 'p1', amountHalalas } } },
  result: { data: { refundPayment: payload } },
});

describe('refund dialog', () => {
  it('sends the amount in halalas and closes when the refund went through', async () => {
    const onDone = jest.fn();
    renderWithProviders(<RefundDialog paymentId="p1" maxHalalas={4000} onDone={onDone} />, {
      mocks: [refund(1500, { __typename: 'RefundPaymentPayload', payment: { __typename: 'Payment', id: 'p1', status: 'PARTIALLY_REFUNDED', refundedHalalas: 1500 }, errors: [] })],
    });
    const amount = screen.getByLabelText(/Amount to refund in SAR/);
    expect(amount).toHaveValue('40.00');
    await userEvent.clear(amount);
    await userEvent.type(amount, '15');
    await userEvent.click(screen.getByRole('button', { name: 'Refund' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('shows the server\'s message when the amount is more than what is left', async () => {
    renderWithProviders(<RefundDialog paymentId="p1" maxHalalas={4000} onDone={() => {}} />, {
      mocks: [refund(5000, { __typename: 'RefundPaymentPayload', payment: null, errors: [{ __typename: 'UserError', code: 'REFUND_EXCEEDS_BALANCE', message: 'You can refund at most 4000 halalas of this payment.' }] })],
    });
    const amount = screen.getByLabelText(/Amount to refund in SAR/);
    await userEvent.clear(amount);
    await userEvent.type(amount, '50');
    await userEvent.click(screen.getByRole('button', { name: 'Refund' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You can refund at most 4000 halalas of this payment.');
  });
});
