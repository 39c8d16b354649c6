import assert from 'node:assert/strict';
import { checkScreen, newPage, text } from '../harness.mjs';

// Olaya, Riyadh: where Rose Touch Salon stands; Elite Barbers is about 15 km north.
const OLAYA = { latitude: 24.6911, longitude: 46.6853 };

const cardNames = (page) => page.locator('.card-grid .card-title').allInnerTexts();

/** Types into the search box and presses Find; waits until the list shows `expected` first. */
async function find(page, locale, words, expected) {
  await page.getByRole('searchbox', { name: text(locale, 'home.search') }).fill(words);
  await page.getByRole('button', { name: text(locale, 'home.find') }).click();
  await page.waitForFunction((name) => document.querySelector('.card-grid .card-title')?.textContent?.trim() === name, expected);
  await page.waitForLoadState('networkidle');
}

export const scenarios = [
  [
    'Arabic spelling variants of "the rose" all find Rose Touch, and only it',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await page.locator('.card-grid .card').first().waitFor();
      for (const words of ['الوردة', 'وردة', 'ورده', 'الورد', 'لَمْسَة']) {
        await find(page, 'ar-SA', words, 'صالون لمسة الورد');
        assert.deepEqual(await cardNames(page), ['صالون لمسة الورد'], words);
      }
      await page.context().close();
    },
  ],
  [
    'filters: salons for gents, then in a city from the data (English)',
    async ({ server, browser, state }) => {
      const page = await newPage(browser, server.url, 'en', { width: 1280 });
      await page.locator('.card-grid .card').first().waitFor();
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByLabel(text('en', 'search.serves')).selectOption('GENTS');
      await page.getByRole('button', { name: text('en', 'home.find') }).click();
      await page.waitForFunction(() => document.querySelectorAll('.card-grid .card').length === 3);
      assert.deepEqual((await cardNames(page)).sort(), ['Eastern Gents Salon', 'Elite Barbers', 'Gulf Nails Lounge']);
      // Cities come from the data: the three that have salons, not the six of the enum.
      await page.getByLabel(text('en', 'search.city')).locator('option[value="RIYADH"]').waitFor({ state: 'attached' });
      const cities = await page.getByLabel(text('en', 'search.city')).locator('option').allInnerTexts();
      assert.deepEqual(cities, [text('en', 'search.anyCity'), 'Dammam', 'Jeddah', 'Riyadh']);
      await page.getByLabel(text('en', 'search.city')).selectOption('RIYADH');
      await page.getByRole('button', { name: text('en', 'home.find') }).click();
      await page.waitForFunction(() => document.querySelectorAll('.card-grid .card').length === 1);
      assert.deepEqual(await cardNames(page), ['Elite Barbers']);
      await checkScreen(page, 'search-filters-en-1280', state.stats);
      await page.context().close();
    },
  ],
  [
    'near me: the browser\'s position, nearest first, with distances in Arabic digits',
    async ({ server, browser, state }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await page.context().grantPermissions(['geolocation'], { origin: server.url });
      await page.context().setGeolocation(OLAYA);
      await page.locator('.card-grid .card').first().waitFor();
      await page.getByRole('button', { name: text('ar-SA', 'home.nearMe') }).click();
      await page.locator('.place-note').waitFor();
      // Every card now carries its distance (other scenarios may have added salons nearby, so no fixed count).
      await page.waitForFunction(() => {
        const cards = document.querySelectorAll('.card-grid .card');
        return cards.length > 0 && [...cards].every((c) => c.querySelector('.distance'));
      });
      const names = await cardNames(page);
      assert.ok(names.indexOf('صالون لمسة الورد') >= 0 && names.indexOf('صالون لمسة الورد') < names.indexOf('حلاق النخبة'), `nearest first: ${names}`);
      assert.ok(!names.includes('عروس جدة'), 'Jeddah is beyond the radius');
      const distances = await page.locator('.card-grid .distance').allInnerTexts();
      const km = distances.map((d) => Number(d.replace(/[٠-٩]/g, (x) => String(x.charCodeAt(0) - 0x660)).replace('٫', '.').replace(/[^0-9.]/g, '')));
      assert.deepEqual([...km].sort((a, b) => a - b), km, `sorted by distance: ${distances}`);
      // Elite Barbers is about 15 km away, written "١٥٫٢ كم" or similar: Arabic-Indic digits, no Western ones.
      assert.match(distances[names.indexOf('حلاق النخبة')], /[١][٤٥٦]/u);
      assert.doesNotMatch(distances.join(' '), /[0-9]/);
      await checkScreen(page, 'search-near-me-ar-390', state.stats);
      await page.context().close();
    },
  ],
];
