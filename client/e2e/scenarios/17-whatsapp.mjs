import assert from 'node:assert/strict';
import { appNow, axe, checkLayout, giveName, newPage, payByCard, pickTime, screenshot, signIn, text } from '../harness.mjs';

/** Polls `read` until it returns something truthy (the worker runs every few seconds, WhatsApp answers after). */
async function eventually(what, read, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const scenarios = [
  [
    'a customer who prefers WhatsApp books; the template goes out over WhatsApp and the salon sees it delivered',
    async ({ server, browser }) => {
      const phone = '+966500000917';
      const page = await newPage(browser, server.url, 'en');
      await signIn(page, server, 'en', '0500000917', phone, '/profile');
      await giveName(page, 'en', 'Lama');
      await page.goto(`${server.url}/profile`);

      // The choice is saved as soon as it is picked: the page read again shows it.
      const whatsapp = page.getByRole('radio', { name: text('en', 'channel.WHATSAPP') });
      await whatsapp.waitFor();
      assert.equal(await whatsapp.isChecked(), false, 'SMS until the customer chooses');
      // A tap, then the state it leads to (check() fails when a re-render lands between its click and its read).
      await whatsapp.click();
      await page.waitForFunction(() => document.querySelector('input[name="message-channel"][value="WHATSAPP"]')?.checked === true);
      await page.waitForLoadState('networkidle');
      await page.reload();
      await page.waitForLoadState('networkidle');
      assert.equal(await page.getByRole('radio', { name: text('en', 'channel.WHATSAPP') }).isChecked(), true);
      await page.getByText(text('en', 'channel.hint')).waitFor();
      await screenshot(page, 'channel-profile-en');
      assert.deepEqual(await axe(page), [], 'no serious accessibility issues on the profile');

      await page.goto(server.url);
      await page.getByRole('link', { name: 'Rose Touch Salon' }).click();
      await page.getByRole('heading', { level: 2, name: text('en', 'book.title') }).waitFor();
      await page.locator('input[name="service"]').first().check();
      await pickTime(page);
      // Scenario 11 leaves this salon with a deposit and a no-show fee: accept them and pay, as a customer would.
      const terms = page.getByLabel(text('en', 'book.acceptTerms'));
      if (await terms.count()) await terms.check();
      await page.getByRole('button', { name: text('en', 'book.confirm') }).click();
      const payName = page.getByLabel(text('en', 'pay.name'));
      await Promise.race([payName.waitFor(), page.waitForURL(/\/bookings\?booking=/)]);
      if (await payName.isVisible()) await payByCard(page, 'en', 'Lama Alotaibi');
      await page.waitForURL(/\/bookings\?booking=/);
      const bookingId = new URL(page.url()).searchParams.get('booking');

      // The local stand-in for Meta's Cloud API took the template message, in the customer's language.
      const sent = await eventually('the WhatsApp template message', async () => {
        const { messages } = await (await fetch(`${server.url}/whatsapp-sim/_messages?to=${phone.slice(1)}`)).json();
        return messages.find((m) => m.template === 'booking_created');
      });
      assert.equal(sent.language, 'en');
      assert.ok(sent.parameters.includes('Rose Touch Salon'), `parameters: ${sent.parameters}`);
      // Its signed status webhooks came back: delivered, and no SMS stood in.
      await eventually('the delivered status', async () =>
        (await server.sql("select 1 from notifications n join users u on u.id = n.recipient_id where n.booking_id = $1 and u.phone_number = $2 and n.channel = 'WHATSAPP' and n.delivery_status = 'DELIVERED'", [bookingId, phone])).length > 0);
      const [{ n: smsCount }] = await server.sql("select count(*)::int as n from notifications n join users u on u.id = n.recipient_id where n.booking_id = $1 and u.phone_number = $2 and n.channel = 'SMS'", [bookingId, phone]);
      assert.equal(smsCount, 0, 'no SMS fallback for a delivered WhatsApp message');
      await page.context().close();

      // The salon's manager opens the booking in the calendar and reads its messages (Arabic, desktop width).
      const [{ days }] = await server.sql(
        "select ((b.starts_at at time zone s.time_zone)::date - ($2::timestamptz at time zone s.time_zone)::date) as days from bookings b join salons s on s.id = b.salon_id where b.id = $1", [bookingId, appNow()]);
      const manager = await newPage(browser, server.url, 'ar-SA', { width: 1280, height: 900 });
      await signIn(manager, server, 'ar-SA', '0500000001', '+966500000001');
      await manager.waitForURL(/\/manage$/);
      await manager.getByRole('group', { name: text('ar-SA', 'calendar.title') }).waitFor();
      for (let i = 0; i < days; i++) await manager.getByRole('button', { name: text('ar-SA', 'calendar.next') }).click();
      await manager.locator(`[data-booking="${bookingId}"]`).click();
      await manager.getByRole('button', { name: text('ar-SA', 'channel.historyButton') }).click();
      // The booking's own message (a paid deposit adds a second one, "payment received").
      const entry = manager.locator('[data-testid="booking-messages"] li[data-channel="WHATSAPP"][data-status="DELIVERED"]').filter({ hasText: text('ar-SA', 'channel.event.BOOKING_CREATED') });
      await entry.waitFor();
      assert.match(await entry.innerText(), new RegExp(`${text('ar-SA', 'channel.WHATSAPP')}.*${text('ar-SA', 'channel.delivery.DELIVERED')}`, 's'));
      await checkLayout(manager, 'booking-messages-ar');
      await screenshot(manager, 'booking-messages-ar');
      assert.deepEqual(await axe(manager), [], 'no serious accessibility issues in the message history');
      await manager.context().close();
    },
  ],
];
