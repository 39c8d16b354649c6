import assert from 'node:assert/strict';
import { installClock, newPage, screenshot, text } from '../harness.mjs';

export const scenarios = [
  [
    'the home page lists the demo salons in Arabic, right to left',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await page.getByRole('heading', { level: 1, name: 'ابحث عن صالون' }).waitFor();
      await page.getByText('صالون لمسة الورد').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar-SA');
      assert.equal(await page.locator('.card').count(), 6);
      await screenshot(page, 'home-ar');
      await page.context().close();
    },
  ],
  [
    'the language switch moves to English, left to right, and is remembered',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await page.getByText('صالون لمسة الورد').waitFor();
      await page.getByRole('button', { name: text('ar-SA', 'nav.languageLabel') }).click();
      await page.getByText('Rose Touch Salon').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Find a salon' }).waitFor();
      await screenshot(page, 'home-en');
      await page.context().close();
    },
  ],
  [
    'the landing page arrives rendered: its salons show without JavaScript, and the app takes over those same elements',
    async ({ server, browser }) => {
      const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'ar-SA' });
      await installClock(plain);
      const still = await plain.newPage();
      await still.goto(server.url);
      assert.equal(await still.locator('.card').count(), 6);
      await still.getByText('صالون لمسة الورد').waitFor();
      await plain.close();

      const page = await newPage(browser, server.url, 'ar-SA');
      // The server's card, kept when the HTML is parsed ("interactive"), which is before the app's module script runs.
      await page.addInitScript(() =>
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') Object.assign(window, { serverCard: document.querySelector('.card') });
        }),
      );
      await page.reload();
      await page.getByRole('button', { name: text('ar-SA', 'nav.languageLabel') }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.ok(await page.evaluate(() => window.serverCard !== null && window.serverCard === document.querySelector('.card')), 'the app hydrated the server-rendered cards instead of replacing them');
      // Hydrated: a link is the app's own navigation now, not a page load.
      await page.evaluate(() => Object.assign(window, { samePage: true }));
      await page.getByRole('link', { name: 'صالون لمسة الورد' }).click();
      await page.getByRole('heading', { level: 2, name: text('ar-SA', 'book.title') }).waitFor();
      assert.equal(await page.evaluate(() => window.samePage), true);
      await page.context().close();
    },
  ],
];
