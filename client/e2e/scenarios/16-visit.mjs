import assert from 'node:assert/strict';
import { checkLayout, checkScreen, giveName, newPage, pickTime, screenshot, signIn, text } from '../harness.mjs';

/**
 * A three-service visit booked by a customer: three services in order at a prepaid salon (a stylist for the first,
 * anyone for the others), one start where all three fit, one payment for the total through 3-D Secure, and one
 * card in My bookings listing the three parts, confirmed.
 */
async function threeServiceVisit({ server, browser, state }, locale, localPhone, e164, salonName, firstName, width) {
  const page = await newPage(browser, server.url, locale, { width, height: width > 800 ? 900 : 844 });
  await signIn(page, server, locale, localPhone, e164, '/');
  await giveName(page, locale, firstName);
  await page.getByRole('link', { name: salonName }).click();
  const flow = page.locator('[data-visit-flow]');
  await flow.getByRole('heading', { level: 2, name: text(locale, 'visit.title') }).waitFor();

  // Three services in order: the first with a named stylist, the next two with anyone.
  // The labels number the services in the reader's digits (١، ٢، ٣ in Arabic), as react-intl formats them.
  const digits = (n) => new Intl.NumberFormat(locale).format(n);
  for (let n = 1; n <= 3; n++) {
    if (n > 1) await flow.getByRole('button', { name: text(locale, 'visit.add') }).click();
    const service = flow.getByLabel(text(locale, 'visit.service', { n: digits(n) }), { exact: true });
    await service.selectOption({ index: n });
    if (n === 1) await flow.getByLabel(text(locale, 'visit.staff', { n: digits(n) }), { exact: true }).selectOption({ index: 1 });
  }
  await pickTime(page);
  const summary = page.locator('[data-visit-summary]');
  await summary.waitFor();
  assert.equal(await summary.locator('ol li').count(), 3, 'the summary lists the three parts');
  await checkLayout(page, `visit-summary-${locale}-${width}`);
  await checkScreen(page, `visit-${locale}-${width}`, state.stats);
  await page.getByRole('button', { name: text(locale, 'visit.confirm') }).click();

  // One hold and one payment for the whole visit.
  await page.locator('[data-hold] [data-countdown]').waitFor();
  await page.getByLabel(text(locale, 'pay.name')).fill('Sara Alharbi');
  await page.getByLabel(text(locale, 'pay.number')).fill('4111 1111 1111 1111');
  await page.getByLabel(text(locale, 'pay.expiry')).fill('12/30');
  await page.getByLabel(text(locale, 'pay.cvc')).fill('123');
  await page.getByRole('button', { name: text(locale, 'pay.submit') }).click();
  await page.getByRole('button', { name: 'Approve' }).waitFor();
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByText(text(locale, 'bookings.paymentResult.PAID')).waitFor();

  // My bookings: the visit is one card with its three services, confirmed.
  const card = page.locator('li.card[data-visit]');
  await card.first().waitFor();
  assert.equal(await card.count(), 1, 'one card for the visit');
  assert.equal(await card.locator('[data-visit-parts] li').count(), 3, 'the card lists the three services');
  await card.getByText(text(locale, 'status.CONFIRMED')).waitFor();
  assert.equal(await page.locator('li.card[data-booking]').count(), 1, 'the parts are not listed as separate bookings');
  await screenshot(page, `visit-bookings-${locale}-${width}`);
  await checkScreen(page, `visit-bookings-${locale}-${width}`, state.stats);
  await page.close();
}

export const scenarios = [
  ['English, phone width: a three-service visit booked by a customer, paid once, one visit in My bookings', (ctx) => threeServiceVisit(ctx, 'en', '0551116161', '+966551116161', 'Elite Barbers', 'Lina', 390)],
  ['Arabic (RTL), desktop width: the same visit', (ctx) => threeServiceVisit(ctx, 'ar-SA', '0551116262', '+966551116262', 'حلاق النخبة', 'ريم', 1280)],
];
