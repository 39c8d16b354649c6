import assert from 'node:assert/strict';
import { checkScreen, screenshot, signIn, text, newPage } from '../harness.mjs';

const WEEKDAYS = ['SATURDAY', 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

export const scenarios = [
  [
    'the front desk books a new customer by phone from an empty cell; the customer signs in and finds it',
    async ({ server, browser, state }) => {
      const page = state.managerPage;
      assert.ok(page, 'the calendar scenario signed the manager in');
      await page.setViewportSize({ width: 1280, height: 900 });
      // Tomorrow at 19:00 Noura is working and free (her demo bookings are at 11:00 and 16:00).
      await page.getByRole('button', { name: text('ar-SA', 'calendar.next') }).click();
      const cell = page.getByRole('group', { name: 'نورة' }).getByRole('button', { name: /19:00|٧:٠٠ م|7:00/ }).first();
      await cell.click();
      const form = page.locator('form.cal-actions');
      await form.getByLabel(text('ar-SA', 'desk.phone')).fill('0555 000 123');
      await form.getByLabel(text('ar-SA', 'desk.firstName')).fill('مها');
      await form.getByRole('button', { name: text('ar-SA', 'desk.book') }).click();
      await form.waitFor({ state: 'detached' });
      await page.getByRole('group', { name: 'نورة' }).getByRole('button', { name: /مها/ }).waitFor();
      await screenshot(page, 'front-desk-booked-ar');

      const customer = await newPage(browser, server.url, 'en');
      await signIn(customer, server, 'en', '0555000123', '+966555000123');
      await customer.waitForURL(/\/bookings$/);
      await customer.getByText('Rose Touch Salon').first().waitFor();
      await customer.context().close();
    },
  ],
  [
    'a walk-in starts now on a free stylist in two taps',
    async ({ state }) => {
      const page = state.managerPage;
      // Haya works around the clock, so the scenario does not depend on the hour it runs at.
      await page.locator('summary', { hasText: 'هيا' }).click();
      const hours = page.getByRole('form', { name: text('ar-SA', 'hours.title') });
      // Saturday becomes 00:00–24:00 with the time pickers, then is copied to every other day.
      const saturday = text('ar-SA', 'weekday.SATURDAY');
      const remove = hours.getByRole('button', { name: text('ar-SA', 'hours.removeRange', { day: saturday, n: '١' }) });
      while (await remove.count()) await remove.click();
      await hours.getByRole('button', { name: text('ar-SA', 'hours.addRangeTo', { day: saturday }) }).click();
      await hours.getByLabel(text('ar-SA', 'hours.rangeStart', { day: saturday, n: '١' })).selectOption('00:00');
      await hours.getByLabel(text('ar-SA', 'hours.rangeEnd', { day: saturday, n: '١' })).selectOption('24:00');
      await hours.getByRole('button', { name: text('ar-SA', 'hours.copy', { day: saturday }) }).click();
      await hours.getByRole('button', { name: text('ar-SA', 'hours.everyDay') }).click();
      await hours.getByRole('button', { name: text('ar-SA', 'hours.applyCopy'), exact: true }).click();
      for (const day of WEEKDAYS) assert.equal(await hours.getByLabel(text('ar-SA', 'hours.rangeEnd', { day: text('ar-SA', `weekday.${day}`), n: '١' })).inputValue(), '24:00');
      await hours.getByRole('button', { name: text('ar-SA', 'hours.save') }).click();
      await page.getByText(text('ar-SA', 'manage.saved')).first().waitFor();
      await page.getByRole('button', { name: text('ar-SA', 'calendar.today') }).click();
      const haya = page.getByRole('group', { name: 'هيا' });
      // Tap 1: walk-in on the free stylist; tap 2: start (after the customer's number and name).
      await haya.getByRole('button', { name: text('ar-SA', 'desk.walkIn') }).click();
      const form = page.locator('form.cal-actions');
      await form.getByLabel(text('ar-SA', 'desk.phone')).fill('0555000456');
      await form.getByLabel(text('ar-SA', 'desk.firstName')).fill('ريم');
      await form.getByRole('button', { name: text('ar-SA', 'desk.startWalkIn') }).click();
      await form.waitFor({ state: 'detached' });
      await haya.locator('.cal-block.status-CONFIRMED').filter({ hasText: 'ريم' }).waitFor();
      // She is busy now: no second walk-in is offered on her column.
      assert.equal(await haya.getByRole('button', { name: text('ar-SA', 'desk.walkIn') }).count(), 0);
      await screenshot(page, 'walk-in-ar');
    },
  ],
  [
    'moving a booking to a stylist who is taken then is refused, and the booking stays where it was',
    async ({ state }) => {
      const page = state.managerPage;
      // Tomorrow at 19:00: the phone booking is Noura's; Haya (around the clock) gets a booking then too.
      await page.getByRole('button', { name: text('ar-SA', 'calendar.next') }).click();
      const haya = page.getByRole('group', { name: 'هيا' });
      await haya.getByRole('button', { name: /19:00|٧:٠٠ م|7:00/ }).first().click();
      const form = page.locator('form.cal-actions');
      await form.getByLabel(text('ar-SA', 'desk.phone')).fill('0555000789');
      await form.getByLabel(text('ar-SA', 'desk.firstName')).fill('نوف');
      await form.getByRole('button', { name: text('ar-SA', 'desk.book') }).click();
      await form.waitFor({ state: 'detached' });
      const block = page.getByRole('group', { name: 'نورة' }).getByRole('button', { name: /مها/ });
      await block.click();
      await page.getByLabel(text('ar-SA', 'calendar.moveTo')).selectOption({ label: 'هيا' });
      await page.getByRole('button', { name: text('ar-SA', 'calendar.move'), exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'تم حجز هذا الوقت' }).waitFor();
      assert.equal(await page.getByRole('group', { name: 'نورة' }).getByRole('button', { name: /مها/ }).count(), 1);
      await screenshot(page, 'move-refused-ar');
      // Sarah is free then: the same move to her goes through.
      await page.getByLabel(text('ar-SA', 'calendar.moveTo')).selectOption({ label: 'سارة' });
      await page.getByRole('button', { name: text('ar-SA', 'calendar.move'), exact: true }).click();
      await page.getByRole('group', { name: 'سارة' }).getByRole('button', { name: /مها/ }).waitFor();
      // The drag-and-drop scenario carries on with this page.
    },
  ],
  [
    'dragging a booking to another stylist moves it; dropping it on a taken time is refused with the message, and it stays',
    async ({ server, state }) => {
      const page = state.managerPage;
      /** Drags a block with the mouse (pointer events) to the middle of a column, `rows` slots lower. */
      const dragTo = async (block, laneName, rows = 0) => {
        await block.scrollIntoViewIfNeeded();
        const from = await block.boundingBox();
        const lane = await page.getByRole('group', { name: laneName }).boundingBox();
        const row = await page.locator('.cal-grid').evaluate((g) => parseFloat(getComputedStyle(g).getPropertyValue('--row')) * parseFloat(getComputedStyle(document.documentElement).fontSize));
        const x = from.x + from.width / 2;
        const y = from.y + Math.min(from.height / 2, 10);
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(lane.x + lane.width / 2, y + rows * row, { steps: 12 });
        await page.mouse.up();
      };
      const maha = (name) => page.getByRole('group', { name }).getByRole('button', { name: /مها/ });
      const id = await maha('سارة').getAttribute('data-booking');
      const [{ starts_at: startsAt }] = await server.sql('select starts_at from bookings where id = $1', [id]);

      // The previous scenario left Maha's actions open: closed, so that a drag can be seen not to open them.
      await page.locator('section.cal-actions').getByRole('button', { name: text('ar-SA', 'calendar.close'), exact: true }).click();
      // Noura is free again at 19:00 (Maha left her): dragged across to her column, same time.
      await dragTo(maha('سارة'), 'نورة');
      await maha('نورة').waitFor();
      const [moved] = await server.sql('select b.starts_at, s.display_name from bookings b join staff_members s on s.id = b.staff_id where b.id = $1', [id]);
      assert.equal(moved.display_name, 'نورة');
      assert.equal(moved.starts_at.toISOString(), startsAt.toISOString());
      // A drag is not a tap: no actions panel opened on its way.
      assert.equal(await page.locator('section.cal-actions').count(), 0);

      // Haya has Nouf at 19:00: dropping Maha on her column is refused with the localised message.
      await dragTo(maha('نورة'), 'هيا');
      await page.locator('[data-drag-error]').filter({ hasText: 'تم حجز هذا الوقت' }).waitFor();
      await maha('نورة').waitFor();
      assert.deepEqual(await server.sql('select s.display_name from bookings b join staff_members s on s.id = b.staff_id where b.id = $1', [id]), [{ display_name: 'نورة' }]);
      await checkScreen(page, 'drag-refused-ar', state.stats);

      // Dragged two rows down in her own column: rescheduled by two slots.
      const interval = 15; // the server's SLOT_INTERVAL_MINUTES default: the grid's rows
      await dragTo(maha('نورة'), 'نورة', 2);
      await page.locator('[data-drag-error]').waitFor({ state: 'detached' });
      for (let i = 0; i < 50; i++) {
        const [{ starts_at: now }] = await server.sql('select starts_at from bookings where id = $1', [id]);
        if (now.getTime() !== startsAt.getTime()) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const [{ starts_at: later }] = await server.sql('select starts_at from bookings where id = $1', [id]);
      assert.equal(later.getTime() - startsAt.getTime(), 2 * interval * 60_000);
      await page.context().close();
    },
  ],
];
