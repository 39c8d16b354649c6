import { randomUUID } from 'node:crypto';
import { runJobsOnce } from '../src/jobs';
import { signInAs } from './auth';
import { CREATE, insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';
import { ACCEPT, JOIN, LEAVE, noPrepayment, offersOf, tenOClock } from './waitlist-fixtures';

const CANCEL = 'mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { status } errors { code } } }';
const START = new Date('2026-12-01T06:00:00Z');

describe('waitlist', () => {
  const clock = testClock(START);
  let t: TestServer;
  let s: Stage;
  let demo: { entries: any[]; offersMade: number };
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    // The demo data's people wait for a time that is taken, so the jobs offer them nothing until it frees.
    demo = { entries: await sql(t, "select status from waitlist_entries"), offersMade: (await runJobsOnce(t.app)).waitlistOffers };
    s = await stage(t, 'Rose Touch Salon');
    await noPrepayment(t, s);
  });

  it('demo data shows people waiting, offered nothing while their time is taken', () => {
    expect(demo).toEqual({ entries: [{ status: 'WAITING' }, { status: 'WAITING' }], offersMade: 0 });
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    clock.set(START);
    await sql(t, 'delete from waitlist_offers; delete from waitlist_entries; delete from notifications; delete from booking_events; delete from booking_payment_terms; delete from bookings');
  });

  const join = async (token: string, input: Record<string, unknown>) => (await t.gql(JOIN, { input }, { token })).data.joinWaitlist;
  const accept = async (token: string, offerId: string) => (await t.gql(ACCEPT, { input: { offerId } }, { token })).data.acceptWaitlistOffer;

  it('checks what a customer asks for before anything is written', async () => {
    const c = await newCustomer(t);
    const day = s.startsAt.slice(0, 10);
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ dateFrom: '2026-11-30', dateTo: day }, 'INVALID_INPUT', ['input', 'dateFrom']],
      [{ dateFrom: day, dateTo: '2026-12-09' }, 'INVALID_INPUT', ['input', 'dateTo']],
      [{ dateFrom: day, dateTo: '2026-12-24' }, 'INVALID_INPUT', ['input', 'dateTo']],
      // Beyond the booking horizon, not "too long" (twelve days), at the last date the Date scalar names.
      [{ dateFrom: '9999-12-20', dateTo: '9999-12-31' }, 'INVALID_INPUT', ['input', 'dateFrom']],
      [{ partOfDay: 'MORNING', timeFrom: '10:00', timeTo: '11:00' }, 'INVALID_INPUT', ['input', 'timeFrom']],
      [{ timeFrom: '10:00', timeTo: null }, 'INVALID_INPUT', ['input', 'timeTo']],
      [{ timeFrom: '25:00', timeTo: '26:00' }, 'INVALID_INPUT', ['input', 'timeFrom']],
      [{ timeFrom: '10:00', timeTo: '10:00' }, 'INVALID_INPUT', ['input', 'timeTo']],
      [{ serviceId: 'not-a-uuid' }, 'INVALID_INPUT', ['input', 'serviceId']],
      [{ serviceId: randomUUID() }, 'SERVICE_UNAVAILABLE', ['input', 'serviceId']],
      [{ staffId: randomUUID() }, 'STAFF_UNAVAILABLE', ['input', 'staffId']],
    ];
    for (const [over, code, field] of cases) {
      const res = await join(c.token, { serviceId: s.serviceId, dateFrom: day, dateTo: day, ...over });
      expect([over, res.errors[0]?.code, res.errors[0]?.field]).toEqual([over, code, field]);
    }
    expect(await sql(t, 'select count(*)::int as n from waitlist_entries')).toEqual([{ n: 0 }]);

    const first = await join(c.token, { serviceId: s.serviceId, dateFrom: day, dateTo: '2026-12-12', partOfDay: 'EVENING' });
    expect(first.errors).toEqual([]);
    expect(first.entry).toMatchObject({ status: 'WAITING', dateFrom: day, dateTo: '2026-12-12', partOfDay: 'EVENING', timeFrom: null, staff: null });
    const again = await t.gql(JOIN, { input: { serviceId: s.serviceId, dateFrom: day, dateTo: day } }, { token: c.token, headers: { 'accept-language': 'ar' } });
    expect(again.data.joinWaitlist.errors[0]).toMatchObject({ code: 'ALREADY_ON_WAITLIST', field: ['input', 'serviceId'] });
    expect(again.data.joinWaitlist.errors[0].message).toMatch(/[\u0600-\u06FF]/);
    // A range across midnight is kept as it was given.
    const other = await newCustomer(t);
    expect((await join(other.token, { serviceId: s.serviceId, dateFrom: day, dateTo: day, timeFrom: '22:00', timeTo: '02:00' })).entry).toMatchObject({ timeFrom: '22:00', timeTo: '02:00' });
  });

  it('a cancelled booking frees a full time: the waiting customer is offered it by message, accepts, and has the booking', async () => {
    const holder = await newCustomer(t);
    const waiting = await newCustomer(t);
    const taken = await insertBooking(t, s, holder.id, 'CONFIRMED');
    const { entry } = await join(waiting.token, tenOClock(s));
    expect((await runJobsOnce(t.app)).waitlistOffers).toBe(0);

    expect((await t.gql(CANCEL, { input: { bookingId: taken, reason: 'cannot come' } }, { token: holder.token })).data.cancelBooking.errors).toEqual([]);
    const run = await runJobsOnce(t.app);
    expect(run.waitlistOffers).toBe(1);
    const [offer] = await offersOf(t, entry.id);
    expect(offer).toMatchObject({ status: 'OPEN', id: offer.booking_id });
    expect(offer.starts_at.toISOString()).toBe(s.startsAt);
    expect(offer.expires_at.getTime()).toBe(START.getTime() + 10 * 60_000);
    // The time is held under the bookings' own guarantee: nobody else can book it.
    const [hold] = await sql(t, 'select status, hold_expires_at, customer_id from bookings where id = $1', [offer.id]);
    expect(hold).toMatchObject({ status: 'PENDING', customer_id: waiting.id });
    const intruder = await newCustomer(t);
    const direct = await t.gql(CREATE, { input: { serviceId: s.serviceId, staffId: s.staffId, startsAt: s.startsAt, idempotencyKey: randomUUID() } }, { token: intruder.token });
    expect(direct.data.createBooking.errors[0].code).toBe('SLOT_UNAVAILABLE');

    const message = t.logs.find((l) => l.event === 'notification.console' && l.phoneNumber === waiting.phone)!;
    expect(message.text).toContain(`/waitlist/offers/${offer.id}`);
    expect(message.text).toMatch(/[\u0600-\u06FF]/);

    const page = await t.gql('query($id: ID!) { waitlistOffer(id: $id) { id status startsAt expiresAt staff { id } booking { id status } } }', { id: offer.id }, { token: waiting.token });
    expect(page.data.waitlistOffer).toMatchObject({ id: offer.id, status: 'OPEN', startsAt: s.startsAt, staff: { id: s.staffId }, booking: { status: 'PENDING' } });

    clock.advance(5 * 60_000);
    const accepted = await accept(waiting.token, offer.id);
    expect(accepted.errors).toEqual([]);
    expect(accepted.booking).toMatchObject({ id: offer.id, status: 'CONFIRMED', startsAt: s.startsAt, holdExpiresAt: null });
    expect(accepted.offer.status).toBe('ACCEPTED');
    expect(await sql(t, 'select status from waitlist_entries where id = $1', [entry.id])).toEqual([{ status: 'BOOKED' }]);
    const mine = await t.gql('{ myBookings { edges { node { id status } } } myWaitlist { id } }', {}, { token: waiting.token });
    expect(mine.data.myBookings.edges.map((e: any) => e.node)).toEqual([{ id: offer.id, status: 'CONFIRMED' }]);
    expect(mine.data.myWaitlist).toEqual([]);
    // The customer and the stylist are told of the booking as of any other.
    expect((await sql(t, "select event from notifications where booking_id = $1 order by event", [offer.id])).map((r) => r.event))
      .toEqual(expect.arrayContaining(['BOOKING_CREATED', 'WAITLIST_OFFER']));
    expect((await accept(waiting.token, offer.id)).errors[0].code).toBe('OFFER_TAKEN');
  });

  it('offers go in order of joining; a lapsed offer passes to the next in line, and the first is told when it went', async () => {
    const first = await newCustomer(t);
    const second = await newCustomer(t);
    const a = (await join(first.token, tenOClock(s))).entry;
    clock.advance(1000);
    const b = (await join(second.token, tenOClock(s))).entry;
    expect((await runJobsOnce(t.app)).waitlistOffers).toBe(1);
    const [offerA] = await offersOf(t, a.id);
    expect(await offersOf(t, b.id)).toEqual([]);

    // One second before the end it is still open; at the end (the app's clock) it is not.
    clock.advance(10 * 60_000 - 1000);
    expect((await runJobsOnce(t.app)).expiredWaitlistOffers).toBe(0);
    clock.advance(1000);
    expect((await accept(first.token, offerA.id)).errors[0].code).toBe('OFFER_EXPIRED');
    const run = await runJobsOnce(t.app);
    expect([run.expiredWaitlistOffers, run.waitlistOffers]).toEqual([1, 1]);
    expect((await offersOf(t, a.id)).map((o) => o.status)).toEqual(['EXPIRED']);
    const [offerB] = await offersOf(t, b.id);
    expect(offerB.starts_at.toISOString()).toBe(s.startsAt);
    // An offer's hold lapsing is not a missed payment: no HOLD_EXPIRED message.
    expect(await sql(t, "select 1 from notifications where event = 'HOLD_EXPIRED'")).toEqual([]);
    expect(await sql(t, 'select status from waitlist_entries where id = $1', [a.id])).toEqual([{ status: 'WAITING' }]);

    // The first, late, finds the time gone to the next in line.
    expect((await accept(first.token, offerA.id)).errors[0].code).toBe('OFFER_TAKEN');
    expect((await accept(second.token, offerB.id)).errors).toEqual([]);
    await runJobsOnce(t.app);
    const told = t.logs.filter((l) => l.event === 'notification.console' && l.phoneNumber === first.phone).map((l) => l.text);
    expect(told.some((text) => text.includes('ما زلت في قائمة الانتظار'))).toBe(true);
    // The first never gets that time again.
    expect((await runJobsOnce(t.app)).waitlistOffers).toBe(0);
  });

  it('leaving withdraws an open offer and frees its time for the next in line at once', async () => {
    const first = await newCustomer(t);
    const second = await newCustomer(t);
    const a = (await join(first.token, tenOClock(s))).entry;
    clock.advance(1000);
    const b = (await join(second.token, tenOClock(s))).entry;
    await runJobsOnce(t.app);
    const left = (await t.gql(LEAVE, { input: { entryId: a.id } }, { token: first.token })).data.leaveWaitlist;
    expect(left).toEqual({ entry: { id: a.id, status: 'LEFT' }, errors: [] });
    const [offerA] = await offersOf(t, a.id);
    expect(offerA.status).toBe('WITHDRAWN');
    expect(await sql(t, 'select status from bookings where id = $1', [offerA.booking_id])).toEqual([{ status: 'CANCELLED' }]);
    expect((await runJobsOnce(t.app)).waitlistOffers).toBe(1);
    expect(await offersOf(t, b.id)).toHaveLength(1);
    expect((await t.gql(LEAVE, { input: { entryId: a.id } }, { token: first.token })).data.leaveWaitlist.errors[0].code).toBe('WAITLIST_CLOSED');
  });

  it('respects the stylist, the dates and the time of day asked for, and closes entries whose dates passed', async () => {
    const c = await newCustomer(t);
    // The other stylist is free at 10:00 but not wanted; the wanted one is busy all morning.
    for (const h of ['06:00', '07:00', '08:00']) await insertBooking(t, s, (await newCustomer(t)).id, 'CONFIRMED', `2026-12-10T${h}:00.000Z`);
    const day = s.startsAt.slice(0, 10);
    const { entry } = await join(c.token, { serviceId: s.serviceId, staffId: s.staffId, dateFrom: day, dateTo: day, partOfDay: 'MORNING' });
    expect((await runJobsOnce(t.app)).waitlistOffers).toBe(0);
    clock.set(new Date('2026-12-10T21:00:00Z'));
    await runJobsOnce(t.app);
    expect(await sql(t, 'select status from waitlist_entries where id = $1', [entry.id])).toEqual([{ status: 'CLOSED' }]);
  });

  it('a deleted account leaves the waitlist: its offer is withdrawn and the time goes to the next in line', async () => {
    const first = await newCustomer(t);
    const second = await newCustomer(t);
    const a = (await join(first.token, tenOClock(s))).entry;
    clock.advance(1000);
    const b = (await join(second.token, tenOClock(s))).entry;
    await runJobsOnce(t.app);
    const [offerA] = await offersOf(t, a.id);
    // Before going, the person's data export lists what they waited for and what they were offered.
    const exported = JSON.parse((await t.gql('{ myDataExport { json } }', {}, { token: first.token })).data.myDataExport.json);
    expect(exported.waitlist).toEqual([expect.objectContaining({ id: a.id, status: 'OFFERED', offers: [expect.objectContaining({ id: offerA.id, status: 'OPEN' })] })]);
    const request = await t.gql('mutation { requestAccountDeletionCode(input: {}) { requestId errors { code } } }', {}, { token: first.token });
    const code = [...t.logs].reverse().find((l) => l.event === 'otp.console' && l.phoneNumber === first.phone)!.code;
    const deleted = await t.gql('mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code } } }',
      { input: { requestId: request.data.requestAccountDeletionCode.requestId, code } }, { token: first.token });
    expect(deleted.data.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    expect(await sql(t, 'select e.status as entry, o.status as offer, b.status as hold from waitlist_entries e join waitlist_offers o on o.entry_id = e.id join bookings b on b.id = o.booking_id where e.id = $1', [a.id]))
      .toEqual([{ entry: 'LEFT', offer: 'WITHDRAWN', hold: 'CANCELLED' }]);
    expect(offerA.status).toBe('OPEN');
    expect((await runJobsOnce(t.app)).waitlistOffers).toBe(1);
    expect(await offersOf(t, b.id)).toHaveLength(1);
  });

  it('keeps each party to their own: customers to their entries and offers, salons to their list', async () => {
    const owner = await newCustomer(t);
    const stranger = await newCustomer(t);
    const { entry } = await join(owner.token, tenOClock(s));
    await runJobsOnce(t.app);
    const [offer] = await offersOf(t, entry.id);
    const forbidden = (r: any) => r.errors?.[0]?.extensions?.code;
    expect(forbidden(await t.gql('query($id: ID!) { waitlistOffer(id: $id) { id } }', { id: offer.id }, { token: stranger.token }))).toBe('FORBIDDEN');
    expect(forbidden(await t.gql('query($id: ID!) { waitlistOffer(id: $id) { id } }', { id: randomUUID() }, { token: stranger.token }))).toBe('FORBIDDEN');
    expect(forbidden(await t.gql(ACCEPT, { input: { offerId: offer.id } }, { token: stranger.token }))).toBe('FORBIDDEN');
    expect(forbidden(await t.gql(LEAVE, { input: { entryId: entry.id } }, { token: stranger.token }))).toBe('FORBIDDEN');
    expect(forbidden(await t.gql(ACCEPT, { input: { offerId: offer.id } }))).toBe('UNAUTHENTICATED');

    const LIST = 'query($salonId: ID!) { salonWaitlist(salonId: $salonId) { id status customerName offer { id } service { id } } }';
    expect(forbidden(await t.gql(LIST, { salonId: s.salonId }, { token: stranger.token }))).toBe('FORBIDDEN');
    const manager = await signInAs(t, '+966500000001');
    const list = await t.gql(LIST, { salonId: s.salonId }, { token: manager });
    expect(list.data.salonWaitlist).toEqual([{ id: entry.id, status: 'OFFERED', customerName: 'Test', offer: { id: offer.id }, service: { id: s.serviceId } }]);
    // A manager of another salon sees nothing of this one.
    const [{ id: otherSalon }] = await sql(t, 'select id from salons where id <> $1 order by name_en limit 1', [s.salonId]);
    const [{ phone_number: otherManager }] = await sql(t, "select u.phone_number from salon_memberships m join users u on u.id = m.user_id where m.salon_id = $1 and m.role = 'MANAGER' and m.user_id not in (select user_id from salon_memberships where salon_id = $2) limit 1", [otherSalon, s.salonId]);
    expect(forbidden(await t.gql(LIST, { salonId: s.salonId }, { token: await signInAs(t, otherManager) }))).toBe('FORBIDDEN');
    const mine = await t.gql('{ myWaitlist { id status offer { id expiresAt } } }', {}, { token: stranger.token });
    expect(mine.data.myWaitlist).toEqual([]);
  });
});
