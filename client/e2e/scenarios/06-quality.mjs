import assert from 'node:assert/strict';
import { checkScreen, newPage, signIn, text } from '../harness.mjs';

const WIDTHS = [390, 1280];
const LOCALES = ['ar-SA', 'en'];

/**
 * Arabic screens write every number in Arabic-Indic digits and every word in Arabic: names of people and places
 * included (the demo data has both spellings). Only what a person typed may be in another script (inputs, and text
 * marked `data-user-text`: reviews, notes), and text tagged with its own language (the switch to English).
 */
async function assertArabicThroughout(page, locale, name) {
  if (locale !== 'ar-SA') return;
  const found = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out = { digits: [], latin: [] };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('input, textarea, select, script, style, [aria-hidden="true"], [data-user-text], [lang]:not([lang^="ar"])')) continue;
      if (/[0-9]/.test(n.textContent)) out.digits.push(n.textContent.trim());
      // Payment brands keep their Latin marks in Arabic interfaces (as in i18n/catalogues.test.ts).
      if (/[A-Za-z]/.test(n.textContent.replace(/Apple Pay|STC Pay|Visa|Mastercard|American Express/g, ''))) out.latin.push(n.textContent.trim());
    }
    return out;
  });
  assert.deepEqual(found.digits, [], `${name}: Western digits in the Arabic interface`);
  assert.deepEqual(found.latin, [], `${name}: Latin text in the Arabic interface`);
}

async function visit(ctx, locale, width, name, open, signInAs) {
  const page = await newPage(ctx.browser, ctx.server.url, locale, { width });
  if (signInAs) {
    await signIn(page, ctx.server, locale, signInAs[0], signInAs[1], signInAs[2]);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }
  await open(page);
  // Let the page settle before judging it. A page that never goes quiet is a fault in itself (the manager's page
  // once fetched its panels' queries in a loop: the cache could not tell their objects apart).
  await page.waitForLoadState('networkidle', { timeout: 45_000 }).catch(() => { throw new Error(`${name} (${locale}, ${width} px) still fetching after 45 s`); });
  const label = `${name}-${locale}-${width}`;
  await checkScreen(page, label, ctx.state.stats);
  await assertArabicThroughout(page, locale, label);
  await page.context().close();
}

const SCREENS = [
  ['home', async (page) => page.locator('.card-grid .card').first().waitFor()],
  ['salon', async (page) => {
    await page.locator('.card-title a').first().click();
    await page.locator('input[name="service"]').first().check();
    await page.locator('button.day:not([disabled])').first().click();
    await page.locator('button.slot').first().waitFor();
  }],
  ['login', async (page) => page.goto(`${page.url().replace(/\/[^/]*$/, '')}/login`).then(() => page.locator('#phone').waitFor())],
];

export const scenarios = [];
for (const locale of LOCALES) {
  for (const width of WIDTHS) {
    for (const [name, open] of SCREENS) {
      scenarios.push([`${name} (${locale}, ${width} px): axe 0 serious/critical, no overflow, 44 px targets, visible focus`, (ctx) => visit(ctx, locale, width, name, open)]);
    }
    scenarios.push([`the code step and a manager's header (${locale}, ${width} px)`, async (ctx) => {
      const page = await newPage(ctx.browser, ctx.server.url, locale, { width });
      await page.goto(`${ctx.server.url}/login`);
      await page.getByLabel(text(locale, 'login.phone')).fill('0500000001');
      await page.getByRole('button', { name: text(locale, 'login.sendCode') }).click();
      await page.getByLabel(text(locale, 'login.code')).waitFor();
      // "We sent a code to 05…" and a way back to change the number.
      assert.match(await page.locator('[data-sent-to]').innerText(), locale === 'en' ? /0500000001/ : /٠٥٠٠٠٠٠٠٠١/);
      await checkScreen(page, `login-code-${locale}-${width}`, ctx.state.stats);
      await page.getByRole('button', { name: text(locale, 'login.changeNumber') }).click();
      await page.getByLabel(text(locale, 'login.phone')).waitFor();
      await page.context().close();
      await visit(ctx, locale, width, 'manage', (p) => p.getByRole('heading', { level: 2, name: text(locale, 'manage.payments') }).waitFor(), ['0500000001', '+966500000001', '/manage']);
      await visit(ctx, locale, width, 'bookings', (p) => p.getByRole('heading', { level: 1, name: text(locale, 'bookings.title') }).waitFor(), ['0500000002', '+966500000002', '/bookings']);
      await visit(ctx, locale, width, 'staff', (p) => p.getByRole('heading', { level: 1, name: text(locale, 'staff.title') }).waitFor(), ['0500000003', '+966500000003', '/staff']);
    }]);
  }
}
