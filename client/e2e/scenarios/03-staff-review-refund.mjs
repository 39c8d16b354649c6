import assert from 'node:assert/strict';
import { newPage, screenshot, signIn, text } from '../harness.mjs';

export const scenarios = [
  [
    'a staff member sees the booking in the calendar and completes it; the customer reviews it, then edits the review',
    async ({ server, browser, state }) => {
      const page = await newPage(browser, server.url, 'en');
      await signIn(page, server, 'en', '0500000003', '+966500000003', '/staff');
      await page.getByRole('heading', { level: 1, name: text('en', 'staff.title') }).waitFor();
      // The day's first confirmed block is the demo booking that started an hour ago.
      const block = page.locator('.cal-block.status-CONFIRMED').first();
      await block.waitFor();
      await screenshot(page, 'staff-en');
      await block.click();
      const complete = page.getByRole('button', { name: text('en', 'calendar.complete'), exact: true });
      await complete.click();
      await page.locator(`.cal-block.status-COMPLETED[data-booking="${await block.getAttribute('data-booking')}"]`).waitFor();

      const customer = state['customer-en'];
      assert.ok(customer, 'the booking scenario signed the customer in');
      await customer.goto(`${server.url}/bookings`);
      const review = customer.getByRole('button', { name: text('en', 'bookings.review') }).first();
      await review.waitFor();
      const forms = await customer.getByLabel(text('en', 'bookings.comment')).count();
      await customer.getByLabel(text('en', 'bookings.comment')).first().fill('Lovely haircut, thank you');
      await review.click();
      await customer.locator('[data-toast]').filter({ hasText: text('en', 'bookings.reviewThanks') }).waitFor();
      // The form closes once the review is sent.
      await customer.waitForFunction((n) => document.querySelectorAll('textarea[id^="comment-"]').length === n - 1, forms);
      // ...and the toast goes away by itself.
      await customer.locator('[data-toast]').waitFor({ state: 'detached', timeout: 8000 });
      // The review stays on the card, and its author can change it for a while.
      const mine = customer.locator('[data-my-review]').filter({ hasText: 'Lovely haircut, thank you' });
      await mine.waitFor();
      await mine.getByRole('button', { name: text('en', 'later.editReview') }).click();
      await customer.getByLabel(text('en', 'bookings.comment')).first().fill('Lovely haircut and a warm welcome');
      await customer.getByRole('button', { name: text('en', 'later.saveReview') }).click();
      await customer.locator('[data-toast]').filter({ hasText: text('en', 'later.reviewUpdated') }).waitFor();
      await customer.locator('[data-my-review]').filter({ hasText: 'Lovely haircut and a warm welcome' }).waitFor();
      await page.context().close();
    },
  ],
  [
    'a manager refunds a payment',
    async ({ server, browser }) => {
      const page = await newPage(browser, server.url, 'ar-SA');
      await signIn(page, server, 'ar-SA', '0500000101', '+966500000101', '/manage');
      await page.getByRole('heading', { level: 2, name: text('ar-SA', 'manage.payments') }).waitFor();
      await screenshot(page, 'manage-ar');
      await page.getByRole('button', { name: text('ar-SA', 'manage.refund'), exact: true }).first().click();
      await page.locator('form').filter({ has: page.getByRole('button', { name: text('ar-SA', 'manage.refund') }) }).getByRole('button').click();
      await page.getByText(text('ar-SA', 'paymentStatus.REFUNDED')).first().waitFor();
      await page.context().close();
    },
  ],
];
