import { screen } from '@testing-library/react';
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
        { request: { query: PaymentSettingsQuery }, result: { data: { paymentSettings: { __typename: 'PaymentSettings', publishableKey: 'pk_test', tokenUrl: 'https://pay.example/v1/tokens', applePayStandIn: false } } } },
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
});
