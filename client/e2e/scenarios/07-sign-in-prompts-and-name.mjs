import assert from 'node:assert/strict';
import { giveName, newPage, pickTime, screenshot, signInHere, text } from '../harness.mjs';

/** No load error, no Retry: a page someone may not see says why and what to do. */
async function expectNoLoadError(page, locale) {
  assert.equal(await page.getByRole('alert').count(), 0, 'no error is shown');
  assert.equal(await page.getByRole('button', { name: text(locale, 'home.retry') }).count(), 0, 'no Retry button');
}

async function expectSaid(page, locale, id) {
  await page.getByText(text(locale, id)).waitFor();
  await expectNoLoadError(page, locale);
}

export const scenarios = [
  [
    'signed out: /bookings, /staff and /manage ask to sign in and come back to the same page afterwards',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'en');
      await page.goto(`${server.url}/manage`);
      await expectSaid(page, 'en', 'access.signIn.managers');
      await page.goto(`${server.url}/staff`);
      await expectSaid(page, 'en', 'access.signIn.staff');
      await page.goto(`${server.url}/bookings?upcoming=1`);
      await expectSaid(page, 'en', 'access.signIn.signedIn');
      await screenshot(page, 'sign-in-prompt-en');
      await page.getByRole('main').getByRole('link', { name: text('en', 'access.signInButton') }).click();
      assert.equal(new URL(page.url()).search, `?next=${encodeURIComponent('/bookings?upcoming=1')}`);
      await signInHere(page, server, 'en', '0500000900', '+966500000900');
      await page.getByRole('heading', { level: 1, name: text('en', 'bookings.title') }).waitFor();
      assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/bookings?upcoming=1');
      await expectNoLoadError(page, 'en');
      await page.context().close();
    },
  ],
  [
    'a signed-in customer who opens /manage or /staff is told whose page it is (Arabic)',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await page.goto(`${server.url}/manage`);
      await page.getByRole('main').getByRole('link', { name: text('ar-SA', 'access.signInButton') }).click();
      await signInHere(page, server, 'ar-SA', '0500000901', '+966500000901');
      await expectSaid(page, 'ar-SA', 'access.forbidden.managers');
      await screenshot(page, 'manage-forbidden-ar');
      await page.goto(`${server.url}/staff`);
      await expectSaid(page, 'ar-SA', 'access.forbidden.staff');
      await page.context().close();
    },
  ],
  [
    'a new customer picks a time, signs in, gives a first name once, and books the time they picked',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'en');
      await page.getByRole('link', { name: 'Rose Touch Salon' }).click();
      await page.getByRole('heading', { level: 2, name: text('en', 'book.title') }).waitFor();
      const salonPath = new URL(page.url()).pathname;
      await page.locator('input[name="service"]').first().check();
      const time = await pickTime(page);
      await page.getByRole('button', { name: text('en', 'book.signInToBook') }).click();

      // A number a person might mistype gets a message they understand.
      await page.getByLabel(text('en', 'login.phone')).fill('12345');
      await page.getByRole('button', { name: text('en', 'login.sendCode') }).click();
      await page.getByRole('alert').filter({ hasText: 'Enter a Saudi mobile number like 05X XXX XXXX.' }).waitFor();
      assert.doesNotMatch(await page.getByRole('alert').textContent(), /E\.164/);

      await signInHere(page, server, 'en', '0551234500', '+966551234500');
      await screenshot(page, 'name-step-en');
      await giveName(page, 'en', 'Reem');
      // Back where they were, with the time they picked still chosen.
      assert.equal(new URL(page.url()).pathname, salonPath);
      await page.getByText(time, { exact: false }).first().waitFor();
      await page.getByRole('button', { name: text('en', 'book.confirm') }).click();
      await page.getByText(text('en', 'bookings.created')).waitFor();

      // Asked once: the next visit goes straight to the page.
      await page.goto(`${server.url}/profile`);
      await page.getByLabel(text('en', 'profile.firstName')).waitFor();
      assert.equal(await page.getByLabel(text('en', 'profile.firstName')).inputValue(), 'Reem');
      assert.equal(await page.getByRole('heading', { name: text('en', 'name.title') }).count(), 0);
      await page.context().close();
    },
  ],
];
