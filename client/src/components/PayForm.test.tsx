import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PayForm, PaymentSettingsQuery, StartPaymentMutation } from './PayForm';
import { renderWithProviders } from '../test/render';

describe('the card form', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('offers to finish the attempt still waiting at 3-D Secure when the server refuses a second one', async () => {
    globalThis.fetch = jest.fn(async () => ({ ok: true, json: async () => ({ id: 'token_1' }) })) as unknown as typeof fetch;
    renderWithProviders(<PayForm bookingId="b1" amountHalalas={4000} />, {
      mocks: [
        { request: { query: PaymentSettingsQuery }, result: { data: { paymentSettings: { __typename: 'PaymentSettings', publishableKey: 'pk_test', tokenUrl: 'https://pay.example/v1/tokens', applePayStandIn: false, applePayDisplayName: null } } } },
        {
          request: { query: StartPaymentMutation, variables: (v) => v.input.bookingId === 'b1' && v.input.source.token === 'token_1' },
          result: { data: { startPayment: {
            __typename: 'StartPaymentPayload',
            payment: { __typename: 'Payment', id: 'p1', status: 'INITIATED', transactionUrl: 'https://pay.example/3ds/p1' },
            errors: [{ __typename: 'UserError', code: 'PAYMENT_IN_PROGRESS', message: 'A payment for this booking is already in progress.' }],
          } } },
        },
      ],
    });
    await userEvent.type(screen.getByLabelText('Name on card'), 'Sara Alharbi');
    await userEvent.type(screen.getByLabelText('Card number'), '4111111111111111');
    await userEvent.type(screen.getByLabelText('Expiry (MM/YY)'), '12/30');
    await userEvent.type(screen.getByLabelText('Security code (CVC)'), '123');
    await userEvent.click(await screen.findByRole('button', { name: 'Pay now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A payment for this booking is already in progress.');
    expect(screen.getByRole('link', { name: 'Continue the payment in progress' })).toHaveAttribute('href', 'https://pay.example/3ds/p1');
  });

  it('a guarantee that saves the card says so and offers the card only (Apple Pay cannot be charged later)', async () => {
    renderWithProviders(<PayForm bookingId="b2" amountHalalas={4000} authoriseOnly savesCard />, {
      mocks: [{ request: { query: PaymentSettingsQuery }, result: { data: { paymentSettings: { __typename: 'PaymentSettings', publishableKey: 'pk_test', tokenUrl: 'https://pay.example/v1/tokens', applePayStandIn: true, applePayDisplayName: null } } } }],
    });
    expect(await screen.findByText(/your card is saved with our payment provider for the fees/)).toBeInTheDocument();
    // Once the settings (with the Apple Pay stand-in on) have arrived, still no choice of method.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pay now' })).toBeEnabled());
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByLabelText('Card number')).toBeInTheDocument();
  });
});
