import assert from 'node:assert/strict';
import { newPage, signIn, text } from '../harness.mjs';

export const scenarios = [
  [
    'a stale session does not break the public home page: the app signs out and the salons load',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await page.evaluate(() => localStorage.setItem('salon.session', JSON.stringify({ accessToken: 'expired.token.value', refreshToken: 'revoked' })));
      await page.reload();
      await page.locator('.card-grid .card').first().waitFor();
      assert.equal(await page.getByText(text('ar-SA', 'home.error')).count(), 0);
      await page.waitForFunction(() => localStorage.getItem('salon.session') === null);
      await page.getByRole('link', { name: text('ar-SA', 'nav.signIn') }).waitFor();
      await page.context().close();
    },
  ],
  [
    'cancelling asks first, confirms with a toast that goes away, and the booking leaves "Upcoming"',
    async ({ server, browser }) => {
      const locale = 'en';
      const page = await newPage(browser, server.url, locale);
      await signIn(page, server, locale, '0500000002', '+966500000002', '/');
      await page.getByRole('link', { name: 'Rose Touch Salon' }).click();
      await page.locator('input[name="service"]').first().check();
      await page.locator('button.day:not([disabled])').last().click();
      await page.locator('button.slot').last().click();
      await page.getByRole('button', { name: text(locale, 'book.confirm') }).click();
      await page.waitForURL(/created=1/);
      const id = new URL(page.url()).searchParams.get('booking');
      const card = page.locator(`[data-booking="${id}"]`).first();
      await card.waitFor();
      await card.getByRole('button', { name: text(locale, 'bookings.cancel') }).click();
      const dialog = page.getByRole('dialog', { name: text(locale, 'bookings.cancelTitle') });
      await dialog.waitFor();
      // "Keep it" changes nothing.
      await dialog.getByRole('button', { name: text(locale, 'common.keep') }).click();
      await dialog.waitFor({ state: 'detached' });
      await card.getByRole('button', { name: text(locale, 'bookings.cancel') }).click();
      await page.getByRole('dialog').getByRole('button', { name: text(locale, 'bookings.cancelConfirm') }).click();
      await page.locator('[data-toast]').filter({ hasText: text(locale, 'bookings.cancelled') }).waitFor();
      const upcoming = page.locator('h2', { hasText: text(locale, 'bookings.upcoming') }).locator('xpath=following-sibling::ul[1]');
      await page.waitForFunction((bookingId) => {
        const heading = [...document.querySelectorAll('h2')].find((h) => h.nextElementSibling?.tagName === 'UL' || h.nextElementSibling?.matches('[role=status]'));
        const list = heading?.nextElementSibling;
        return !list?.querySelector(`[data-booking="${bookingId}"]`);
      }, id);
      assert.equal(await upcoming.locator(`[data-booking="${id}"]`).count(), 0);
      await page.locator('[data-toast]').waitFor({ state: 'detached', timeout: 8000 });
      await page.context().close();
    },
  ],
  [
    'a manager typing a bad price gets a localised field error and nothing is sent; time off resets and refuses the same period twice',
    async ({ server, browser }) => {
      const locale = 'ar-SA';
      const page = await newPage(browser, server.url, locale);
      await signIn(page, server, locale, '0500000001', '+966500000001', '/manage');
      await page.getByRole('heading', { level: 2, name: text(locale, 'manage.services') }).waitFor();
      let mutations = 0;
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql') && r.method() === 'POST' && /UpdateService|CreateService/.test(JSON.stringify(r.postDataJSON()?.operationName ?? ''))) mutations += 1;
      });
      // The services' own Edit (other sections have buttons whose names contain the word).
      await page.locator('section[aria-labelledby="svc-title"]').getByRole('button', { name: text(locale, 'manage.edit'), exact: true }).first().click();
      await page.locator('#edit-price').fill('abc');
      await page.locator('#edit-price').press('Enter');
      await page.locator('#edit-price-error').filter({ hasText: text(locale, 'manage.priceInvalid') }).waitFor();
      assert.equal(await page.locator('#edit-price').getAttribute('aria-invalid'), 'true');
      assert.equal(mutations, 0);

      const member = page.locator('section[aria-labelledby="team-title"] details').first();
      await member.locator('summary').click();
      const from = member.locator('input[type="datetime-local"]').first();
      const until = member.locator('input[type="datetime-local"]').nth(1);
      for (let i = 0; i < 2; i++) {
        await from.fill('2030-01-05T10:00');
        await until.fill('2030-01-05T12:00');
        await member.getByRole('button', { name: text(locale, 'timeOff.add') }).click();
        if (i === 0) {
          await page.locator('[data-toast]').filter({ hasText: text(locale, 'manage.saved') }).first().waitFor();
          await page.waitForFunction(() => document.querySelector('details input[type="datetime-local"]').value === '');
        }
      }
      await member.getByText(text(locale, 'timeOff.overlaps')).waitFor();
      await page.context().close();
    },
  ],
];
