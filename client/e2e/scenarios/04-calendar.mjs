import assert from 'node:assert/strict';
import { newPage, screenshot, signIn, text } from '../harness.mjs';

export const scenarios = [
  [
    'a manager lands on the time grid, switches stylists at phone width and cancels tomorrow\'s booking with a reason',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      // No "next": the salon's people land on their calendar.
      await signIn(page, server, 'ar-SA', '0500000001', '+966500000001');
      await page.waitForURL(/\/manage$/);
      const grid = page.getByRole('group', { name: text('ar-SA', 'calendar.title') });
      await grid.waitFor();
      // A phone shows one stylist at a time; the switcher picks another.
      const switcher = page.getByLabel(text('ar-SA', 'calendar.stylist'));
      await switcher.waitFor();
      const visibleLanes = () => page.locator('.cal-lane').filter({ visible: true });
      assert.equal(await visibleLanes().count(), 1);
      await switcher.selectOption({ label: 'Sarah' });
      await page.getByRole('group', { name: 'Sarah' }).waitFor({ state: 'visible' });
      assert.equal(await visibleLanes().count(), 1);

      // Tomorrow at 11:00 Noura has the demo customer's booking.
      await switcher.selectOption({ label: 'Noura' });
      await page.getByRole('button', { name: text('ar-SA', 'calendar.next') }).click();
      const lane = page.getByRole('group', { name: 'Noura' });
      const blocks = lane.locator('.cal-block.status-CONFIRMED');
      await blocks.first().waitFor();
      const before = await blocks.count();
      await screenshot(page, 'calendar-phone-ar');
      await blocks.first().click();
      await page.getByLabel(text('ar-SA', 'calendar.cancelReason')).fill('المختصة مريضة');
      await page.getByRole('button', { name: text('ar-SA', 'calendar.cancel') }).click();
      await page.waitForFunction(([n]) => document.querySelectorAll('[data-lane] .cal-block.status-CONFIRMED').length < n, [before]);
      await page.context().close();
    },
  ],
  [
    'at desktop width the day shows every stylist side by side, and the week view one stylist\'s seven days',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'en');
      await page.setViewportSize({ width: 1280, height: 900 });
      await signIn(page, server, 'en', '0500000001', '+966500000001', '/manage');
      await page.getByRole('group', { name: text('en', 'calendar.title') }).waitFor();
      await page.getByRole('group', { name: 'Sarah' }).waitFor();
      assert.ok((await page.locator('.cal-lane').filter({ visible: true }).count()) >= 4, 'every stylist has a column');
      await screenshot(page, 'calendar-desktop-en');
      await page.getByRole('button', { name: text('en', 'calendar.week') }).click();
      await page.waitForFunction(() => document.querySelectorAll('.cal-lane').length === 7);
      await page.context().close();
    },
  ],
];
