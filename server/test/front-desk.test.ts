import { randomUUID } from 'node:crypto';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const FIELDS = `booking { id status startsAt endsAt channel version customer { id firstName } createdBy { id firstName } staff { id }
  events { toStatus reason actor { id firstName } } } errors { code message field }`;
const DESK = `mutation($input: CreateFrontDeskBookingInput!) { createFrontDeskBooking(input: $input) { ${FIELDS} } }`;
const WALK_IN = `mutation($input: CreateWalkInBookingInput!) { createWalkInBooking(input: $input) { ${FIELDS} } }`;

describe('front-desk bookings and walk-ins', () => {
  let t: TestServer;
  let s: Stage;
  let manager: string;
  let stylist: string;
  let managerId: string;
  const clock = testClock(new Date('2026-12-09T07:07:30Z'));

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    manager = await signInAs(t, '+966500000001');
    stylist = await signInAs(t, '+966500000003');
    [{ id: managerId }] = await sql(t, "select id from users where phone_number = '+966500000001'");
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    await sql(t, 'delete from notifications; delete from booking_events; delete from reviews where booking_id is not null; delete from bookings');
    // 60 minutes' notice online: the desk may book sooner; an hour from now on the 15-minute grid is free.
    await sql(t, 'update salons set minimum_notice_minutes = 120, booking_horizon_days = 3, requires_prepayment = true where id = $1', [s.salonId]);
  });

  const desk = (over: Record<string, unknown> = {}, customer: Record<string, unknown> = { phoneNumber: '0555123456', firstName: 'Maha' }) => ({
    salonId: s.salonId, serviceId: s.serviceId, staffId: s.staffId, startsAt: '2026-12-09T08:00:00.000Z', customer, idempotencyKey: randomUUID(), ...over,
  });

  it('books a new customer by phone with a name, no code: confirmed, told by message, theirs when they sign in', async () => {
    const res = await t.gql(DESK, { input: desk({}, { phoneNumber: '055 512 3456', firstName: 'Maha', lastName: 'Al-Harbi' }) }, { token: manager });
    expect(res.errors).toBeUndefined();
    const { booking, errors } = res.data.createFrontDeskBooking;
    expect(errors).toEqual([]);
    // Inside the online notice period and in a prepayment salon: the desk confirms at once, with no hold.
    expect(booking).toMatchObject({ status: 'CONFIRMED', channel: 'FRONT_DESK', customer: { firstName: 'Maha' }, createdBy: { id: managerId }, staff: { id: s.staffId } });
    expect(booking.events).toEqual([{ toStatus: 'CONFIRMED', reason: 'created at the front desk (FRONT_DESK)', actor: { id: managerId, firstName: expect.any(String) } }]);
    const [user] = await sql(t, 'select id, phone_number, first_name, last_name, is_phone_verified from users where id = $1', [booking.customer.id]);
    expect(user).toMatchObject({ phone_number: '+966555123456', first_name: 'Maha', last_name: 'Al-Harbi', is_phone_verified: false });
    const told = await sql(t, "select event from notifications where booking_id = $1 and recipient_id = $2 and event = 'BOOKING_CREATED'", [booking.id, user.id]);
    expect(told).toHaveLength(1);
    // Later the customer signs in with that phone and sees it.
    const token = await signInAs(t, '+966555123456');
    const mine = await t.gql('{ myBookings { edges { node { id channel createdBy { id } } } } }', {}, { token });
    expect(mine.data.myBookings.edges.map((e: any) => e.node)).toEqual([{ id: booking.id, channel: 'FRONT_DESK', createdBy: { id: managerId } }]);
  });

  it('finds an existing customer by phone written any way, and keeps their name', async () => {
    const known = await newCustomer(t, '+966555000111');
    const res = await t.gql(DESK, { input: desk({}, { phoneNumber: '٠٥٥٥٠٠٠١١١', firstName: 'Someone else' }) }, { token: stylist });
    expect(res.data.createFrontDeskBooking.errors).toEqual([]);
    expect(res.data.createFrontDeskBooking.booking.customer).toEqual({ id: known.id, firstName: 'Test' });
  });

  it('refuses a new number without a name, a bad number, and a missing start, writing nothing', async () => {
    const cases: [Record<string, unknown>, string, string[]][] = [
      [desk({}, { phoneNumber: '0555999888' }), 'INVALID_INPUT', ['input', 'customer', 'firstName']],
      [desk({}, { phoneNumber: '0112345678', firstName: 'Landline' }), 'INVALID_PHONE_NUMBER', ['input', 'customer', 'phoneNumber']],
    ];
    for (const [input, code, field] of cases) {
      const res = await t.gql(DESK, { input }, { token: manager });
      expect(res.data.createFrontDeskBooking).toMatchObject({ booking: null, errors: [{ code, field }] });
    }
    expect(await sql(t, "select 1 from users where phone_number = '+966555999888'")).toHaveLength(0);
    expect(await sql(t, 'select 1 from bookings where salon_id = $1', [s.salonId])).toHaveLength(0);
  });

  it('never overrides the overlap rule: a taken time is SLOT_UNAVAILABLE, and the new customer is not kept', async () => {
    await sql(t, 'update salons set minimum_notice_minutes = 0, requires_prepayment = false where id = $1', [s.salonId]);
    const online = await newCustomer(t);
    expect((await book(t, online.token, { ...s, startsAt: '2026-12-09T08:00:00.000Z' })).errors).toEqual([]);
    const res = await t.gql(DESK, { input: desk({ startsAt: '2026-12-09T08:15:00.000Z' }, { phoneNumber: '0555777666', firstName: 'Late' }) }, { token: manager });
    expect(res.data.createFrontDeskBooking).toMatchObject({ booking: null, errors: [{ code: 'SLOT_UNAVAILABLE' }] });
    expect(await sql(t, "select 1 from users where phone_number = '+966555777666'")).toHaveLength(0);
    // Beyond the online horizon is fine for the desk; off the grid and in the past are not.
    const far = await t.gql(DESK, { input: desk({ startsAt: '2026-12-20T08:00:00.000Z' }) }, { token: manager });
    expect(far.data.createFrontDeskBooking.errors).toEqual([]);
    for (const startsAt of ['2026-12-09T10:07:00.000Z', '2026-12-09T06:00:00.000Z']) {
      const res2 = await t.gql(DESK, { input: desk({ startsAt }) }, { token: manager });
      expect(res2.data.createFrontDeskBooking.errors[0].code).toBe('SLOT_UNAVAILABLE');
    }
  });

  it('is idempotent: the same key returns the same booking', async () => {
    const input = desk();
    const [a, b] = await Promise.all([t.gql(DESK, { input }, { token: manager }), t.gql(DESK, { input }, { token: manager })]);
    expect(a.data.createFrontDeskBooking.booking.id).toBe(b.data.createFrontDeskBooking.booking.id);
    expect(await sql(t, 'select 1 from bookings where salon_id = $1', [s.salonId])).toHaveLength(1);
    expect(await sql(t, "select 1 from users where phone_number = '+966555123456'")).toHaveLength(1);
  });

  it('starts a walk-in this minute on a free stylist, and refuses a busy one', async () => {
    const input = { salonId: s.salonId, serviceId: s.serviceId, staffId: s.staffId, customer: { phoneNumber: '0555444333', firstName: 'Walk' }, idempotencyKey: randomUUID() };
    const res = await t.gql(WALK_IN, { input }, { token: stylist });
    expect(res.data.createWalkInBooking.errors).toEqual([]);
    expect(res.data.createWalkInBooking.booking).toMatchObject({ status: 'CONFIRMED', channel: 'WALK_IN', startsAt: '2026-12-09T07:08:00.000Z' });
    // A retry a moment later is the same walk-in, not a second one.
    clock.set(new Date('2026-12-09T07:08:10Z'));
    const again = await t.gql(WALK_IN, { input }, { token: stylist });
    expect(again.data.createWalkInBooking.booking.id).toBe(res.data.createWalkInBooking.booking.id);
    const busy = await t.gql(WALK_IN, { input: { ...input, customer: { phoneNumber: '0555444222', firstName: 'Next' }, idempotencyKey: randomUUID() } }, { token: stylist });
    expect(busy.data.createWalkInBooking.errors[0]).toMatchObject({ code: 'SLOT_UNAVAILABLE', field: ['input', 'staffId'] });
    clock.set(new Date('2026-12-09T07:07:30Z'));
  });

  it("refuses customers, strangers and another salon's people (IDOR), and a service of another salon", async () => {
    const customer = await newCustomer(t);
    const otherManager = await signInAs(t, '+966500000101');
    const [elite] = await sql(t, "select u.phone_number from salons s join staff_members sm on sm.salon_id = s.id join users u on u.id = sm.user_id where s.name_en = 'Elite Barbers' limit 1");
    const otherStaff = await signInAs(t, elite.phone_number);
    for (const token of [customer.token, otherManager, otherStaff]) {
      for (const [query, input] of [[DESK, desk()], [WALK_IN, { ...desk(), startsAt: undefined }]] as const) {
        const res = await t.gql(query, { input }, { token });
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect((await t.gql(DESK, { input: desk() })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Their own salon's id with this salon's service: the service is not theirs to book.
    const [{ id: eliteId }] = await sql(t, "select id from salons where name_en = 'Elite Barbers'");
    const cross = await t.gql(DESK, { input: desk({ salonId: eliteId }) }, { token: otherManager });
    expect(cross.data.createFrontDeskBooking.errors[0].code).toBe('SERVICE_UNAVAILABLE');
    expect(await sql(t, 'select 1 from bookings where salon_id = $1', [s.salonId])).toHaveLength(0);
  });
});
