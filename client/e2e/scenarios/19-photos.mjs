import assert from 'node:assert/strict';
import sharp from 'sharp';
import { newPage, screenshot, signIn, text } from '../harness.mjs';

/** The manager's salon id, from the link to its reports (the app's operations are trusted documents only). */
async function salonIdOf(page) {
  const href = await page.locator('a[href^="/manage/reports?salon="]').first().getAttribute('href');
  return new URL(href, 'http://x').searchParams.get('salon');
}

export const scenarios = [
  [
    'a manager uploads a generated PNG: it shows on the salon page with srcset, moves earlier, is deleted; text renamed .jpg gets the localised error',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'en', { width: 1280, height: 900 });
      await signIn(page, server, 'en', '0500000001', '+966500000001', '/manage');
      const title = page.getByRole('heading', { level: 2, name: text('en', 'photos.title') }).first();
      await title.waitFor();
      const salon = { id: await salonIdOf(page) };
      const gallery = page.locator(`section[aria-labelledby="photos-title-${salon.id}"] ul.photo-list`).first().locator('img');
      await gallery.first().waitFor();
      const before = await gallery.count();

      const png = await sharp({ create: { width: 1400, height: 900, channels: 3, background: '#b05a7a' } })
        .composite([{ input: Buffer.from('<svg width="1400" height="900"><circle cx="700" cy="450" r="300" fill="#f3d9e0"/></svg>') }]).png().toBuffer();
      const file = page.locator(`#photo-file-${salon.id}`);
      await file.setInputFiles({ name: 'salon.png', mimeType: 'image/png', buffer: png });
      await page.getByRole('status').filter({ hasText: text('en', 'photos.uploaded') }).waitFor();
      await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [`section[aria-labelledby="photos-title-${salon.id}"] ul.photo-list:first-of-type img`, before + 1]);
      const added = { srcset: await gallery.last().getAttribute('srcset') };
      assert.match(added.srcset, /\/media\/photos\/.+ 320w, .+ 640w, .+ 1024w, .+ 1400w$/);

      await page.goto(`${server.url}/salons/${salon.id}`);
      const img = page.locator(`.gallery img[srcset="${added.srcset}"]`);
      await img.waitFor();
      assert.ok(await img.evaluate((el) => el.complete && el.naturalWidth > 0), 'the browser loaded one of the widths');
      const cache = await page.evaluate(async (src) => (await fetch(src)).headers.get('cache-control'), added.srcset.split(' ')[0]);
      assert.equal(cache, 'public, max-age=31536000, immutable');
      await screenshot(page, 'photos-salon-page-en');

      // Reorder: the new photo (last) moves one place earlier; then it is deleted.
      await page.goto(`${server.url}/manage`);
      await title.waitFor();
      const n = before + 1;
      await gallery.nth(n - 1).waitFor();
      await page.getByRole('button', { name: text('en', 'photos.earlier', { n }) }).first().click();
      await page.locator(`.photo-list img[srcset="${added.srcset}"]`).waitFor();
      await page.waitForFunction(([sel, srcset, i]) => document.querySelectorAll(sel)[i]?.getAttribute('srcset') === srcset,
        [`section[aria-labelledby="photos-title-${salon.id}"] ul.photo-list:first-of-type img`, added.srcset, n - 2]);
      await page.getByRole('button', { name: text('en', 'photos.delete', { n: n - 1 }) }).first().click();
      await page.locator(`.photo-list img[srcset="${added.srcset}"]`).waitFor({ state: 'detached' });
      assert.equal(await gallery.count(), before, 'deleted');

      // A text file named .jpg: refused by its content, with the message in the manager's language.
      await file.setInputFiles({ name: 'holiday.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Not a photo at all, just words.\n') });
      const alert = page.getByRole('alert').filter({ hasText: 'This file is not a photo we can use' });
      await alert.waitFor();
      await screenshot(page, 'photos-bad-file-en');
      assert.equal(await gallery.count(), before, 'nothing stored');
      await page.context().close();
    },
  ],
  [
    'a manager replies to a review and reports it; the platform administrator hides it and it leaves the salon page (Arabic)',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await signIn(page, server, 'ar-SA', '0500000001', '+966500000001', '/manage');
      await page.getByRole('heading', { level: 2, name: text('ar-SA', 'reply.title') }).first().waitFor();
      const salon = { id: await salonIdOf(page) };
      const boxes = page.locator('textarea[id^="reply-"]');
      await boxes.first().waitFor();
      let target;
      for (const box of await boxes.all()) if (!target && (await box.inputValue()) === '') target = { id: (await box.getAttribute('id')).slice('reply-'.length) };
      assert.ok(target, 'a review without a reply');

      const box = page.locator(`#reply-${target.id}`);
      await box.fill('شكرًا لملاحظتك، سنحسّن الخدمة.');
      await box.locator('xpath=following-sibling::button[1]').click();
      await page.locator(`label[for="reply-${target.id}"]`).filter({ hasText: text('ar-SA', 'reply.editLabel') }).waitFor();
      await page.goto(`${server.url}/salons/${salon.id}`);
      await page.getByText('شكرًا لملاحظتك، سنحسّن الخدمة.').waitFor();
      await screenshot(page, 'reviews-reply-ar');

      await page.goto(`${server.url}/manage`);
      await page.locator(`#reply-${target.id}`).waitFor();
      const card = page.locator('li.card').filter({ has: page.locator(`#reply-${target.id}`) });
      await card.getByText(text('ar-SA', 'moderation.report')).click();
      await card.locator(`#report-${target.id}`).fill('شتائم لموظفاتنا');
      await card.getByRole('button', { name: text('ar-SA', 'moderation.sendReport') }).click();
      await card.getByText(text('ar-SA', 'moderation.alreadyReported')).waitFor();
      await page.context().close();

      const admin = await newPage(browser, server.url, 'ar-SA');
      await signIn(admin, server, 'ar-SA', '0500000009', '+966500000009', '/admin');
      await admin.locator(`#hide-${target.id}`).waitFor();
      await admin.locator(`#hide-${target.id}`).fill('إساءة شخصية');
      await admin.locator('li.card').filter({ has: admin.locator(`#hide-${target.id}`) }).getByRole('button', { name: text('ar-SA', 'moderation.hide') }).click();
      await admin.getByText(text('ar-SA', 'moderation.none')).waitFor();
      await screenshot(admin, 'reviews-moderation-ar');
      await admin.goto(`${server.url}/salons/${salon.id}`);
      await admin.locator('section[aria-labelledby="reviews-title"] li.card').first().waitFor();
      assert.equal(await admin.getByText('شكرًا لملاحظتك، سنحسّن الخدمة.').count(), 0, 'the hidden review (and its reply) left the salon page');
      await admin.context().close();
    },
  ],
];
