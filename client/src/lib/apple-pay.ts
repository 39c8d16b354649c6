/** The parts of Safari's Apple Pay JS API the card form uses (https://developer.apple.com/documentation/apple_pay_on_the_web). */
interface ApplePaySheet {
  onvalidatemerchant: ((event: { validationURL: string }) => void) | null;
  onpaymentauthorized: ((event: { payment: { token: unknown } }) => void) | null;
  oncancel: (() => void) | null;
  begin(): void;
  abort(): void;
  completeMerchantValidation(merchantSession: unknown): void;
  completePayment(status: number): void;
}

interface ApplePaySessionClass {
  new (version: number, request: Record<string, unknown>): ApplePaySheet;
  canMakePayments(): boolean;
  supportsVersion?(version: number): boolean;
  STATUS_SUCCESS: number;
  STATUS_FAILURE: number;
}

const sessionClass = () => (window as { ApplePaySession?: ApplePaySessionClass }).ApplePaySession ?? null;

/** Safari with Apple Pay set up (canMakePayments throws outside a secure context: then there is none). */
export function browserHasApplePay(): boolean {
  try {
    return Boolean(sessionClass()?.canMakePayments());
  } catch {
    return false;
  }
}

export interface ApplePaySheetOptions<T> {
  amountHalalas: number;
  /** The merchant's name on the sheet. */
  label: string;
  /** Our server's merchant validation for `validationURL`: Apple's merchant session, or null to close the sheet. */
  validate(validationUrl: string): Promise<unknown | null>;
  /** The payment token (JSON) to our server; `ok` tells the sheet whether it went through. */
  pay(token: string): Promise<{ ok: boolean; result: T }>;
}

/**
 * Shows the Apple Pay sheet for an amount in SAR and resolves with what `pay` gave, or null when the customer closed
 * it or the merchant could not be validated. Call it straight from the click: Safari only opens the sheet inside a
 * user gesture, so nothing may be awaited before. mada is a network from Apple Pay JS version 5 on; older Safari
 * gets version 3 with Visa and Mastercard (co-branded mada cards pay as those).
 */
export function showApplePaySheet<T>({ amountHalalas, label, validate, pay }: ApplePaySheetOptions<T>): Promise<T | null> {
  const Session = sessionClass()!;
  const version = Session.supportsVersion?.(5) ? 5 : 3;
  const session = new Session(version, {
    countryCode: 'SA', currencyCode: 'SAR', merchantCapabilities: ['supports3DS'],
    supportedNetworks: version >= 5 ? ['mada', 'visa', 'masterCard'] : ['visa', 'masterCard'],
    total: { label, amount: (amountHalalas / 100).toFixed(2), type: 'final' },
  });
  return new Promise((resolve) => {
    const fail = () => {
      session.abort();
      resolve(null);
    };
    session.onvalidatemerchant = (event) => {
      validate(event.validationURL).then((merchantSession) => (merchantSession ? session.completeMerchantValidation(merchantSession) : fail()), fail);
    };
    session.onpaymentauthorized = (event) => {
      pay(JSON.stringify(event.payment.token)).then(
        ({ ok, result }) => {
          session.completePayment(ok ? Session.STATUS_SUCCESS : Session.STATUS_FAILURE);
          resolve(result);
        },
        () => {
          session.completePayment(Session.STATUS_FAILURE);
          resolve(null);
        },
      );
    };
    session.oncancel = () => resolve(null);
    session.begin();
  });
}
