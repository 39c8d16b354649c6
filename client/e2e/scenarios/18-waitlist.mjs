import assert from 'node:assert/strict';
import { appNow, checkScreen, giveName, newPage, payByCard, screenshot, signIn, text } from '../harness.mjs';

/**
 * The waitlist: a customer finds her stylist's day full and joins the waitlist for it; the regular who holds the
 * only time cancels; the waitlist offers the time to the customer by message (read from the local SMS stand-in,
 * the console provider's log); she opens the link, sees the held time counting down, accepts, and has the booking.
 */
export const scenarios = [
  [
    'waitlist: join for a full day, a cancellation, the offer by message, accept, booked',
    async ({ server, browser, state }) => {
      const [salon] = await server.sql("select id, time_zone from salons where name_en = 'Rose Touch Salon'");
      const [stylist] = await server.sql("select sm.id from staff_members sm join users u on u.id = sm.user_id where u.phone_number = '+966500000003'");
      // A regular's booking two days or more ahead (past any cancellation cut-off): the only time left that day. Not
      // on a day with its own schedule (08 gives tomorrow and the day after Ramadan nights, when the time would not be
      // open to offer), nor closed.
      const [held] = await server.sql(
        `select b.id, b.service_id, u.phone_number, to_char(b.starts_at at time zone $2, 'YYYY-MM-DD') as day,
                extract(hour from b.starts_at at time zone $2)::int as hour, b.starts_at, b.blocked_until
           from bookings b join users u on u.id = b.customer_id
          where b.staff_id = $1 and b.status = 'CONFIRMED' and u.phone_number like '+9665000008%' and b.starts_at > $3::timestamptz + interval '40 hours'
            and not exists (select 1 from schedule_exceptions e where e.salon_id = b.salon_id and (b.starts_at at time zone $2)::date between e.start_date and e.end_date)
            and not exists (select 1 from salon_closures c where c.salon_id = b.salon_id and (b.starts_at at time zone $2)::date between c.start_date and c.end_date)
          order by b.starts_at limit 1`,
        [stylist.id, salon.time_zone, appNow()],
      );
      assert.ok(held, 'a regular holds a time with the demo stylist');
      // The rest of that day she is away, so the day is full.
      const away = await server.sql(
        `insert into time_off (id, created_at, updated_at, staff_id, starts_at, ends_at, reason) values
           (gen_random_uuid(), $6, $6, $1, ($2::date)::timestamp at time zone $3, $4, 'e2e waitlist'),
           (gen_random_uuid(), $6, $6, $1, $5, ($2::date + 1)::timestamp at time zone $3, 'e2e waitlist')
         returning id`,
        [stylist.id, held.day, salon.time_zone, held.starts_at, held.blocked_until, appNow()],
      );
      try {
        const customer = await newPage(browser, server.url, 'en');
        await signIn(customer, server, 'en', '0553334466', '+966553334466', `/salons/${salon.id}`);
        await giveName(customer, 'en', 'Lama');
        await customer.locator(`input[name="service"][value="${held.service_id}"]`).check();
        await customer.locator(`input[name="staff"][value="${stylist.id}"]`).check();
        await customer.locator('button.day').first().waitFor();
        await customer.getByRole('button', { name: text('en', 'waitlist.join') }).click();
        const form = customer.locator('[data-waitlist-form]');
        await form.getByLabel(text('en', 'waitlist.from')).selectOption(held.day);
        await form.getByLabel(text('en', 'waitlist.to')).selectOption(held.day);
        assert.equal(await form.getByLabel(text('en', 'waitlist.stylist')).inputValue(), stylist.id);
        await form.getByLabel(text('en', 'waitlist.when')).selectOption(held.hour < 12 ? 'MORNING' : held.hour < 17 ? 'AFTERNOON' : 'EVENING');
        await checkScreen(customer, 'waitlist-join-en', state.stats);
        await form.getByRole('button', { name: text('en', 'waitlist.submit') }).click();
        await customer.locator('[data-waitlist-joined]').waitFor();

        // The regular cancels her booking from My bookings.
        const regular = await newPage(browser, server.url, 'ar-SA');
        await signIn(regular, server, 'ar-SA', held.phone_number.replace('+966', '0'), held.phone_number, '/bookings');
        const card = regular.locator(`[data-booking="${held.id}"]`);
        await card.getByRole('button', { name: text('ar-SA', 'bookings.cancel') }).click();
        await regular.getByRole('dialog').getByRole('button', { name: text('ar-SA', 'bookings.cancelConfirm') }).click();
        await regular.getByText(text('ar-SA', 'bookings.cancelled')).first().waitFor();

        // The background jobs offer the freed time; the message carries the link.
        let link;
        for (let i = 0; i < 300 && !link; i++) {
          const message = server.lines.find((l) => l.event === 'notification.console' && l.phoneNumber === '+966553334466' && /\/waitlist\/offers\//.test(l.text));
          link = message?.text.match(/https?:\/\/\S+\/waitlist\/offers\/[0-9a-f-]{36}/)?.[0];
          if (!link) await new Promise((r) => setTimeout(r, 100));
        }
        assert.ok(link, 'the offer message with its link was sent');
        const offerId = link.split('/').pop();

        await customer.goto(link);
        await customer.locator(`[data-offer="${offerId}"] [data-countdown]`).waitFor();
        await checkScreen(customer, 'waitlist-offer-en', state.stats);
        await customer.getByRole('button', { name: text('en', 'waitlist.accept') }).click();
        // The normal steps follow: fees to accept and a deposit to pay, if an earlier scenario set them, else booked.
        const terms = customer.getByLabel(text('en', 'book.acceptTerms'));
        const payName = customer.getByLabel(text('en', 'pay.name'));
        const booked = customer.locator(`[data-booking="${offerId}"]`);
        await Promise.race([terms.waitFor(), payName.waitFor(), booked.waitFor()]);
        if (await terms.isVisible()) {
          await terms.check();
          await customer.getByRole('button', { name: text('en', 'waitlist.accept') }).click();
          await Promise.race([payName.waitFor(), booked.waitFor()]);
        }
        if (await payName.isVisible()) await payByCard(customer, 'en', 'Lama Alotaibi');
        await booked.waitFor();
        await booked.getByText(text('en', 'status.CONFIRMED')).waitFor();
        await customer.locator('[data-my-waitlist]').getByText(text('en', 'waitlist.mineEmpty')).waitFor();
        await screenshot(customer, 'waitlist-booked-en');
        const [row] = await server.sql('select b.status, o.status as offer, e.status as entry from bookings b join waitlist_offers o on o.id = b.id join waitlist_entries e on e.id = o.entry_id where b.id = $1', [offerId]);
        assert.deepEqual(row, { status: 'CONFIRMED', offer: 'ACCEPTED', entry: 'BOOKED' });
      } finally {
        await server.sql('delete from time_off where id = any($1::uuid[])', [away.map((r) => r.id)]);
      }
    },
  ],
];
