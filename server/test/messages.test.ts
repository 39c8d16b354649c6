import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runJobsOnce } from '../src/jobs';
import { messages } from '../src/i18n/messages';
import { renderMessage } from '../src/modules/notifications/messages';
import { NotificationEvent } from '../src/modules/notifications/notification.entity';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { startHttpFake, testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const START = new Date('2026-12-01T06:00:00Z');
const STYLIST = '+966500000003';
const PUBLIC_URL = 'https://salon.example';

/** Who hears what, in which language: every message names the right people (docs/messages.md). */
describe('messages name the right person for each recipient', () => {
  let t: TestServer;
  let fake: Awaited<ReturnType<typeof startHttpFake>>;
  let s: Stage;
  /** The stylist's name as each language's readers see it: the Arabic, or its English spelling. */
  let stylistName: Record<'AR' | 'EN', string>;
  let otherStylist: { name: string; phone: string };
  const clock = testClock(START);
  const sent = (phone: string) => fake.requests.filter((r) => r.body.phone === phone).map((r) => String(r.body.message));
  const setLanguage = (phone: string, language: 'AR' | 'EN') => sql(t, 'update users set preferred_language = $2 where phone_number = $1', [phone, language]);
  /** A customer who signed in but never gave a name, as every new customer was. */
  const namelessCustomer = async (language: 'AR' | 'EN') => {
    const c = await newCustomer(t);
    await sql(t, "update users set first_name = '', preferred_language = $2 where id = $1", [c.id, language]);
    return c;
  };
  const deliver = async () => {
    while ((await runJobsOnce(t.app)).notifications > 0);
  };
  const setPolicy = (policy: { requiresPrepayment: boolean; autoConfirm: boolean }) =>
    sql(t, 'update salons set requires_prepayment = $2, auto_confirm = $3 where id = $1', [s.salonId, policy.requiresPrepayment, policy.autoConfirm]);

  beforeAll(async () => {
    fake = await startHttpFake((req) => (req.path === '/api/v2/send-sms' ? { status: 200, body: { success: true } } : { status: 404 }));
    t = await startTestServer({
      seedDemo: true,
      overrides: { now: clock.now },
      env: { NOTIFICATION_PROVIDER: 'authentica', AUTHENTICA_BASE_URL: fake.url, AUTHENTICA_API_KEY: 'key', AUTHENTICA_SENDER_NAME: 'Salon', PUBLIC_URL },
    });
    s = await stage(t, 'Rose Touch Salon');
    const [named] = await sql(t, 'select display_name, display_name_en from staff_members where id = $1', [s.staffId]);
    stylistName = { AR: named.display_name, EN: named.display_name_en || named.display_name };
    expect(stylistName.AR).not.toBe(stylistName.EN);
    const [other] = await sql(t, "select coalesce(nullif(sm.display_name_en, ''), sm.display_name) as display_name, u.phone_number from staff_members sm join users u on u.id = sm.user_id where sm.id = $1", [s.otherStaffId]);
    otherStylist = { name: other.display_name, phone: other.phone_number };
  });
  afterAll(async () => {
    await t.stop();
    await fake.stop();
  });
  beforeEach(async () => {
    clock.set(START);
    fake.requests.length = 0;
    await sql(t, 'delete from notifications; delete from booking_events; delete from bookings');
    await setPolicy({ requiresPrepayment: false, autoConfirm: true });
  });

  it.each([
    ['EN', 'Customer ending'],
    ['AR', 'عميل ينتهي رقمه بـ'],
  ] as const)("tells the stylist (%s) about a new booking by the customer's number, never the stylist's own", async (language, stand) => {
    await setLanguage(STYLIST, language);
    const customer = await namelessCustomer('AR');
    await book(t, customer.token, s);
    await deliver();
    const [toStylist] = sent(STYLIST);
    expect(toStylist).toContain(`${stand} ${customer.phone.slice(-4)}`);
    expect(toStylist).not.toContain(STYLIST);
    expect(toStylist).not.toContain(STYLIST.slice(-4));
    expect(toStylist).not.toContain(customer.phone);
  });

  it("gives the stylist the customer's full name when there is one", async () => {
    await setLanguage(STYLIST, 'EN');
    const customer = await newCustomer(t);
    await sql(t, "update users set first_name = 'Noura', last_name = 'Alharbi' where id = $1", [customer.id]);
    await book(t, customer.token, s);
    await deliver();
    expect(sent(STYLIST)).toEqual([expect.stringMatching(/^Salon: new booking, .+, customer: Noura Alharbi\.$/)]);
  });

  it.each([
    ['EN', /^Salon: your booking for .+ with (.+?) at Rose Touch Salon on .+ is confirmed\.$/],
    ['AR', /^صالون: حجزك لخدمة .+ مع (.+?) في .+ يوم .+ مؤكد\.$/],
  ] as const)('tells the customer (%s) the salon and the stylist, not their own name', async (language, shape) => {
    const customer = await namelessCustomer(language);
    await book(t, customer.token, s);
    await deliver();
    const [toCustomer] = sent(customer.phone);
    expect(toCustomer).toMatch(shape);
    expect(toCustomer.match(shape)![1]).toBe(stylistName[language]);
    expect(toCustomer).not.toMatch(/Customer ending|عميل ينتهي/);
  });

  it('names the stylist in the reminders', async () => {
    const customer = await namelessCustomer('EN');
    await book(t, customer.token, s);
    await deliver();
    fake.requests.length = 0;
    for (const hours of [24, 2]) {
      clock.set(new Date(new Date(s.startsAt).getTime() - hours * 3_600_000));
      await deliver();
    }
    expect(sent(customer.phone)).toEqual([
      expect.stringMatching(new RegExp(`^Salon: reminder, .+ with ${stylistName.EN} at Rose Touch Salon on Thursday 10 December at 10:00\\.$`)),
      expect.stringMatching(new RegExp(`^Salon: see you soon, .+ with ${stylistName.EN} at Rose Touch Salon at`)),
    ]);
  });

  it.each([
    ['EN', `Book again: ${PUBLIC_URL}/salons/`, /released/],
    ['AR', `احجز من جديد: ${PUBLIC_URL}/salons/`, /لم يكتمل الدفع في الوقت المحدد/],
  ] as const)('tells the customer (%s), once, that an unpaid hold lapsed and where to book again', async (language, link, said) => {
    await setPolicy({ requiresPrepayment: true, autoConfirm: true });
    const customer = await namelessCustomer(language);
    const { booking } = await book(t, customer.token, s);
    clock.advance(10 * 60_000);
    await setPolicy({ requiresPrepayment: false, autoConfirm: true });
    // The customer's next booking expires the hold in its own transaction; the sweeper then finds nothing to do.
    expect((await book(t, customer.token, s, { staffId: s.otherStaffId })).errors).toEqual([]);
    expect((await runJobsOnce(t.app)).expiredHolds).toBe(0);
    await deliver();
    clock.advance(60 * 60_000);
    await deliver();
    const rows = await sql(t, 'select recipient_id, status from notifications where booking_id = $1', [booking.id]);
    expect(rows).toEqual([{ recipient_id: customer.id, status: 'SENT' }]);
    const lapsed = sent(customer.phone).filter((m) => m.includes(link));
    expect(lapsed).toEqual([expect.stringMatching(said)]);
    expect(lapsed[0]).toContain(`${link}${s.salonId}`);
    expect(lapsed[0]).toContain(stylistName[language]);
    expect(sent(STYLIST)).toEqual([]);
  });

  it('tells the customer when the sweeper releases the hold, and says nothing to the stylist who never heard of it', async () => {
    await setPolicy({ requiresPrepayment: true, autoConfirm: true });
    const customer = await namelessCustomer('EN');
    await book(t, customer.token, s);
    clock.advance(10 * 60_000);
    expect((await runJobsOnce(t.app)).expiredHolds).toBe(1);
    await deliver();
    expect((await runJobsOnce(t.app)).expiredHolds).toBe(0);
    await deliver();
    expect(sent(customer.phone)).toEqual([expect.stringContaining(`was released. Book again: ${PUBLIC_URL}/salons/${s.salonId}`)]);
    expect(sent(STYLIST)).toEqual([]);
  });

  it('does not tell the stylist that an unpaid hold they never heard of was cancelled or moved', async () => {
    await setPolicy({ requiresPrepayment: true, autoConfirm: true });
    const customer = await namelessCustomer('EN');
    const { booking } = await book(t, customer.token, s);
    const move = await t.gql('mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { errors { code } } }', { input: { bookingId: booking.id, startsAt: '2026-12-10T09:00:00.000Z' } }, { token: customer.token });
    expect(move.data.rescheduleBooking.errors).toEqual([]);
    const cancel = await t.gql('mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { errors { code } } }', { input: { bookingId: booking.id } }, { token: customer.token });
    expect(cancel.data.cancelBooking.errors).toEqual([]);
    await deliver();
    expect(sent(STYLIST)).toEqual([]);
    expect(sent(customer.phone)).toHaveLength(2);
  });

  it('when a booking changes hands, the new stylist hears of a new booking and the previous one that it left', async () => {
    await setLanguage(STYLIST, 'EN');
    await setLanguage(otherStylist.phone, 'AR');
    const customer = await namelessCustomer('EN');
    const { booking } = await book(t, customer.token, s);
    await deliver();
    fake.requests.length = 0;
    const manager = await signInAs(t, '+966500000001');
    const move = await t.gql(
      'mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { errors { code } } }',
      { input: { bookingId: booking.id, startsAt: '2026-12-10T09:00:00.000Z', staffId: s.otherStaffId } },
      { token: manager },
    );
    expect(move.data.rescheduleBooking.errors).toEqual([]);
    await deliver();
    const digits = customer.phone.slice(-4);
    expect(sent(STYLIST)).toHaveLength(1);
    expect(sent(STYLIST)[0]).toMatch(new RegExp(`^Salon: booking handed to another stylist, .+, customer: Customer ending ${digits}\\. It is no longer in your calendar\\.$`));
    expect(sent(otherStylist.phone)).toEqual([expect.stringMatching(new RegExp(`^صالون: حجز جديد، .+، العميل: عميل ينتهي رقمه بـ ${digits}\\.$`))]);
    expect(sent(customer.phone)).toEqual([expect.stringMatching(new RegExp(`^Salon: your booking for .+ at Rose Touch Salon is now on .+ with ${otherStylist.name}\\.$`))]);
  });

  it.each([
    ['en', 'Enter a Saudi mobile number like 05X XXX XXXX.'],
    ['ar', 'أدخل رقم جوال سعوديًا مثل ٠٥٠ ١٢٣ ٤٥٦٧.'],
  ])('says what a valid phone number looks like (%s), without jargon', async (language, text) => {
    const res = await t.gql(
      'mutation($input: RequestPhoneCodeInput!) { requestPhoneCode(input: $input) { errors { code message field } } }',
      { input: { phoneNumber: '12345' } },
      { headers: { 'accept-language': language } },
    );
    expect(res.data.requestPhoneCode.errors).toEqual([{ code: 'INVALID_PHONE_NUMBER', message: text, field: ['input', 'phoneNumber'] }]);
  });

  it('gives every person a display name and asks the nameless for one, once', async () => {
    const customer = await namelessCustomer('AR');
    const me = 'query { me { displayName needsName } }';
    // The account's language decides, whatever the request asks for.
    expect((await t.gql(me, {}, { token: customer.token, headers: { 'accept-language': 'en' } })).data.me).toEqual({ displayName: `عميل ينتهي رقمه بـ ${customer.phone.slice(-4)}`, needsName: true });
    const named = await t.gql('mutation { updateProfile(input: { firstName: " Sara " }) { user { displayName needsName } errors { code } } }', {}, { token: customer.token });
    expect(named.data.updateProfile).toEqual({ user: { displayName: 'Sara', needsName: false }, errors: [] });

    // The salon's calendar shows the same stand-in, in the stylist's language.
    const other = await namelessCustomer('EN');
    const { booking } = await book(t, other.token, s);
    await setLanguage(STYLIST, 'EN');
    const stylist = await signInAs(t, STYLIST);
    const seen = await t.gql('query($id: ID!) { booking(id: $id) { customer { displayName } } }', { id: booking.id }, { token: stylist, headers: { 'accept-language': 'en' } });
    expect(seen.data.booking.customer.displayName).toBe(`Customer ending ${other.phone.slice(-4)}`);
  });
});

describe('message templates', () => {
  const audiences = (event: NotificationEvent) => (['customer', 'staff'] as const).filter((who) => `notify.${who}.${event}` in messages.en);

  it('has every template in both languages, and every event a template for someone', () => {
    for (const event of Object.values(NotificationEvent)) {
      expect(audiences(event).length).toBeGreaterThan(0);
      for (const who of audiences(event)) expect(messages.ar[`notify.${who}.${event}`]).toBeTruthy();
    }
  });

  it('lists every template, in both languages, in docs/messages.md', () => {
    const doc = readFileSync(join(__dirname, '../../docs/messages.md'), 'utf8');
    const rows = doc.split('\n').filter((line) => line.startsWith('| `'));
    for (const event of Object.values(NotificationEvent)) {
      for (const who of audiences(event)) {
        const row = rows.find((line) => line.startsWith(`| \`${event}\``) && line.includes(` ${messages.en[`notify.${who}.${event}`]} |`));
        expect(row).toBeDefined();
        expect(row).toContain(` ${messages.ar[`notify.${who}.${event}`]} |`);
      }
    }
  });

  it.each(['ar', 'en'] as const)('fills every placeholder of every template (%s)', (locale) => {
    for (const event of Object.values(NotificationEvent)) {
      for (const who of audiences(event)) {
        const text = renderMessage({
          event, toCustomer: who === 'customer', locale, timeZone: 'Asia/Riyadh', startsAt: START, status: 'CONFIRMED',
          serviceName: 'SERVICE', salonName: 'SALON', staffName: 'STYLIST', customerName: 'CUSTOMER', salonUrl: 'LINK',
        });
        expect(text).not.toMatch(/[{}]/);
        // A customer hears the salon and the stylist; a stylist hears the customer.
        if (who === 'customer') expect(text).toMatch(/SALON[^]*STYLIST|STYLIST[^]*SALON/);
        else expect(text).toContain('CUSTOMER');
      }
    }
  });
});
