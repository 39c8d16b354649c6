import assert from 'node:assert/strict';
import { checkLayout, checkScreen, giveName, newPage, pickTime, screenshot, signIn, text } from '../harness.mjs';

/** A customer signs in, books a prepaid salon, pays with 4111… through 3-D Secure and sees the booking confirmed. */
async function bookAndPay({ server, browser, state }, locale, localPhone, e164, salonName, newName) {
  const page = await newPage(browser, server.url, locale);
  await signIn(page, server, locale, localPhone, e164, '/');
  if (newName) await giveName(page, locale, newName);
  await page.getByRole('link', { name: salonName }).click();
  await page.getByRole('heading', { level: 2, name: text(locale, 'book.title') }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), locale === 'en' ? 'ltr' : 'rtl');
  await screenshot(page, `salon-${locale}`);

  await page.locator('input[name="service"]').first().check();
  await pickTime(page);
  // Times come in morning / afternoon / evening groups, not one wall of buttons.
  const groups = await page.locator('.slot-group h3').allInnerTexts();
  assert.ok(groups.length >= 1 && groups.every((g) => ['night', 'morning', 'afternoon', 'evening'].some((p) => g === text(locale, `book.part.${p}`))), `groups: ${groups}`);
  // The summary names the day, and its confirm button is on screen without scrolling (the sheet).
  const summary = page.locator('[data-summary]');
  const dayLabel = await page.locator('button.day[aria-pressed="true"]').innerText();
  assert.ok((await summary.innerText()).includes(dayLabel.split(/[\s،,]+/).find((w) => /[0-9٠-٩]/.test(w))), 'summary shows the date');
  await checkLayout(page, `summary-${locale}`);
  assert.ok(await page.getByRole('button', { name: text(locale, 'book.confirm') }).evaluate((b) => b.getBoundingClientRect().bottom <= window.innerHeight), 'confirm button is on screen');
  await page.getByRole('button', { name: text(locale, 'book.confirm') }).click();
  // A prepaid booking is held for a while: the countdown says how long.
  await page.locator('[data-hold] [data-countdown]').waitFor();
  assert.match(await page.locator('[data-countdown]').innerText(), locale === 'en' ? /^(09|10):\d\d$/ : /^(٠٩|١٠):[٠-٩]{2}$/);

  await page.getByLabel(text(locale, 'pay.name')).fill('Sara Alharbi');
  await page.getByLabel(text(locale, 'pay.number')).fill('4111 1111 1111 1111');
  await page.getByLabel(text(locale, 'pay.expiry')).fill('12/30');
  await page.getByLabel(text(locale, 'pay.cvc')).fill('123');
  await screenshot(page, `pay-${locale}`);
  await page.getByRole('button', { name: text(locale, 'pay.submit') }).click();

  // The simulator's 3-D Secure page stands in for the bank, in the payer's language.
  await page.getByRole('button', { name: 'Approve' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), locale === 'en' ? 'en' : 'ar');
  await checkScreen(page, `3ds-${locale}`, state.stats);
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByText(text(locale, 'bookings.paymentResult.PAID')).waitFor();
  assert.match(page.url(), /\/bookings\?booking=.*&payment=PAID/);
  await page.getByText(text(locale, 'status.CONFIRMED')).first().waitFor();
  await screenshot(page, `bookings-${locale}`);
  state[`customer-${locale}`] = page;
}

export const scenarios = [
  ['English: sign in, book a prepaid salon, pay through 3-D Secure, booking confirmed', (ctx) => bookAndPay(ctx, 'en', '0500000002', '+966500000002', 'Elite Barbers')],
  ['Arabic (RTL): the same flow for a new customer', (ctx) => bookAndPay(ctx, 'ar-SA', '0551112233', '+966551112233', 'حلاق النخبة', 'سارة')],
];
