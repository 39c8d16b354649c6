import assert from 'node:assert/strict';
import { bookHeld, giveName, newPage, screenshot, signIn, text } from '../harness.mjs';

/**
 * Safari's Apple Pay JS, played in Chromium: the session asks for merchant validation at the URL it is given (here
 * the stand-in gateway's), then hands over a payment token once "authorised". The card form's real code path runs
 * against it: our server validates the merchant over mutual TLS, then pays with the token through Moyasar's
 * simulator. What the sheet was asked and told is kept in sessionStorage (`applePay`), which outlives the
 * redirect to the bookings page, for the scenario to read.
 */
function fakeApplePaySession(validationURL) {
  const record = (change) => {
    const state = JSON.parse(sessionStorage.getItem('applePay') ?? '{"events":[]}');
    change(state);
    sessionStorage.setItem('applePay', JSON.stringify(state));
  };
  window.ApplePaySession = class {
    static STATUS_SUCCESS = 0;
    static STATUS_FAILURE = 1;
    static canMakePayments() {
      return true;
    }
    static supportsVersion(version) {
      return version <= 5;
    }
    constructor(version, request) {
      record((state) => Object.assign(state, { version, request }));
    }
    begin() {
      record((state) => state.events.push('begin'));
      setTimeout(() => this.onvalidatemerchant({ validationURL }), 0);
    }
    completeMerchantValidation(merchantSession) {
      record((state) => {
        state.events.push('validated');
        state.merchantSession = merchantSession;
      });
      const token = { paymentData: { version: 'EC_v1', data: 'ZTJl', signature: 'c2ln', header: { ephemeralPublicKey: 'a2V5', publicKeyHash: 'aGFzaA==', transactionId: 'e2e' } }, paymentMethod: { displayName: 'mada 1010', network: 'mada', type: 'debit' }, transactionIdentifier: 'e2e' };
      setTimeout(() => this.onpaymentauthorized({ payment: { token } }), 0);
    }
    completePayment(status) {
      record((state) => state.events.push(`completed:${status}`));
    }
    abort() {
      record((state) => state.events.push('aborted'));
    }
  };
}

export const scenarios = [
  [
    'Apple Pay on the web: the sheet, merchant validation through our server (mutual TLS), the token pays the deposit',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'en');
      await page.context().addInitScript(fakeApplePaySession, server.applePay.validationUrl);
      await signIn(page, server, 'en', '0554447788', '+966554447788', '/');
      await giveName(page, 'en', 'Reem');
      await bookHeld(page, 'en', 'Red Sea Spa');
      await page.getByLabel(text('en', 'pay.method.applepay')).check();
      const before = server.applePay.requests.length;
      await page.getByRole('button', { name: text('en', 'pay.applePay'), exact: true }).click();
      await page.getByText(text('en', 'bookings.paymentResult.PAID')).waitFor();

      const sheet = await page.evaluate(() => JSON.parse(sessionStorage.getItem('applePay')));
      assert.equal(sheet.version, 5);
      assert.equal(sheet.request.currencyCode, 'SAR');
      assert.deepEqual(sheet.request.supportedNetworks, ['mada', 'visa', 'masterCard']);
      assert.deepEqual(sheet.events, ['begin', 'validated', 'completed:0']);
      assert.equal(sheet.merchantSession.merchantSessionIdentifier, 'SSH_E2E');
      // The gateway saw our merchant identity, with the Merchant Identity certificate.
      assert.deepEqual(server.applePay.requests.slice(before), [{ clientCn: 'merchant.sa.e2e.salon', body: { merchantIdentifier: 'merchant.sa.e2e.salon', displayName: 'Salon', initiative: 'web', initiativeContext: '127.0.0.1' } }]);

      const bookingId = new URL(page.url()).searchParams.get('booking');
      const [row] = await server.sql('select p.amount_halalas, p.source_type, p.status, b.price_halalas from payments p join bookings b on b.id = p.booking_id where b.id = $1', [bookingId]);
      assert.equal(row.source_type, 'applepay');
      assert.equal(row.status, 'PAID');
      assert.equal(sheet.request.total.amount, (row.amount_halalas / 100).toFixed(2), 'the sheet asked for what the server charged');
      await screenshot(page, 'applepay-paid-en');
      await page.context().close();
    },
  ],
];
