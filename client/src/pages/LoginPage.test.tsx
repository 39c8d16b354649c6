import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { landingFor, LoginPage, RequestCodeMutation } from './LoginPage';
import { renderWithProviders } from '../test/render';

const ask = (phoneNumber: string) => ({ request: { query: RequestCodeMutation, variables: { input: { phoneNumber, channel: 'SMS', deviceId: 'device-1' } } } });

describe('phone login', () => {
  beforeEach(() => localStorage.setItem('salon.device', 'device-1'));

  it('asks for a code, then shows the code field and a resend countdown from retryAfterSeconds', async () => {
    renderWithProviders(<LoginPage />, {
      mocks: [{ ...ask('0501234567'), result: { data: { requestPhoneCode: { __typename: 'RequestPhoneCodePayload', requestId: 'r1', expiresAt: '2026-12-01T10:05:00.000Z', retryAfterSeconds: 60, errors: [] } } } }],
    });
    await userEvent.type(screen.getByLabelText('Mobile number'), '0501234567');
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByLabelText('The code we sent you')).toBeInTheDocument();
    const resend = screen.getByRole('button', { name: /Send a new code in (60|59) s/ });
    expect(resend).toBeDisabled();
  });

  it('shows the server\'s own localised message when the number is refused', async () => {
    renderWithProviders(<LoginPage />, {
      locale: 'ar-SA',
      mocks: [{
        ...ask('0521234567'),
        result: { data: { requestPhoneCode: { __typename: 'RequestPhoneCodePayload', requestId: null, expiresAt: null, retryAfterSeconds: null, errors: [{ __typename: 'UserError', code: 'INVALID_PHONE_NUMBER', message: 'أدخل رقم جوال سعوديًا مثل ٠٥X XXX XXXX.', field: ['input', 'phoneNumber'] }] } } },
      }],
    });
    await userEvent.type(screen.getByLabelText('رقم الجوال'), '0521234567');
    await userEvent.click(screen.getByRole('button', { name: 'أرسل الرمز' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('أدخل رقم جوال سعوديًا مثل ٠٥X XXX XXXX.');
    expect(screen.queryByLabelText('الرمز الذي أرسلناه لك')).not.toBeInTheDocument();
  });

  it('lands the salon\'s people on their calendar and customers on their bookings', () => {
    expect(landingFor('STAFF')).toBe('/staff');
    expect(landingFor('MANAGER')).toBe('/manage');
    expect(landingFor('CUSTOMER')).toBe('/bookings');
    expect(landingFor(undefined)).toBe('/bookings');
  });
});
