import assert from 'node:assert/strict';
import { appNow, checkScreen, giveName, newPage, payByCard, screenshot, signIn, text } from '../harness.mjs';

/** A salon-local date `days` from today in Riyadh, YYYY-MM-DD (the pickers' and the week view's days). */
const riyadhDate = (days) => new Date(appNow().getTime() + 3 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
// Days no earlier scenario touches: 08 gives Rose Touch a Ramadan night tomorrow and the day after, 05 and 10 work
// on tomorrow, the demo data books the next three afternoons. Day 6 is a Tuesday; 7, 8 and 10 are working days of
// both stylists (day 9 is a Friday, afternoons only).
const BOOKED = 6;
const DESK_MOVE = 7;
const DRAGGED = 8;
const OFF = 10;
const MINUTE = 60_000;
/** The Riyadh date of an instant. */
const riyadhDay = (at) => new Date(at.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
const REFUSED = { en: 'Sorry, the whole visit no longer fits at that time. Please pick another time.' };

/** The visit's parts as stored, in order. */
const partsOf = (server, visitId) => server.sql('select id, staff_id, starts_at from bookings where visit_id = $1 order by visit_position', [visitId]);
/** Every part moved by the same amount: the amount, in minutes. */
function shiftOf(before, after) {
  const shifts = after.map((p, i) => (p.starts_at.getTime() - before[i].starts_at.getTime()) / MINUTE);
  assert.ok(shifts.every((s) => s === shifts[0]), `the parts moved together: ${shifts}`);
  assert.deepEqual(after.map((p) => p.staff_id), before.map((p) => p.staff_id), 'each part keeps its stylist');
  return shifts[0];
}
/** Waits until the visit's first part has left `startsAt` (the move's answer and the database agree). */
async function movedFrom(server, visitId, startsAt) {
  for (let i = 0; i < 50; i++) {
    const [lead] = await partsOf(server, visitId);
    if (lead.starts_at.getTime() !== startsAt.getTime()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
/** A whole day off for a stylist (what another desk might enter meanwhile), returned with a way to take it back. */
async function dayOff(server, staffId, days) {
  const start = new Date(`${riyadhDate(days)}T00:00:00+03:00`);
  const [{ id }] = await server.sql(
    "insert into time_off (id, created_at, updated_at, staff_id, starts_at, ends_at, reason) values (gen_random_uuid(), $2, $2, $1, $3, $4, 'e2e') returning id",
    [staffId, appNow(), start, new Date(start.getTime() + 24 * 3_600_000)],
  );
  return () => server.sql('delete from time_off where id = $1', [id]);
}

export const scenarios = [
  [
    'a customer books a two-stylist visit and, from My bookings, moves it 15 minutes on (its own time does not count as busy)',
    async ({ server, browser, state }) => {
      const [haircut, manicure] = await server.sql(
        "select v.id from services v join salons s on s.id = v.salon_id where s.name_en = 'Rose Touch Salon' and v.name_en in ('Haircut', 'Manicure') order by v.name_en",
      );
      const staff = await server.sql("select m.id, m.display_name_en as name from staff_members m join salons s on s.id = m.salon_id where s.name_en = 'Rose Touch Salon' and m.display_name_en in ('Noura', 'Reem') order by m.display_name_en");
      const [noura, reem] = staff;
      state.moveVisit = { noura, reem };

      const page = await newPage(browser, server.url, 'en', { width: 1280, height: 900 });
      await signIn(page, server, 'en', '0551112020', '+966551112020', '/');
      await giveName(page, 'en', 'Dana');
      await page.getByRole('link', { name: 'Rose Touch Salon' }).first().click();
      const flow = page.locator('[data-visit-flow]');
      await flow.locator('#visit-service-0').selectOption(haircut.id);
      await flow.locator('#visit-staff-0').selectOption(noura.id);
      await flow.getByRole('button', { name: text('en', 'visit.add') }).click();
      await flow.locator('#visit-service-1').selectOption(manicure.id);
      await flow.locator('#visit-staff-1').selectOption(reem.id);
      await flow.locator('button.day').nth(BOOKED).click();
      await flow.locator('button.slot').first().click();
      const summary = flow.locator('[data-visit-summary]');
      await summary.waitFor();
      // Earlier scenarios may have given the salon a deposit with fees (11): accepted and paid, as a customer would.
      if (await summary.getByRole('checkbox').count()) await summary.getByRole('checkbox').check();
      await summary.getByRole('button', { name: text('en', 'visit.confirm') }).click();
      const held = page.locator('[data-hold]');
      await Promise.race([page.waitForURL(/\/bookings/), held.waitFor()]);
      if (!/\/bookings/.test(page.url())) {
        await payByCard(page, 'en', 'Dana Alqahtani');
        await page.waitForURL(/\/bookings/);
      }
      const card = page.locator('li.card[data-visit]');
      await card.waitFor();
      const visitId = await card.getAttribute('data-visit');
      const before = await partsOf(server, visitId);
      assert.equal(before.length, 2);
      assert.equal(riyadhDay(before[0].starts_at), riyadhDate(BOOKED));

      // Change time: the same day, the second start: 15 minutes on, over the visit's own time.
      await card.getByRole('button', { name: text('en', 'bookings.reschedule') }).click();
      const picker = card.locator('[data-start-picker]');
      await picker.locator('button.day').nth(BOOKED).click();
      await picker.locator('button.slot').nth(1).click();
      await picker.getByRole('button', { name: /^Move to / }).click();
      await checkScreen(page, 'visit-move-confirm-en', state.stats);
      await page.getByRole('dialog').getByRole('button', { name: text('en', 'bookings.moveConfirm') }).click();
      await page.getByText(text('en', 'visit.moved')).first().waitFor();
      await movedFrom(server, visitId, before[0].starts_at);
      assert.equal(shiftOf(before, await partsOf(server, visitId)), 15);
      await screenshot(page, 'visit-moved-bookings-en');
      await page.context().close();
      state.moveVisit.visitId = visitId;
    },
  ],
  [
    'the receptionist (English, desktop) moves the whole visit from the calendar; a start taken meanwhile is refused and nothing moves',
    async ({ server, browser, state }) => {
      const { visitId, reem } = state.moveVisit ?? {};
      assert.ok(visitId, 'the previous scenario booked the visit');
      const page = await newPage(browser, server.url, 'en', { width: 1280, height: 900 });
      await signIn(page, server, 'en', '0500000004', '+966500000004');
      await page.waitForURL(/\/staff$/);
      await page.locator('.cal-lane').first().waitFor();
      for (let i = 0; i < BOOKED; i++) await page.getByRole('button', { name: text('en', 'calendar.next') }).first().click();
      const before = await partsOf(server, visitId);
      const block = page.locator(`[data-booking="${before[1].id}"]`);
      await block.click();
      const actions = page.locator('section.cal-actions');
      await actions.locator('[data-visit-part]').waitFor();
      // A part alone cannot be rescheduled or handed to another stylist: only the whole visit moves.
      assert.equal(await actions.getByRole('button', { name: text('en', 'calendar.reschedule'), exact: true }).count(), 0);
      assert.equal(await actions.getByLabel(text('en', 'calendar.moveTo')).count(), 0);
      await actions.getByRole('button', { name: text('en', 'visit.moveAll') }).click();
      const picker = actions.locator('[data-start-picker]');
      await picker.locator('button.day').nth(DESK_MOVE).click();
      await picker.locator('button.slot').first().click();

      // Meanwhile the second stylist takes that day off: the move is refused with the message, and nothing moves.
      const giveBack = await dayOff(server, reem.id, DESK_MOVE);
      await picker.getByRole('button', { name: /^Move to / }).click();
      await page.getByRole('dialog').getByRole('button', { name: text('en', 'bookings.moveConfirm') }).click();
      await picker.getByRole('alert').filter({ hasText: REFUSED.en }).waitFor();
      assert.deepEqual(await partsOf(server, visitId), before);
      await checkScreen(page, 'visit-move-refused-en', state.stats);

      // She is back: the day offers starts again and the move goes through, every part with its own stylist.
      await giveBack();
      // (Another day and back: the refused day's starts were read again while she was off.)
      await picker.locator('button.day').nth(BOOKED).click();
      await picker.locator('button.slot').first().waitFor();
      await picker.locator('button.day').nth(DESK_MOVE).click();
      await picker.locator('button.slot').first().click();
      await picker.getByRole('button', { name: /^Move to / }).click();
      await page.getByRole('dialog').getByRole('button', { name: text('en', 'bookings.moveConfirm') }).click();
      await block.waitFor({ state: 'detached' });
      // The day reloads without the visit, and its actions panel closes.
      await actions.waitFor({ state: 'detached' });
      await movedFrom(server, visitId, before[0].starts_at);
      const after = await partsOf(server, visitId);
      shiftOf(before, after);
      assert.equal(riyadhDay(after[0].starts_at), riyadhDate(DESK_MOVE));
      state.moveVisit.desk = page;
    },
  ],
  [
    "in the week view a visit's block is dragged to another day and the whole visit follows; onto a day it does not fit it is refused and stays",
    async ({ server, state }) => {
      const { visitId, noura, reem, desk: page } = state.moveVisit ?? {};
      assert.ok(page, 'the previous scenario signed the receptionist in');
      // The week view is one stylist's: the switcher (shown in that view at any width) picks the first part's.
      await page.getByRole('button', { name: text('en', 'calendar.week') }).click();
      await page.getByLabel(text('en', 'calendar.stylist')).selectOption(noura.id);
      await page.waitForFunction(() => document.querySelectorAll('.cal-lane').length === 7);

      /** Drags a block with the mouse (pointer events) to the same height of another day's lane. */
      const dragTo = async (block, day) => {
        await block.scrollIntoViewIfNeeded();
        const from = await block.boundingBox();
        const lane = await page.locator(`[data-lane="${day}"]`).boundingBox();
        const y = from.y + Math.min(from.height / 2, 10);
        await page.mouse.move(from.x + from.width / 2, y);
        await page.mouse.down();
        await page.mouse.move(lane.x + lane.width / 2, y, { steps: 12 });
        await page.mouse.up();
      };
      const before = await partsOf(server, visitId);
      const lead = page.locator(`[data-lane="${riyadhDate(DESK_MOVE)}"] [data-booking="${before[0].id}"]`);
      await lead.waitFor();
      await dragTo(lead, riyadhDate(DRAGGED));
      await page.locator(`[data-lane="${riyadhDate(DRAGGED)}"] [data-booking="${before[0].id}"]`).waitFor();
      await movedFrom(server, visitId, before[0].starts_at);
      const moved = await partsOf(server, visitId);
      assert.equal(shiftOf(before, moved), 24 * 60, 'one day on, every part');
      // A drag is not a tap: no actions panel opened on its way.
      assert.equal(await page.locator('section.cal-actions').count(), 0);
      await screenshot(page, 'visit-dragged-week-en');

      // The second stylist is off that day: dropped there, the visit is refused with the message and stays.
      const giveBack = await dayOff(server, reem.id, OFF);
      try {
        await dragTo(page.locator(`[data-booking="${before[0].id}"]`), riyadhDate(OFF));
        await page.locator('[data-drag-error]').filter({ hasText: REFUSED.en }).waitFor();
        await page.locator(`[data-lane="${riyadhDate(DRAGGED)}"] [data-booking="${before[0].id}"]`).waitFor();
        assert.deepEqual(await partsOf(server, visitId), moved);
        await checkScreen(page, 'visit-drag-refused-en', state.stats);
      } finally {
        await giveBack();
      }
      await page.context().close();
    },
  ],
];
