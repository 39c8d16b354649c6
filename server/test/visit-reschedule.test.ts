import { randomUUID } from 'node:crypto';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { signInAs } from './auth';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';
import { BOOK_VISIT, overlaps, partialVisits, RESCHEDULE_VISIT, threeServices, VISIT_STARTS } from './visit-fixtures';

const CANCEL = 'mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { code } } }';

describe('rescheduleVisit: a whole visit moves to a new start (Rose Touch, no prepayment)', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let t: TestServer;
  let s: Stage;
  let services: Awaited<ReturnType<typeof threeServices>>;

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    services = await threeServices(t, s);
  });
  afterAll(() => t.stop());

  /** The first stylist, then the other, then the first again: a visit that comes back to a stylist. */
  const parts = () => [
    { serviceId: services[0].id, staffId: s.staffId },
    { serviceId: services[1].id, staffId: s.otherStaffId },
    { serviceId: services[2].id, staffId: s.staffId },
  ];
  async function bookVisit(token: string, startsAt: string) {
    const res = (await t.gql(BOOK_VISIT, { input: { parts: parts(), startsAt, idempotencyKey: randomUUID() } }, { token })).data.bookVisit;
    expect(res.errors).toEqual([]);
    return res.visit;
  }
  const shift = (iso: string, days: number) => new Date(new Date(iso).getTime() + days * 86_400_000).toISOString();
  const move = (token: string, visitId: string, startsAt: string) => t.gql(RESCHEDULE_VISIT, { input: { visitId, startsAt } }, { token });
  const rows = (visitId: string) => sql(t, 'select staff_id, service_id, starts_at, ends_at, blocked_until, price_halalas, status, version from bookings where visit_id = $1 order by visit_position', [visitId]);

  it('moves every part as availableVisitStarts lays it out, keeping order, stylists and price; tells the customer once; the same start again changes nothing', async () => {
    const customer = await newCustomer(t);
    const visit = await bookVisit(customer.token, '2026-12-15T06:00:00.000Z');
    const before = await rows(visit.id);
    // First 45 minutes later, where the parts' new times cover their old ones (the constraints check row by row),
    // then to 14:00 Riyadh, clear of the old times.
    for (const target of ['2026-12-15T06:45:00.000Z', '2026-12-15T11:00:00.000Z']) {
      // The layout availableVisitStarts offers at the same hour of an empty day (the visit itself is busy on its own).
      const offered = (await t.gql(VISIT_STARTS, { input: { parts: parts(), date: '2026-12-20' } })).data.availableVisitStarts;
      const twin = offered.find((v: { startsAt: string }) => v.startsAt === shift(target, 5));
      const expected = { parts: twin.parts.map((p: { startsAt: string; endsAt: string }) => ({ ...p, startsAt: shift(p.startsAt, -5), endsAt: shift(p.endsAt, -5) })) };
      const res = (await move(customer.token, visit.id, target)).data.rescheduleVisit;
      expect(res.errors).toEqual([]);
      expect(res.visit.startsAt).toBe(target);
      expect(res.visit.parts.map((p: { startsAt: string; endsAt: string; staff: { id: string } }) => [p.startsAt, p.endsAt, p.staff.id]))
        .toEqual(expected.parts.map((p: { startsAt: string; endsAt: string; staff: { id: string } }) => [p.startsAt, p.endsAt, p.staff.id]));
    }
    const after = await rows(visit.id);
    expect(after.map((r) => [r.staff_id, r.service_id, r.price_halalas, r.status])).toEqual(before.map((r) => [r.staff_id, r.service_id, r.price_halalas, r.status]));
    expect(after.every((r, i) => r.version > before[i].version)).toBe(true);

    const told = async () => sql(t, "select n.recipient_id from notifications n join bookings b on b.id = n.booking_id where b.visit_id = $1 and n.event = 'RESCHEDULED'", [visit.id]);
    const once = await told();
    // Two moves: each time one message to the customer and one per part to its stylist.
    expect(once.filter((r) => r.recipient_id === customer.id)).toHaveLength(2);
    expect(once).toHaveLength(2 * 4);
    const again = (await move(customer.token, visit.id, '2026-12-15T11:00:00.000Z')).data.rescheduleVisit;
    expect(again.errors).toEqual([]);
    expect(await told()).toHaveLength(once.length);
    expect((await rows(visit.id)).map((r) => r.version)).toEqual(after.map((r) => r.version));
    expect(await overlaps(t)).toEqual({ staff: 0, customer: 0 });
  });

  it('refuses a start where a later part does not fit, and changes nothing', async () => {
    const customer = await newCustomer(t);
    const other = await newCustomer(t);
    const visit = await bookVisit(customer.token, '2026-12-16T06:00:00.000Z');
    const before = await rows(visit.id);
    const target = '2026-12-16T10:00:00.000Z';
    const offered = (await t.gql(VISIT_STARTS, { input: { parts: parts(), date: '2026-12-16' } })).data.availableVisitStarts;
    const second = offered.find((v: { startsAt: string }) => v.startsAt === target).parts[1].startsAt;
    // Someone takes the second stylist where the second part would go.
    expect((await book(t, other.token, { ...s, staffId: s.otherStaffId, serviceId: services[0].id }, { startsAt: second })).errors).toEqual([]);
    const res = (await move(customer.token, visit.id, target)).data.rescheduleVisit;
    expect(res.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([['SLOT_UNAVAILABLE', ['input', 'startsAt']]]);
    expect(await rows(visit.id)).toEqual(before);
    expect((await sql(t, "select count(*)::int as n from notifications n join bookings b on b.id = n.booking_id where b.visit_id = $1 and n.event = 'RESCHEDULED'", [visit.id]))[0].n).toBe(0);
  });

  it('keeps the customer to the cut-off, lets the salon move it any time, and moves only live visits', async () => {
    const customer = await newCustomer(t);
    const visit = await bookVisit(customer.token, '2026-12-17T06:00:00.000Z');
    const [{ hours }] = await sql(t, 'select cancellation_cutoff_hours as hours from salons where id = $1', [s.salonId]);
    clock.set(new Date(new Date('2026-12-17T06:00:00Z').getTime() - (hours - 1) * 3_600_000));
    try {
      // Sessions are signed against the clock: sign in again at the new time.
      customer.token = await signInAs(t, customer.phone);
      const salonManager = await signInAs(t, '+966500000001');
      const late = (await move(customer.token, visit.id, '2026-12-17T11:00:00.000Z')).data.rescheduleVisit;
      expect(late.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([['CANCELLATION_WINDOW_PASSED', ['input', 'visitId']]]);
      const arabic = await t.gql(RESCHEDULE_VISIT, { input: { visitId: visit.id, startsAt: '2026-12-17T11:00:00.000Z' } }, { token: customer.token, headers: { 'accept-language': 'ar-SA' } });
      expect(arabic.data.rescheduleVisit.errors[0].message).toMatch(/[\u0600-\u06FF]/);
      const bySalon = (await move(salonManager, visit.id, '2026-12-17T11:00:00.000Z')).data.rescheduleVisit;
      expect(bySalon.errors).toEqual([]);
      expect(bySalon.visit.startsAt).toBe('2026-12-17T11:00:00.000Z');
    } finally {
      clock.set(new Date('2026-12-01T06:00:00Z'));
    }
    customer.token = await signInAs(t, customer.phone);
    expect((await t.gql(CANCEL, { input: { bookingId: visit.parts[0].id } }, { token: customer.token })).data.cancelBooking.errors).toEqual([]);
    const cancelled = (await move(customer.token, visit.id, '2026-12-17T13:00:00.000Z')).data.rescheduleVisit;
    expect(cancelled.errors.map((e: { code: string }) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect(await partialVisits(t, 3)).toBe(0);
  });

  /** A new user who is an active stylist of `salonId`, signed in. */
  async function newStylist(salonId: string) {
    const person = await newCustomer(t);
    await sql(t, "insert into staff_members (id, created_at, updated_at, user_id, salon_id, display_name) values (gen_random_uuid(), $3, $3, $1, $2, 'Idle')", [person.id, salonId, clock.now()]);
    return person.token;
  }

  it("is for the customer, the salon's desk and the stylists who serve a part: FORBIDDEN to a stranger, another stylist of the salon and another salon's manager or stylist", async () => {
    const customer = await newCustomer(t);
    const stranger = await newCustomer(t);
    const visit = await bookVisit(customer.token, '2026-12-18T06:00:00.000Z');
    const before = await rows(visit.id);
    const elsewhere = await newCustomer(t);
    const [{ id: elite }] = await sql(t, "select id from salons where name_en = 'Elite Barbers'");
    await sql(t, "insert into salon_memberships (id, created_at, updated_at, salon_id, user_id, role) values (gen_random_uuid(), $3, $3, $1, $2, 'MANAGER')", [elite, elsewhere.id, clock.now()]);
    // A stylist of this salon with no part in the visit, and one of another salon.
    const idle = await newStylist(s.salonId);
    const eliteStylist = await newStylist(elite);
    for (const token of [stranger.token, elsewhere.token, idle, eliteStylist]) {
      const res = await move(token, visit.id, '2026-12-18T11:00:00.000Z');
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.rescheduleVisit ?? null).toBeNull();
    }
    expect((await move(stranger.token, randomUUID(), '2026-12-18T11:00:00.000Z')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await move(stranger.token, 'not-a-visit', '2026-12-18T11:00:00.000Z')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(RESCHEDULE_VISIT, { input: { visitId: visit.id, startsAt: '2026-12-18T11:00:00.000Z' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rows(visit.id)).toEqual(before);
    const receptionist = await signInAs(t, '+966500000004');
    expect((await move(receptionist, visit.id, '2026-12-18T11:00:00.000Z')).data.rescheduleVisit.errors).toEqual([]);
  });

  it('lets a stylist who serves only a later part move the visit as the salon does (off the grid), recorded as theirs', async () => {
    const customer = await newCustomer(t);
    const visit = await bookVisit(customer.token, '2026-12-19T06:00:00.000Z');
    const [{ phone, userId }] = await sql(t, 'select u.phone_number as phone, u.id as "userId" from staff_members sm join users u on u.id = sm.user_id where sm.id = $1', [s.otherStaffId]);
    const second = await signInAs(t, phone);
    // 07:07 is off the online grid: the salon's own moves may land there, a customer's may not.
    const offGrid = '2026-12-19T07:07:00.000Z';
    expect((await move(customer.token, visit.id, offGrid)).data.rescheduleVisit.errors.map((e: { code: string }) => e.code)).toEqual(['SLOT_UNAVAILABLE']);
    const res = (await move(second, visit.id, offGrid)).data.rescheduleVisit;
    expect(res.errors).toEqual([]);
    expect(res.visit.startsAt).toBe(offGrid);
    const [{ actor }] = await sql(t, "select distinct e.actor_id as actor from booking_events e join bookings b on b.id = e.booking_id where b.visit_id = $1 and e.reason like 'rescheduled with its visit%'", [visit.id]);
    expect(actor).toBe(userId);
    expect(await overlaps(t)).toEqual({ staff: 0, customer: 0 });
  });

  it('offers the times a visit can move to with its own parts left out of the busy time, to those who may move it only', async () => {
    const customer = await newCustomer(t);
    const visit = await bookVisit(customer.token, '2026-12-21T06:00:00.000Z');
    const starts = (token: string | undefined, excludeVisitId?: string) =>
      t.gql(VISIT_STARTS, { input: { parts: parts(), date: '2026-12-21', excludeVisitId } }, token ? { token } : {});
    const DAYS = 'query($input: AvailableVisitDaysInput!) { availableVisitDays(input: $input) }';
    const at = (res: { data?: { availableVisitStarts: { startsAt: string }[] } }) => res.data!.availableVisitStarts.map((v) => v.startsAt);
    // 15 minutes on, the parts would cover their own old times: taken for everyone else, free for the visit itself.
    const nudged = '2026-12-21T06:15:00.000Z';
    expect(at(await starts(undefined))).not.toContain(nudged);
    const own = at(await starts(customer.token, visit.id));
    expect(own).toContain(nudged);
    expect(own).toContain('2026-12-21T06:00:00.000Z');
    const desk = await signInAs(t, '+966500000004');
    expect(at(await starts(desk, visit.id))).toEqual(own);
    expect((await move(customer.token, visit.id, nudged)).data.rescheduleVisit.errors).toEqual([]);

    const stranger = await newCustomer(t);
    const idle = await newStylist(s.salonId);
    for (const token of [stranger.token, idle]) {
      expect((await starts(token, visit.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const days = await t.gql(DAYS, { input: { parts: parts(), from: '2026-12-20', to: '2026-12-22', excludeVisitId: visit.id } }, { token });
      expect(days.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await starts(stranger.token, randomUUID())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await starts(undefined, visit.id)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const days = await t.gql(DAYS, { input: { parts: parts(), from: '2026-12-20', to: '2026-12-22', excludeVisitId: visit.id } }, { token: customer.token });
    expect(days.data.availableVisitDays).toContain('2026-12-21');
  });
});
