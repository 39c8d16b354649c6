import assert from 'node:assert/strict';
import { checkScreen, newPage, screenshot, signIn, text } from '../harness.mjs';

/** The ZATCA QR payload's TLV records, by tag (the same decoding a phone's QR reader app does). */
function decodeQr(base64) {
  const bytes = Buffer.from(base64, 'base64');
  const out = {};
  for (let i = 0; i < bytes.length; i += 2 + bytes[i + 1]) out[bytes[i]] = bytes.subarray(i + 2, i + 2 + bytes[i + 1]).toString('utf8');
  return out;
}

export const scenarios = [
  [
    'the front desk records a split counter payment; its printable bilingual invoice carries the ZATCA QR; the customer and the manager find it',
    async ({ server, browser, state }) => {
      const page = await newPage(browser, server.url, 'ar-SA', { width: 1280, height: 900 });
      await signIn(page, server, 'ar-SA', '0500000001', '+966500000001');
      await page.waitForURL(/\/manage$/);
      // Sara's visit with Noura, which started an hour ago (confirmed, or completed by the staff scenario).
      const lane = page.getByRole('group', { name: 'نورة' });
      const visit = lane.locator('.cal-block.status-CONFIRMED, .cal-block.status-COMPLETED').filter({ hasText: 'سارة الحربي' }).first();
      await visit.waitFor();
      await visit.click();
      await page.getByRole('button', { name: text('ar-SA', 'calendar.counterTitle') }).click();
      const form = page.getByRole('form', { name: text('ar-SA', 'calendar.counterTitle') });
      // 50 riyals in cash typed in Arabic-Indic digits, and 20 on the mada terminal.
      await form.getByLabel(text('ar-SA', 'calendar.counterAmount')).first().fill('٥٠');
      await form.getByRole('button', { name: text('ar-SA', 'calendar.counterSplit') }).click();
      await form.locator('#counter-method-2').selectOption('MADA');
      await form.locator('#counter-amount-2').fill('20');
      await form.getByRole('button', { name: text('ar-SA', 'calendar.counterSubmit') }).click();
      const recorded = page.getByRole('status').filter({ hasText: /INV-\d{6}/ });
      await recorded.waitFor();
      const reference = (await recorded.textContent()).match(/INV-\d{6}/)[0];
      await screenshot(page, 'counter-payment-recorded-ar');

      // The printable page, at phone width: both languages, the QR as an image that decodes to the sale.
      const open = page.getByRole('link', { name: text('ar-SA', 'calendar.counterOpenInvoice') });
      const href = await open.getAttribute('href');
      await open.click();
      await page.waitForURL(/\/invoices\//);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('heading', { level: 1, name: /فاتورة ضريبية مبسطة.*Simplified tax invoice/ }).waitFor();
      const qr = page.getByRole('img', { name: text('ar-SA', 'invoice.qrAlt') });
      await qr.waitFor();
      assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR image renders');
      const fields = decodeQr(await qr.getAttribute('data-qr'));
      assert.equal(fields[1], 'مؤسسة صالون لمسة الورد');
      assert.equal(fields[2], '310122393500003');
      assert.equal(fields[4], '70.00');
      assert.equal(fields[5], '9.13'); // 70.00 − round(70.00 / 1.15)
      assert.match(fields[3], /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      assert.ok(await page.getByText(reference).first().isVisible());
      await checkScreen(page, 'invoice-print-ar', state.stats);
      // Printed, only the document is left: no site header, no buttons.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.top-bar').isVisible(), false);
      assert.equal(await page.getByRole('button', { name: text('ar-SA', 'invoice.print') }).isVisible(), false);
      await page.screenshot({ path: `${process.cwd()}/e2e/screenshots/invoice-printed-ar.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      // The manager's list shows it, and today's takings count the 70 riyals at the counter.
      await page.goto(`${server.url}/manage`);
      await page.locator(`[data-invoice="${reference}"]`).waitFor();
      assert.match(await page.locator('[data-takings="counter"]').textContent(), /٧٠/);
      await page.context().close();

      // Sara sees it in "My bookings", in English.
      const customer = await newPage(browser, server.url, 'en');
      await signIn(customer, server, 'en', '0500000002', '+966500000002', '/bookings');
      // Numbers are per salon: an invoice of another salon (a prepaid booking, say) may carry the same reference.
      const link = customer.locator(`a[href="${href}"]`);
      await link.waitFor();
      assert.equal(await link.textContent(), text('en', 'bookings.invoiceLink', { reference }));
      await link.click();
      await customer.getByRole('heading', { level: 1, name: /Simplified tax invoice/ }).waitFor();
      await checkScreen(customer, 'invoice-customer-en', state.stats);
      await customer.context().close();
    },
  ],
  [
    'a manager refunds part of the counter payment at phone width in English, another the rest at desktop width in Arabic; each gets a credit note, never more than was paid',
    async ({ server, browser, state }) => {
      const [{ id: paymentId, booking_id: bookingId }] = await server.sql('select id, booking_id from counter_payments where total_halalas = 7000 order by created_at desc limit 1');
      const page = await newPage(browser, server.url, 'en');
      await signIn(page, server, 'en', '0500000001', '+966500000001', '/manage');
      await page.waitForURL(/\/manage$/);
      await page.getByLabel(text('en', 'calendar.stylist')).first().selectOption({ label: 'Noura' });
      await page.locator(`.cal-block[data-booking="${bookingId}"]`).click();
      const item = page.locator(`[data-counter-payment="${paymentId}"]`);
      await item.getByRole('button', { name: text('en', 'desk.refund.open') }).click();
      const form = item.getByRole('form', { name: text('en', 'desk.refund.formTitle') });
      // More than was paid is stopped before it is sent.
      await form.getByLabel(text('en', 'calendar.counterAmount')).fill('80');
      await form.getByLabel(text('en', 'desk.refund.reason')).fill('Colour not as agreed');
      await form.getByRole('button', { name: text('en', 'desk.refund.submit') }).click();
      await form.getByRole('alert').waitFor();
      await form.getByLabel(text('en', 'calendar.counterAmount')).fill('20');
      await form.getByLabel(text('en', 'desk.refund.method')).selectOption('MADA');
      await form.getByRole('button', { name: text('en', 'desk.refund.submit') }).click();
      const done = item.getByRole('status').filter({ hasText: /CN-\d{6}/ });
      await done.waitFor();
      await item.getByText(/70\.00.*50\.00/).waitFor();
      await checkScreen(page, 'counter-refund-en', state.stats);
      await page.context().close();

      const second = await newPage(browser, server.url, 'ar-SA', { width: 1280, height: 900 });
      await signIn(second, server, 'ar-SA', '0500000005', '+966500000005', '/manage');
      await second.waitForURL(/\/manage$/);
      await second.locator(`.cal-block[data-booking="${bookingId}"]`).click();
      const row = second.locator(`[data-counter-payment="${paymentId}"]`);
      await row.getByRole('button', { name: text('ar-SA', 'desk.refund.open') }).click();
      const arForm = row.getByRole('form', { name: text('ar-SA', 'desk.refund.formTitle') });
      await arForm.getByLabel(text('ar-SA', 'calendar.counterAmount')).fill('٥٠');
      await arForm.getByLabel(text('ar-SA', 'desk.refund.reason')).fill('إلغاء الخدمة');
      await arForm.getByRole('button', { name: text('ar-SA', 'desk.refund.submit') }).click();
      await row.getByRole('status').waitFor();
      // Nothing is left to refund: the button is gone.
      await row.getByRole('button', { name: text('ar-SA', 'desk.refund.open') }).waitFor({ state: 'detached' });
      await checkScreen(second, 'counter-refund-ar', state.stats);
      await second.context().close();

      assert.deepEqual(await server.sql('select sum(amount_halalas)::int as refunded, count(*)::int as n from counter_refunds where counter_payment_id = $1', [paymentId]), [{ refunded: 7000, n: 2 }]);
      assert.deepEqual(await server.sql("select count(*)::int as n from invoices where counter_refund_id in (select id from counter_refunds where counter_payment_id = $1) and kind = 'CREDIT_NOTE'", [paymentId]), [{ n: 2 }]);
      assert.deepEqual(await server.sql("select count(*)::int as n from audit_log where action = 'REFUND' and target_id = $1", [paymentId]), [{ n: 2 }]);
    },
  ],
];
