import assert from 'node:assert/strict';
import { appNow, checkLayout, checkScreen, newPage, screenshot, signIn, text } from '../harness.mjs';

/** A salon-local date `days` from today in Riyadh, YYYY-MM-DD. */
const riyadhDate = (days) => new Date(appNow().getTime() + 3 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

export const scenarios = [
  [
    'a manager sets a Ramadan schedule (20:00–03:00) and a customer is offered a time after midnight',
    async ({ server, browser, state }) => {
      // The salon's second manager, so the first one's one-time codes are left to the calendar scenarios.
      const page = await newPage(browser, server.url, 'ar-SA');
      await signIn(page, server, 'ar-SA', '0500000005', '+966500000005');
      await page.waitForURL(/\/manage$/);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/manage`);
      const form = page.getByRole('form', { name: text('ar-SA', 'exceptions.addTitle') });
      await form.waitFor();
      // The Ramadan preset fills the name and the night 20:00–03:00; the dates are tomorrow and the day after.
      await form.getByRole('button', { name: text('ar-SA', 'exceptions.preset.ramadan') }).click();
      assert.equal(await form.getByLabel(text('ar-SA', 'exceptions.name'), { exact: true }).inputValue(), text('ar-SA', 'exceptions.preset.ramadan'));
      await form.getByLabel(text('ar-SA', 'timeOff.from'), { exact: true }).fill(riyadhDate(1));
      await form.getByLabel(text('ar-SA', 'timeOff.to'), { exact: true }).fill(riyadhDate(2));
      const ramadan = text('ar-SA', 'exceptions.preset.ramadan');
      assert.equal(await form.getByLabel(text('ar-SA', 'hours.rangeEnd', { day: ramadan, n: '١' })).inputValue(), '03:00');
      await form.getByText(text('ar-SA', 'hours.nextDay')).waitFor();
      await checkLayout(page, 'ramadan-form-phone-ar');
      const rows = page.locator('[data-exception]');
      const before = await rows.count();
      await form.getByRole('button', { name: text('ar-SA', 'exceptions.add') }).click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-exception]').length === n + 1, before);
      await screenshot(page, 'ramadan-schedule-ar');
      // The calendar names tomorrow's schedule for the desk.
      await page.getByRole('button', { name: text('ar-SA', 'calendar.next') }).first().click();
      await page.locator('[data-schedule]').filter({ hasText: ramadan }).waitFor();
      await checkLayout(page, 'ramadan-calendar-phone-ar');

      // A customer looking at the day after tomorrow sees the small hours of tomorrow's Ramadan night.
      const customer = await newPage(browser, server.url, 'en');
      await customer.goto(server.url);
      await customer.getByRole('link', { name: 'Rose Touch Salon' }).first().click();
      await customer.locator('input[name="service"]').first().check();
      const day = customer.locator('button.day').nth(2);
      await day.waitFor();
      await day.click();
      const night = customer.getByRole('group', { name: text('en', 'book.part.night') });
      await night.locator('button.slot').first().waitFor();
      assert.match(await night.locator('button.slot').first().innerText(), /^12:\d\d\s?AM$/);
      // And no morning times: during Ramadan the salon keeps its night hours only.
      assert.equal(await customer.getByRole('group', { name: text('en', 'book.part.morning') }).count(), 0);
      await screenshot(customer, 'ramadan-night-slots-en');
      await customer.context().close();
      await page.context().close();

      // The receptionist's desk, in English on a wide screen: the day after tomorrow is in Ramadan too; today is not.
      const desk = await newPage(browser, server.url, 'en', { width: 1280, height: 900 });
      await signIn(desk, server, 'en', '0500000004', '+966500000004');
      await desk.waitForURL(/\/staff$/);
      await desk.locator('.cal-lane').first().waitFor();
      assert.equal(await desk.locator('[data-schedule]').count(), 0);
      await desk.getByRole('button', { name: text('en', 'calendar.next') }).first().click();
      await desk.getByRole('button', { name: text('en', 'calendar.next') }).first().click();
      await desk.locator('[data-schedule]').filter({ hasText: text('en', 'calendar.schedule', { name: ramadan }) }).waitFor();
      await checkScreen(desk, 'ramadan-calendar-desk-en', state.stats);
      await desk.context().close();
    },
  ],
];
