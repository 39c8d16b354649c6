import assert from 'node:assert/strict';
import { checkScreen, giveName, markNoShowInCalendar, moveIntoThePast, newPage, pickTime, screenshot, signIn, text } from '../harness.mjs';

/**
 * Deposits and a no-show fee: the manager asks for a 20% deposit and a no-show fee of 10% of the price; a customer
 * sees both before booking, accepts the fee, pays the deposit with a mada card (labelled mada) through 3-D Secure;
 * the appointment passes without her; the manager marks the no-show, the fee is kept and the rest refunded, and
 * the manager gives the fee back.
 */
export const scenarios = [
  [
    'deposit booking (mada card) then a no-show fee, refunded by the manager',
    async ({ server, browser }) => {
      const manager = await newPage(browser, server.url, 'en', { width: 1280, height: 900 });
      await signIn(manager, server, 'en', '0500000001', '+966500000001', '/manage');
      const policy = manager.locator('[data-policy]');
      await policy.waitFor();
      await policy.getByLabel(text('en', 'policy.prepayment'), { exact: true }).selectOption('DEPOSIT');
      await policy.locator('#policy-deposit-kind').selectOption('percent');
      await policy.locator('#policy-deposit-value').fill('20');
      await policy.locator('#policy-no-show-kind').selectOption('percent');
      await policy.locator('#policy-no-show-value').fill('10');
      await policy.locator('#policy-grace').fill('0');
      await screenshot(manager, 'policy-en');
      await policy.getByRole('button', { name: text('en', 'policy.save') }).click();
      await manager.locator('[data-toast]').filter({ hasText: text('en', 'manage.saved') }).waitFor();

      const customer = await newPage(browser, server.url, 'ar-SA');
      await signIn(customer, server, 'ar-SA', '0552223344', '+966552223344', '/');
      await giveName(customer, 'ar-SA', 'هند');
      await customer.getByRole('link', { name: 'صالون لمسة الورد' }).click();
      await customer.locator('input[name="service"]').first().check();
      await pickTime(customer);
      const terms = customer.locator('[data-summary] [data-terms]');
      await terms.waitFor();
      assert.match(await terms.innerText(), /العربون/);
      await customer.locator('[data-summary] [data-fee="no-show"]').waitFor();
      const confirm = customer.getByRole('button', { name: text('ar-SA', 'book.confirm') });
      assert.ok(await confirm.isDisabled(), 'booking waits for the fee to be accepted');
      await customer.getByLabel(text('ar-SA', 'book.acceptTerms')).check();
      await screenshot(customer, 'deposit-terms-ar');
      await confirm.click();

      await customer.getByLabel(text('ar-SA', 'pay.name')).fill('Hind Alqahtani');
      await customer.getByLabel(text('ar-SA', 'pay.number')).fill('4201 3201 1111 1010');
      assert.equal(await customer.locator('[data-network]').getAttribute('data-network'), 'mada');
      assert.equal(await customer.locator('[data-network]').innerText(), text('ar-SA', 'pay.network.mada'));
      await customer.getByLabel(text('ar-SA', 'pay.expiry')).fill('12/30');
      await customer.getByLabel(text('ar-SA', 'pay.cvc')).fill('123');
      await customer.getByRole('button', { name: text('ar-SA', 'pay.submit') }).click();
      await customer.getByRole('button', { name: 'Approve' }).click();
      await customer.getByText(text('ar-SA', 'bookings.paymentResult.PAID')).waitFor();
      const bookingId = new URL(customer.url()).searchParams.get('booking');
      const card = customer.locator(`[data-booking="${bookingId}"]`);
      await card.getByText(text('ar-SA', 'status.CONFIRMED')).waitFor();
      // The deposit is in; the rest can be paid online or at the salon.
      await card.getByRole('button', { name: new RegExp(text('ar-SA', 'bookings.payBalance').split('(')[0].trim()) }).waitFor();
      const [{ amount_halalas: deposit, price }] = await server.sql('select p.amount_halalas, b.price_halalas as price from payments p join bookings b on b.id = p.booking_id where b.id = $1', [bookingId]);
      assert.equal(deposit, Math.round(price * 0.2));

      // Time passes: the appointment started half an hour ago (a free spot of her stylist earlier today).
      await moveIntoThePast(server, bookingId);
      await markNoShowInCalendar(manager, bookingId);
      await manager.locator('[data-fee="CHARGED"]').waitFor();

      await customer.goto(`${server.url}/bookings`);
      await customer.locator(`[data-booking="${bookingId}"] [data-booking-fee="CHARGED"]`).waitFor();
      // The fee is kept from the deposit and the rest goes back (the worker sends the refund).
      for (let i = 0; i < 100; i++) {
        const [row] = await server.sql("select refunded_halalas from payments where booking_id = $1 and status in ('PARTIALLY_REFUNDED', 'REFUNDED')", [bookingId]);
        if (row) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const [{ refunded_halalas: refunded }] = await server.sql('select refunded_halalas from payments where booking_id = $1', [bookingId]);
      assert.equal(refunded, deposit - Math.round(price * 0.1));

      await manager.getByRole('button', { name: text('en', 'calendar.refundFee') }).click();
      await manager.locator('[data-fee="REFUNDED"]').waitFor();
      await customer.reload();
      await customer.locator(`[data-booking="${bookingId}"] [data-booking-fee="REFUNDED"]`).waitFor();
      await screenshot(customer, 'fee-refunded-ar');
      await manager.context().close();
      await customer.context().close();
    },
  ],
  [
    'one service asks for the full price online: the manager sets it on a phone, the customer sees it, then it follows the salon again',
    async ({ server, browser, state }) => {
      const [service] = await server.sql(
        `select v.id, v.name_ar, v.price_halalas from services v join salons s on s.id = v.salon_id
         where s.name_en = 'Rose Touch Salon' and v.is_active order by v.name_en limit 1 offset 1`,
      );
      const manager = await newPage(browser, server.url, 'ar-SA');
      await signIn(manager, server, 'ar-SA', '0500000001', '+966500000001', '/manage');
      const row = manager.locator(`[data-service-policy="${service.id}"]`);
      await row.getByText(text('ar-SA', 'policy.service.salons')).waitFor();
      await row.getByRole('button', { name: text('ar-SA', 'policy.service.edit', { name: service.name_ar }) }).click();
      const form = manager.locator(`[data-service-policy-form="${service.id}"]`);
      await form.getByLabel(text('ar-SA', 'policy.prepayment'), { exact: true }).selectOption('FULL');
      await form.getByRole('button', { name: text('ar-SA', 'policy.service.save') }).click();
      await row.getByText(text('ar-SA', 'policy.service.own')).waitFor();
      await row.locator('[data-online-due]').filter({ hasText: text('ar-SA', 'policy.prepayment.FULL') }).waitFor();
      assert.deepEqual(await server.sql('select prepayment from payment_policies where service_id = $1', [service.id]), [{ prepayment: 'FULL' }]);
      await checkScreen(manager, 'service-policy-ar', state.stats);

      // The customer (signed out, desktop, English) sees this service's terms, not the salon's deposit, before confirming.
      const customer = await newPage(browser, server.url, 'en', { width: 1280, height: 900 });
      await customer.getByRole('link', { name: 'Rose Touch Salon' }).click();
      await customer.locator(`input[name="service"][value="${service.id}"]`).check();
      await pickTime(customer);
      const terms = customer.locator('[data-summary] [data-terms]');
      await terms.waitFor();
      const shown = await terms.innerText();
      assert.ok(shown.includes(text('en', 'terms.full').split(':')[0]), shown);
      assert.ok(shown.includes((service.price_halalas / 100).toFixed(2)), `${shown} shows ${service.price_halalas} halalas`);
      await checkScreen(customer, 'service-terms-full-en', state.stats);

      // Cleared: the service follows the salon's deposit again, for the customer too.
      await row.getByRole('button', { name: text('ar-SA', 'policy.service.clear', { name: service.name_ar }) }).click();
      await row.getByText(text('ar-SA', 'policy.service.salons')).waitFor();
      assert.deepEqual(await server.sql('select prepayment from payment_policies where service_id = $1', [service.id]), []);
      await customer.reload();
      await customer.locator(`input[name="service"][value="${service.id}"]`).check();
      await pickTime(customer);
      await terms.waitFor();
      assert.ok((await terms.innerText()).includes(text('en', 'terms.deposit').split(':')[0]));
      await manager.context().close();
      await customer.context().close();
    },
  ],
];
