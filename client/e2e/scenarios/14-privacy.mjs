import assert from 'node:assert/strict';
import { giveName, newPage, screenshot, signIn, text } from '../harness.mjs';

export const scenarios = [
  [
    'a customer downloads their data, opts in and out of marketing, and deletes their account with a code; the number signs up again empty',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'en');
      await signIn(page, server, 'en', '0500000914', '+966500000914', '/profile');
      await giveName(page, 'en', 'Shaden');
      await page.goto(`${server.url}/profile`);
      await page.getByRole('heading', { level: 2, name: text('en', 'privacy.title') }).waitFor();

      const marketing = page.getByLabel(text('en', 'privacy.marketing'));
      assert.equal(await marketing.isChecked(), false, 'no marketing without an opt-in');
      // Each tap is saved: the page read again shows it.
      for (const want of [true, false]) {
        await marketing.setChecked(want);
        await page.waitForLoadState('networkidle');
        await page.reload();
        await page.getByRole('heading', { level: 2, name: text('en', 'privacy.title') }).waitFor();
        await page.waitForLoadState('networkidle');
        assert.equal(await marketing.isChecked(), want);
      }

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: text('en', 'privacy.export') }).click()]);
      assert.match(download.suggestedFilename(), /^my-data-\d{4}-\d{2}-\d{2}\.json$/);
      const summary = page.getByLabel(text('en', 'privacy.summary'));
      await summary.getByText(text('en', 'privacy.section.consents')).waitFor();
      await screenshot(page, 'privacy-profile-en');

      const sentAt = server.lines.length;
      await page.getByRole('button', { name: text('en', 'privacy.deleteStart') }).click();
      await page.getByLabel(text('en', 'privacy.code')).waitFor();
      let code;
      for (let i = 0; i < 100 && !code; i++) {
        code = server.lines.slice(sentAt).find((l) => l.event === 'otp.console' && l.phoneNumber === '+966500000914')?.code;
        if (!code) await new Promise((r) => setTimeout(r, 50));
      }
      await page.getByLabel(text('en', 'privacy.code')).fill(code);
      await page.getByRole('button', { name: text('en', 'privacy.deleteConfirm') }).click();
      await page.waitForURL(`${server.url}/`);

      // The same number signs up again as a new, empty account: it is asked for a name again.
      await signIn(page, server, 'en', '0500000914', '+966500000914', '/profile');
      await page.getByRole('heading', { level: 1, name: text('en', 'name.title') }).waitFor();
      await page.context().close();
    },
  ],
  [
    "a manager reads the salon's audit log (Arabic)",
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await signIn(page, server, 'ar-SA', '0500000001', '+966500000001', '/manage');
      const log = page.getByRole('heading', { level: 2, name: text('ar-SA', 'audit.title') });
      await log.waitFor();
      await log.scrollIntoViewIfNeeded();
      assert.equal(await page.getByText(text('ar-SA', 'audit.error')).count(), 0, 'the log loads');
      await page.context().close();
    },
  ],
];
