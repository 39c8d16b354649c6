import assert from 'node:assert/strict';
import { newPage, screenshot, signIn, text } from '../harness.mjs';

export const scenarios = [
  [
    'a manager lands on the time grid, switches stylists at phone width and cancels tomorrow\'s booking with a reason',
    async ({ server, browser, state }) => {
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
      await switcher.selectOption({ label: 'سارة' });
      await page.getByRole('group', { name: 'سارة' }).waitFor({ state: 'visible' });
      assert.equal(await visibleLanes().count(), 1);

      // Tomorrow at 11:00 Noura has the demo customer's booking.
      await switcher.selectOption({ label: 'نورة' });
      await page.getByRole('button', { name: text('ar-SA', 'calendar.next') }).click();
      const lane = page.getByRole('group', { name: 'نورة' });
      const blocks = lane.locator('.cal-block.status-CONFIRMED');
      await blocks.first().waitFor();
      const before = await blocks.count();
      await screenshot(page, 'calendar-phone-ar');
      await blocks.first().click();
      await page.getByLabel(text('ar-SA', 'calendar.cancelReason')).fill('المختصة مريضة');
      const id = await blocks.first().getAttribute('data-booking');
      await page.getByRole('button', { name: text('ar-SA', 'calendar.cancel') }).click();
      // Cancelled bookings leave the grid.
      await page.locator(`[data-booking="${id}"]`).waitFor({ state: 'detached' });
      assert.equal(await blocks.count(), before - 1);
      state.managerPage = page;
    },
  ],
  [
    'at desktop width the day shows every stylist side by side, and the week view one stylist\'s seven days',
    async ({ server, browser, state }) => {
      // The same signed-in manager, on a desktop screen (one-time codes are rate-limited per phone).
      const page = state.managerPage;
      assert.ok(page, 'the previous scenario signed the manager in');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: text('ar-SA', 'calendar.today') }).click();
      await page.getByRole('group', { name: 'سارة' }).waitFor();
      assert.ok((await page.locator('.cal-lane').filter({ visible: true }).count()) >= 4, 'every stylist has a column');
      await screenshot(page, 'calendar-desktop-ar');
      await page.getByRole('button', { name: text('ar-SA', 'calendar.week') }).click();
      await page.waitForFunction(() => document.querySelectorAll('.cal-lane').length === 7);
      await page.getByRole('button', { name: text('ar-SA', 'calendar.day') }).click();
      // The front-desk scenarios carry on with this manager.
    },
  ],
];
