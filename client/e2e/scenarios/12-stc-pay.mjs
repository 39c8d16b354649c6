import assert from 'node:assert/strict';
import { bookHeld, giveName, newPage, screenshot, signIn, text } from '../harness.mjs';

export const scenarios = [
  [
    'STC Pay: the mobile, a refused code (insufficient balance), then the right code pays the booking',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await signIn(page, server, 'ar-SA', '0553334455', '+966553334455', '/');
      await giveName(page, 'ar-SA', 'ريم');
      await bookHeld(page, 'ar-SA', 'حلاق النخبة');
      await page.getByLabel(text('ar-SA', 'pay.method.stcpay')).check();
      await page.getByLabel(text('ar-SA', 'pay.stcMobile')).fill('0501234567');
      await page.getByRole('button', { name: text('ar-SA', 'pay.stcSend') }).click();
      await page.getByLabel(text('ar-SA', 'pay.stcCode')).fill('111111');
      await screenshot(page, 'stc-code-ar');
      await page.getByRole('button', { name: text('ar-SA', 'pay.stcConfirm') }).click();
      assert.match(await page.getByRole('alert').innerText(), /Insufficient balance/);
      // A refused code ends that attempt: the mobile again, a new code.
      await page.getByLabel(text('ar-SA', 'pay.stcMobile')).fill('0501234567');
      await page.getByRole('button', { name: text('ar-SA', 'pay.stcSend') }).click();
      await page.getByLabel(text('ar-SA', 'pay.stcCode')).fill('123456');
      await page.getByRole('button', { name: text('ar-SA', 'pay.stcConfirm') }).click();
      await page.getByText(text('ar-SA', 'bookings.paymentResult.PAID')).waitFor();
      const bookingId = new URL(page.url()).searchParams.get('booking');
      await page.locator(`[data-booking="${bookingId}"]`).getByText(text('ar-SA', 'status.CONFIRMED')).waitFor();
      const rows = await server.sql('select status, source_type from payments where booking_id = $1 order by created_at', [bookingId]);
      assert.deepEqual(rows, [{ status: 'FAILED', source_type: 'stcpay' }, { status: 'PAID', source_type: 'stcpay' }]);
      await page.context().close();
    },
  ],
  [
    'Apple Pay: the simulator\'s stand-in pays the deposit at a salon with fees, in Chromium',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'en');
      await signIn(page, server, 'en', '0554445566', '+966554445566', '/');
      await giveName(page, 'en', 'Lama');
      await bookHeld(page, 'en', 'Red Sea Spa');
      await page.getByLabel(text('en', 'pay.method.applepay')).check();
      await screenshot(page, 'applepay-en');
      await page.getByRole('button', { name: text('en', 'pay.applePayStandIn') }).click();
      await page.getByText(text('en', 'bookings.paymentResult.PAID')).waitFor();
      const bookingId = new URL(page.url()).searchParams.get('booking');
      const [row] = await server.sql('select p.amount_halalas, b.price_halalas from payments p join bookings b on b.id = p.booking_id where b.id = $1', [bookingId]);
      assert.equal(row.amount_halalas, Math.round(row.price_halalas * 0.3), 'the 30% deposit, not the price');
      await page.context().close();
    },
  ],
];
