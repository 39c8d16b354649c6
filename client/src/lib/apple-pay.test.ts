import { browserHasApplePay, showApplePaySheet } from './apple-pay';

/** Safari's ApplePaySession, scripted: records what the card form asks of it. */
function installSession(version: number) {
  const calls: string[] = [];
  let sheet: { onvalidatemerchant: (e: { validationURL: string }) => void; onpaymentauthorized: (e: { payment: { token: unknown } }) => void } | null = null;
  const Session = class {
    static STATUS_SUCCESS = 0;
    static STATUS_FAILURE = 1;
    static canMakePayments = () => true;
    static supportsVersion = (v: number) => v <= version;
    onvalidatemerchant = null;
    onpaymentauthorized = null;
    oncancel = null;
    constructor(v: number, request: { supportedNetworks: string[]; total: { amount: string } }) {
      calls.push(`new ${v} ${request.supportedNetworks.join(',')} ${request.total.amount}`);
      sheet = this as never;
    }
    begin = () => calls.push('begin');
    abort = () => calls.push('abort');
    completeMerchantValidation = (s: unknown) => calls.push(`validated ${JSON.stringify(s)}`);
    completePayment = (status: number) => calls.push(`completed ${status}`);
  };
  (window as { ApplePaySession?: unknown }).ApplePaySession = Session;
  return { calls, sheet: () => sheet! };
}

describe('the Apple Pay sheet', () => {
  afterEach(() => delete (window as { ApplePaySession?: unknown }).ApplePaySession);

  it('validates the merchant through the server, pays with the token as JSON and completes with the outcome', async () => {
    const { calls, sheet } = installSession(5);
    expect(browserHasApplePay()).toBe(true);
    const pay = jest.fn(async (token: string) => ({ ok: true, result: token }));
    const done = showApplePaySheet({ amountHalalas: 4550, label: 'Salon', validate: async (url) => ({ session: url }), pay });
    sheet().onvalidatemerchant({ validationURL: 'https://apple-pay-gateway.apple.com/x' });
    await new Promise((r) => setTimeout(r, 0));
    sheet().onpaymentauthorized({ payment: { token: { paymentData: 'p' } } });
    expect(await done).toBe('{"paymentData":"p"}');
    expect(calls).toEqual(['new 5 mada,visa,masterCard 45.50', 'begin', 'validated {"session":"https://apple-pay-gateway.apple.com/x"}', 'completed 0']);
  });

  it('closes the sheet when the server refuses the merchant validation; older Safari gets version 3 without mada', async () => {
    const { calls, sheet } = installSession(3);
    const done = showApplePaySheet({ amountHalalas: 100, label: 'Salon', validate: async () => null, pay: jest.fn() });
    sheet().onvalidatemerchant({ validationURL: 'https://evil.example/' });
    expect(await done).toBeNull();
    expect(calls).toEqual(['new 3 visa,masterCard 1.00', 'begin', 'abort']);
  });

  it('is not offered where the browser has no Apple Pay', () => {
    expect(browserHasApplePay()).toBe(false);
  });
});
