import assert from 'node:assert/strict';
import fs from 'node:fs';
import { appNow, checkScreen, newPage, signIn, text } from '../harness.mjs';

const DAY = 86_400_000;
/** A Riyadh calendar date `days` from today (Riyadh is UTC+3 all year). */
const riyadhDate = (days) => new Date(appNow().getTime() + 3 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
const westernDigits = (s) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** The report over the demo's bookings: from the visit a week ago to the ones booked for the coming days. */
async function openReport(page, locale) {
  await page.getByRole('heading', { level: 1, name: new RegExp(text(locale, 'manage.reports.title')) }).waitFor();
  await page.getByLabel(text(locale, 'manage.reports.periods.CUSTOM')).check();
  await page.getByLabel(text(locale, 'manage.reports.from'), { exact: true }).fill(riyadhDate(-8));
  await page.getByLabel(text(locale, 'manage.reports.to'), { exact: true }).fill(riyadhDate(4));
  await page.locator('[data-report="utilisation"] tbody tr').first().waitFor();
}

/** Each bar of a chart as [x, width] of the period's bar (the SVG's coordinates run 0–100). */
const bars = (page, chart) => page.locator(`[data-chart="${chart}"] rect.current`).evaluateAll((rects) => rects.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('width'))]));

export const scenarios = [
  [
    "the manager reads the salon's report for a custom range in Arabic (bars from the right) and English, with the previous period and a CSV of each table",
    async ({ server, browser, state }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await signIn(page, server, 'ar-SA', '0500000001', '+966500000001', '/manage/reports');
      await openReport(page, 'ar-SA');
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      const bookings = Number(westernDigits(await page.locator('[data-figure="bookings"] .value').textContent()));
      assert.ok(bookings >= 4, `the demo's bookings in the range are counted (${bookings})`);
      assert.match(await page.getByTestId('report-range').textContent(), /مقارنةً/);
      // The demo stylists have booked time; in Arabic each bar ends at the right edge and grows leftwards.
      const drawn = (await bars(page, 'utilisation')).filter(([, w]) => w > 0);
      assert.ok(drawn.length > 0, 'some stylist has a bar');
      for (const [x, w] of drawn) assert.ok(Math.abs(x + w - 100) < 1e-6, `an Arabic bar is anchored at the right (${x} + ${w})`);

      // Each table downloads as CSV (UTF-8 with a BOM, so spreadsheets read the Arabic).
      const utilisation = text('ar-SA', 'manage.reports.utilisation');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: text('ar-SA', 'manage.reports.csv', { table: utilisation }) }).click(),
      ]);
      const csv = fs.readFileSync(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\uFEFFstylist,booked_minutes,available_minutes,utilisation,previous_utilisation\r\n'), csv.slice(0, 80));
      assert.match(csv, /\r\n[^,\r\n]+,\d+,\d+,\d\.\d{4},/);
      assert.match(download.suggestedFilename(), /^utilisation-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
      const [summary] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: text('ar-SA', 'manage.reports.csv', { table: text('ar-SA', 'manage.reports.summary') }) }).click(),
      ]);
      assert.match(fs.readFileSync(await summary.path(), 'utf8'), new RegExp(`\\r\\nbookings,${bookings},\\d+\\r\\n`));
      await checkScreen(page, 'reports-ar', state.stats);

      // An end before the start is caught in the page, before asking the server.
      await page.getByLabel(text('ar-SA', 'manage.reports.to'), { exact: true }).fill(riyadhDate(-10));
      await page.getByRole('alert').filter({ hasText: text('ar-SA', 'manage.reports.backwards') }).waitFor();
      await page.context().close();

      const en = await newPage(browser, server.url, 'en', { width: 1280, height: 900 });
      await signIn(en, server, 'en', '0500000001', '+966500000001', '/manage/reports');
      await openReport(en, 'en');
      assert.equal(await en.evaluate(() => document.documentElement.dir), 'ltr');
      for (const [x] of await bars(en, 'utilisation')) assert.equal(x, 0, 'an English bar starts at the left');
      await en.getByRole('heading', { level: 2, name: text('en', 'manage.reports.statuses') }).waitFor();
      assert.ok(await en.locator('[data-report="statuses"] tbody tr').filter({ hasText: text('en', 'status.CONFIRMED') }).count() > 0);
      await checkScreen(en, 'reports-en', state.stats);
      await en.context().close();
    },
  ],
];
