import assert from 'node:assert/strict';
import { giveName, markNoShowInCalendar, moveIntoThePast, newPage, payByCard, screenshot, signIn, text } from '../harness.mjs';

/** Polls the server's database until `query` returns a row (the payment worker works after commit). */
async function until(server, query, params) {
  for (let i = 0; i < 150; i++) {
    const [row] = await server.sql(query, params);
    if (row) return row;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`never true: ${query}`);
}

/**
 * A no-show fee through a saved card (ADR 0026): the salon asks no prepayment but a no-show fee; a customer books
 * more than a card authorisation lasts ahead, is told before paying that her card is saved for the fee, and
 * verifies it through 3-D Secure (the authorisation is released at once). The appointment passes without her;
 * the manager marks the no-show, the saved card is charged once and forgotten, and the manager refunds the fee.
 */
export const scenarios = [
  [
    'a booking far ahead saves the card; a no-show charges it once; the manager refunds the fee',
    async ({ server, browser }) => {
      const [salon] = await server.sql("select id from salons where name_en = 'Rose Touch Salon'");
      const before = await server.sql('select * from payment_policies where salon_id = $1 and service_id is null', [salon.id]);

      const manager = await newPage(browser, server.url, 'en', { width: 1280, height: 900 });
      await signIn(manager, server, 'en', '0500000001', '+966500000001', '/manage');
      const policy = manager.locator('[data-policy]');
      await policy.waitFor();
      await policy.getByLabel(text('en', 'policy.prepayment'), { exact: true }).selectOption('NONE');
      await policy.locator('#policy-no-show-kind').selectOption('sar');
      await policy.locator('#policy-no-show-value').fill('30');
      await policy.locator('#policy-grace').fill('0');
      await policy.getByRole('button', { name: text('en', 'policy.save') }).click();
      await manager.locator('[data-toast]').filter({ hasText: text('en', 'manage.saved') }).waitFor();

      const customer = await newPage(browser, server.url, 'en');
      await signIn(customer, server, 'en', '0552229988', '+966552229988', '/');
      await giveName(customer, 'en', 'Noura');
      await customer.getByRole('link', { name: 'Rose Touch Salon' }).click();
      await customer.locator('input[name="service"]').first().check();
      // The day list starts today: nine days or more ahead is past a card authorisation's seven.
      await customer.locator('button.day:not([disabled])').first().waitFor();
      const days = customer.locator('button.day');
      let picked = false;
      for (let i = 9; i < (await days.count()) && !picked; i++) {
        if (await days.nth(i).isEnabled()) {
          await days.nth(i).click();
          picked = true;
        }
      }
      assert.ok(picked, 'an open day nine or more days ahead');
      await customer.locator('button.slot').first().click();
      const terms = customer.locator('[data-summary] [data-terms]');
      await terms.waitFor();
      // Shown before booking: past the server's FEE_AUTHORISATION_VALID_DAYS (7), the card is saved instead.
      assert.match(await terms.locator('[data-saves-card-beyond]').innerText(), /more than 7 days away, your card is saved/);
      await customer.getByLabel(text('en', 'book.acceptTerms')).check();
      await customer.getByRole('button', { name: text('en', 'book.confirm') }).click();

      // Before the booking is confirmed: the card will be saved for the fee, and only a card can be.
      await customer.locator('[data-saves-card="true"]').filter({ hasText: text('en', 'pay.savesCardNote') }).waitFor();
      assert.equal(await customer.locator('input[name="pay-method"][value="applepay"]').count(), 0);
      await screenshot(customer, 'saved-card-note-en');
      await payByCard(customer, 'en', 'Noura Alotaibi');
      const bookingId = await until(server, "select b.id from bookings b join users u on u.id = b.customer_id where u.phone_number = '+966552229988' and b.status = 'CONFIRMED'").then((r) => r.id);
      // The verification authorisation is released; the card is kept server-side only.
      await until(server, "select 1 from payments where booking_id = $1 and purpose = 'GUARANTEE' and status = 'VOIDED'", [bookingId]);
      await until(server, 'select 1 from booking_saved_cards where booking_id = $1 and token is not null', [bookingId]);

      // Time passes: the appointment started half an hour ago (a free spot of her stylist earlier today).
      await moveIntoThePast(server, bookingId);
      await markNoShowInCalendar(manager, bookingId);
      await manager.locator('[data-fee="CHARGED"]').waitFor();
      // The worker charges the saved card once, then forgets it.
      await until(server, "select 1 from payments where booking_id = $1 and purpose = 'FEE' and status = 'PAID' and amount_halalas = 3000", [bookingId]);
      await until(server, 'select 1 from booking_saved_cards where booking_id = $1 and token is null', [bookingId]);
      const [{ n }] = await server.sql("select count(*)::int as n from payments where booking_id = $1 and purpose = 'FEE'", [bookingId]);
      assert.equal(n, 1);

      await customer.goto(`${server.url}/bookings`);
      assert.match(await customer.locator(`[data-booking="${bookingId}"] [data-booking-fee="CHARGED"]`).innerText(), /charged to the card you saved for it/);

      await manager.getByRole('button', { name: text('en', 'calendar.refundFee') }).click();
      await manager.locator('[data-fee="REFUNDED"]').waitFor();
      await until(server, "select 1 from payments where booking_id = $1 and purpose = 'FEE' and status = 'REFUNDED'", [bookingId]);
      await customer.reload();
      await customer.locator(`[data-booking="${bookingId}"] [data-booking-fee="REFUNDED"]`).waitFor();
      await screenshot(customer, 'saved-card-fee-refunded-en');

      // The salon's policy as it was, for the scenarios after this one.
      if (before.length) {
        const { id, created_at: _c, updated_at: _u, salon_id: _s, service_id: _v, ...columns } = before[0];
        const names = Object.keys(columns);
        await server.sql(`update payment_policies set ${names.map((c, i) => `${c} = $${i + 2}`).join(', ')} where id = $1`, [id, ...names.map((c) => columns[c])]);
      }
      await manager.context().close();
      await customer.context().close();
    },
  ],
];
