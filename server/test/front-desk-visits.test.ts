import { randomUUID } from 'node:crypto';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';
import { DESK_VISIT, DESK_VISIT_STARTS, threeServices, VISIT_STARTS } from './visit-fixtures';

describe('front-desk visits: several services booked by the salon for a customer by phone (Rose Touch)', () => {
  const clock = testClock(new Date('2026-12-09T07:07:30Z'));
  let t: TestServer;
  let s: Stage;
  let services: Awaited<ReturnType<typeof threeServices>>;
  let receptionist: string;
  let receptionistId: string;

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    services = await threeServices(t, s);
    receptionist = await signInAs(t, '+966500000004');
    [{ id: receptionistId }] = await sql(t, "select id from users where phone_number = '+966500000004'");
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    await sql(t, 'delete from notifications; delete from booking_payment_terms; delete from booking_events; delete from reviews where booking_id is not null; delete from bookings; delete from visits');
    // Online, nothing tomorrow: two days' notice and a one-day horizon. The desk is not bound by either.
    await sql(t, 'update salons set minimum_notice_minutes = 2880, booking_horizon_days = 1, requires_prepayment = true where id = $1', [s.salonId]);
  });

  const parts = () => [
    { serviceId: services[0].id, staffId: s.staffId },
    { serviceId: services[1].id, staffId: s.otherStaffId },
    { serviceId: services[2].id },
  ];
  const desk = (over: Record<string, unknown> = {}, customer: Record<string, unknown> = { phoneNumber: '055 512 3456', firstName: 'Maha', lastName: 'Al-Harbi' }) => ({
    salonId: s.salonId, parts: parts(), startsAt: s.startsAt, customer, idempotencyKey: randomUUID(), ...over,
  });
  const bookAtDesk = (input: Record<string, unknown>, token = receptionist) => t.gql(DESK_VISIT, { input }, { token });

  it('books three services for a new customer made on the spot: one visit, confirmed, channel and author recorded, told once, theirs when they sign in', async () => {
    // What the desk sees: the online customer is offered nothing inside the notice period; the desk is.
    expect((await t.gql(VISIT_STARTS, { input: { parts: parts(), date: '2026-12-10' } })).data.availableVisitStarts).toEqual([]);
    const starts = (await t.gql(DESK_VISIT_STARTS, { input: { salonId: s.salonId, parts: parts(), date: '2026-12-10' } }, { token: receptionist })).data.frontDeskVisitStarts;
    expect(starts.map((x: { startsAt: string }) => x.startsAt)).toContain(s.startsAt);

    const res = await bookAtDesk(desk());
    expect(res.errors).toBeUndefined();
    const { visit, errors } = res.data.createFrontDeskVisit;
    expect(errors).toEqual([]);
    expect(visit).toMatchObject({ status: 'CONFIRMED', totalHalalas: services.reduce((sum, x) => sum + x.price, 0), startsAt: s.startsAt });
    expect(visit.parts).toHaveLength(3);
    const offered = starts.find((x: { startsAt: string }) => x.startsAt === s.startsAt);
    visit.parts.forEach((p: any, i: number) => {
      expect(p).toMatchObject({ visitPosition: i, status: 'CONFIRMED', channel: 'FRONT_DESK', createdBy: { id: receptionistId }, holdExpiresAt: null, service: { id: services[i].id } });
      // Laid out exactly as the desk was shown.
      expect({ startsAt: p.startsAt, endsAt: p.endsAt, staff: p.staff }).toEqual(offered.parts[i]);
      expect(p.events).toEqual([{ toStatus: 'CONFIRMED', reason: `created as part ${i + 1} of a visit at the front desk (FRONT_DESK)`, actor: { id: receptionistId } }]);
    });
    expect(visit.parts[0].customer).toMatchObject({ firstName: 'Maha' });
    const [user] = await sql(t, 'select id, phone_number, first_name, last_name, is_phone_verified from users where id = $1', [visit.parts[0].customer.id]);
    expect(user).toMatchObject({ phone_number: '+966555123456', first_name: 'Maha', last_name: 'Al-Harbi', is_phone_verified: false });
    // The customer hears of the visit once; each stylist of their own part.
    const told = await sql(t, "select recipient_id from notifications where event = 'BOOKING_CREATED' and booking_id = any($1)", [visit.parts.map((p: any) => p.id)]);
    expect(told.filter((n) => n.recipient_id === user.id)).toHaveLength(1);
    expect(told).toHaveLength(4);
    // Payment is taken at the counter: in this prepayment salon no part holds its time for an online payment.
    expect((await sql(t, 'select booking_id from booking_payment_terms where booking_id = any($1)', [visit.parts.map((p: any) => p.id)]))).toHaveLength(3);

    const token = await signInAs(t, '+966555123456');
    const mine = await t.gql('{ myBookings(filter: { upcoming: true }) { edges { node { id channel visit { id } } } } }', {}, { token });
    expect(mine.data.myBookings.edges.map((e: any) => e.node)).toEqual(visit.parts.map((p: any) => ({ id: p.id, channel: 'FRONT_DESK', visit: { id: visit.id } })));
  });

  it('books nothing when any part is taken: no parts, no visit, no new customer', async () => {
    await sql(t, 'update salons set minimum_notice_minutes = 0, booking_horizon_days = 30, requires_prepayment = false where id = $1', [s.salonId]);
    const online = await newCustomer(t);
    // The second part's stylist is busy when it would start.
    const second = (await t.gql(DESK_VISIT_STARTS, { input: { salonId: s.salonId, parts: parts(), date: '2026-12-10' } }, { token: receptionist }))
      .data.frontDeskVisitStarts.find((x: any) => x.startsAt === s.startsAt).parts[1];
    expect((await book(t, online.token, { ...s, serviceId: services[1].id, staffId: s.otherStaffId }, { startsAt: second.startsAt })).errors).toEqual([]);
    const res = await bookAtDesk(desk({}, { phoneNumber: '0555777666', firstName: 'Late' }));
    expect(res.data.createFrontDeskVisit).toMatchObject({ visit: null, errors: [{ code: 'SLOT_UNAVAILABLE', field: ['input', 'startsAt'] }] });
    expect(await sql(t, 'select 1 from visits')).toHaveLength(0);
    expect(await sql(t, 'select 1 from bookings where visit_id is not null')).toHaveLength(0);
    expect(await sql(t, "select 1 from users where phone_number = '+966555777666'")).toHaveLength(0);
    // The desk is never shown that start.
    const starts = (await t.gql(DESK_VISIT_STARTS, { input: { salonId: s.salonId, parts: parts(), date: '2026-12-10' } }, { token: receptionist })).data.frontDeskVisitStarts;
    expect(starts.map((x: { startsAt: string }) => x.startsAt)).not.toContain(s.startsAt);
  });

  it('is idempotent: the same key books once, even from two desks at once; another request under it is refused', async () => {
    const input = desk();
    const [a, b] = await Promise.all([bookAtDesk(input), bookAtDesk(input)]);
    expect(a.data.createFrontDeskVisit.errors).toEqual([]);
    expect(b.data.createFrontDeskVisit.visit.id).toBe(a.data.createFrontDeskVisit.visit.id);
    expect((await bookAtDesk(input)).data.createFrontDeskVisit.visit.id).toBe(a.data.createFrontDeskVisit.visit.id);
    expect(await sql(t, 'select 1 from visits')).toHaveLength(1);
    expect(await sql(t, 'select 1 from bookings')).toHaveLength(3);
    expect(await sql(t, "select 1 from users where phone_number = '+966555123456'")).toHaveLength(1);
    const reused = await bookAtDesk({ ...input, startsAt: '2026-12-10T08:00:00.000Z' });
    expect(reused.data.createFrontDeskVisit).toMatchObject({ visit: null, errors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] }] });
  });

  it('overrides the minimum notice and the horizon, never the grid, the past or working hours', async () => {
    // Within the hour, 20 days out (horizon 1): both fine at the desk.
    for (const startsAt of ['2026-12-09T07:15:00.000Z', '2026-12-29T07:00:00.000Z']) {
      const res = await bookAtDesk(desk({ startsAt }, { phoneNumber: '0555000222', firstName: 'Noor' }));
      expect(res.data.createFrontDeskVisit.errors).toEqual([]);
    }
    for (const startsAt of ['2026-12-10T07:07:00.000Z', '2026-12-09T06:00:00.000Z', '2026-12-10T14:45:00.000Z']) {
      const res = await bookAtDesk(desk({ startsAt }));
      expect(res.data.createFrontDeskVisit.errors[0]).toMatchObject({ code: 'SLOT_UNAVAILABLE', field: ['input', 'startsAt'] });
    }
    // The online customer asking for the same early start is refused.
    const online = await newCustomer(t);
    const res = await t.gql('mutation($input: BookVisitInput!) { bookVisit(input: $input) { errors { code } } }', { input: { parts: parts(), startsAt: '2026-12-10T09:00:00.000Z', idempotencyKey: randomUUID() } }, { token: online.token });
    expect(res.data.bookVisit.errors).toEqual([{ code: 'SLOT_UNAVAILABLE' }]);
  });

  it('answers mistakes in the payload with the field, in the desk\'s language, writing nothing', async () => {
    const [{ id: eliteService }] = await sql(t, "select sv.id from services sv join salons sa on sa.id = sv.salon_id where sa.name_en = 'Elite Barbers' limit 1");
    // A number nobody has: nothing refused may leave them behind.
    const fresh = { phoneNumber: '0555321321', firstName: 'Fresh' };
    const cases: [Record<string, unknown>, string, string[]][] = [
      [desk({}, { phoneNumber: '0555999888' }), 'INVALID_INPUT', ['input', 'customer', 'firstName']],
      [desk({}, { phoneNumber: '0112345678', firstName: 'Landline' }), 'INVALID_PHONE_NUMBER', ['input', 'customer', 'phoneNumber']],
      [desk({ parts: [] }, fresh), 'INVALID_INPUT', ['input', 'parts']],
      [desk({ parts: Array.from({ length: 6 }, () => ({ serviceId: services[0].id })) }, fresh), 'INVALID_INPUT', ['input', 'parts']],
      [desk({ parts: [parts()[0], { serviceId: eliteService }] }, fresh), 'SERVICE_UNAVAILABLE', ['input', 'parts', '1', 'serviceId']],
      [desk({ parts: [parts()[0], { serviceId: 'not-an-id' }] }, fresh), 'SERVICE_UNAVAILABLE', ['input', 'parts', '1', 'serviceId']],
      [desk({ parts: [parts()[0], { serviceId: services[1].id, staffId: 'nobody' }] }, fresh), 'STAFF_UNAVAILABLE', ['input', 'parts', '1', 'staffId']],
      [desk({ parts: [parts()[0], { serviceId: services[1].id, staffId: randomUUID() }] }, fresh), 'STAFF_UNAVAILABLE', ['input', 'parts', '1', 'staffId']],
      [desk({ idempotencyKey: 'short' }, fresh), 'INVALID_INPUT', ['input', 'idempotencyKey']],
    ];
    for (const [input, code, field] of cases) {
      const res = await t.gql(DESK_VISIT, { input }, { token: receptionist });
      expect(res.errors).toBeUndefined();
      expect(res.data.createFrontDeskVisit).toMatchObject({ visit: null, errors: [{ code, field }] });
      // Localised: the receptionist reads Arabic, never a message key.
      expect(res.data.createFrontDeskVisit.errors[0].message).toMatch(/[\u0600-\u06FF]/);
    }
    expect(await sql(t, "select 1 from users where phone_number in ('+966555999888', '+966555321321')")).toHaveLength(0);
    expect(await sql(t, 'select 1 from bookings')).toHaveLength(0);
  });

  it("refuses customers, strangers and another salon's receptionist, manager and stylist (IDOR), both the booking and the starts", async () => {
    const customer = await newCustomer(t);
    const [{ id: eliteId }] = await sql(t, "select id from salons where name_en = 'Elite Barbers'");
    const eliteParts = (await sql(t, "select sv.id as \"serviceId\" from services sv where sv.salon_id = $1 and sv.is_active order by sv.duration_minutes limit 2", [eliteId]));
    const [elite] = await sql(t, 'select u.phone_number from staff_members sm join users u on u.id = sm.user_id where sm.salon_id = $1 and sm.is_active limit 1', [eliteId]);
    const roseManager = await signInAs(t, '+966500000001');
    const roseStylist = await signInAs(t, '+966500000003');
    const otherManager = await signInAs(t, '+966500000101');
    const otherStaff = await signInAs(t, elite.phone_number);
    // Salon A's desk, manager and stylist at salon B; salon B's at A; a customer anywhere.
    const attempts: [string, Record<string, unknown>][] = [
      ...[receptionist, roseManager, roseStylist].map((token) => [token, desk({ salonId: eliteId, parts: eliteParts })] as [string, Record<string, unknown>]),
      ...[otherManager, otherStaff, customer.token].map((token) => [token, desk()] as [string, Record<string, unknown>]),
    ];
    for (const [token, input] of attempts) {
      const res = await t.gql(DESK_VISIT, { input }, { token });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.createFrontDeskVisit ?? null).toBeNull();
      const starts = await t.gql(DESK_VISIT_STARTS, { input: { salonId: input.salonId, parts: input.parts, date: '2026-12-10' } }, { token });
      expect(starts.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(DESK_VISIT, { input: desk() })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Their own salon's id with the other salon's services: not theirs to book, and not shown.
    const cross = await t.gql(DESK_VISIT, { input: desk({ salonId: eliteId }) }, { token: otherManager });
    expect(cross.data.createFrontDeskVisit.errors[0]).toMatchObject({ code: 'SERVICE_UNAVAILABLE', field: ['input', 'parts', '0', 'serviceId'] });
    expect((await t.gql(DESK_VISIT_STARTS, { input: { salonId: eliteId, parts: parts(), date: '2026-12-10' } }, { token: otherManager })).data.frontDeskVisitStarts).toEqual([]);
    expect(await sql(t, 'select 1 from bookings')).toHaveLength(0);
    // The salon's own manager and stylist may.
    for (const token of [roseManager, roseStylist]) {
      expect((await bookAtDesk(desk({ startsAt: token === roseManager ? s.startsAt : '2026-12-10T10:00:00.000Z' }), token)).data.createFrontDeskVisit.errors).toEqual([]);
    }
  });
});
