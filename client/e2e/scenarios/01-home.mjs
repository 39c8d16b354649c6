import assert from 'node:assert/strict';
import { newPage, screenshot, text } from '../harness.mjs';

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
];
