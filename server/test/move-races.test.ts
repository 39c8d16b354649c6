import { randomUUID } from 'node:crypto';
import { signInAs } from './auth';
import { insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const MOVE = 'mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id startsAt staff { id } } errors { code field } } }';
const DESK = 'mutation($input: CreateFrontDeskBookingInput!) { createFrontDeskBooking(input: $input) { booking { id } errors { code } } }';

const OVERLAPS = `select count(*)::int as n from bookings a join bookings b on a.staff_id = b.staff_id and a.id < b.id
  and tstzrange(a.starts_at, a.blocked_until, '[)') && tstzrange(b.starts_at, b.blocked_until, '[)')
  where a.status in ('PENDING', 'CONFIRMED') and b.status in ('PENDING', 'CONFIRMED')`;

describe('moving a booking to another stylist', () => {
  const clock = testClock(new Date('2026-12-09T06:30:00Z'));
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  let manager: string;
  const customers: string[] = [];

  beforeAll(async () => {
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now } });
    s = await stage(a, 'Rose Touch Salon');
    manager = await signInAs(a, '+966500000001');
    for (let i = 0; i < 12; i++) customers.push((await newCustomer(a, `+96651${String(2000000 + i)}`)).id);
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });
  beforeEach(async () => {
    await sql(a, 'delete from notifications; delete from booking_events; delete from reviews where booking_id is not null; delete from bookings');
    // An hour's notice online: the salon still moves a booking starting in 30 minutes.
    await sql(a, 'update salons set minimum_notice_minutes = 60 where id = $1', [s.salonId]);
  });

  it('moves to a stylist who offers the service, at the same time, inside the online notice; the old time is freed', async () => {
    const id = await insertBooking(a, s, customers[0], 'CONFIRMED', '2026-12-09T07:00:00.000Z', s.otherStaffId);
    const res = await a.gql(MOVE, { input: { bookingId: id, startsAt: '2026-12-09T07:00:00.000Z', staffId: s.staffId, expectedVersion: 1 } }, { token: manager });
    expect(res.data.rescheduleBooking).toEqual({ booking: { id, startsAt: '2026-12-09T07:00:00.000Z', staff: { id: s.staffId } }, errors: [] });
    const events = await sql(a, "select reason from booking_events where booking_id = $1 and reason = 'rescheduled'", [id]);
    expect(events).toHaveLength(1);
  });

  it('refuses a stylist who is taken with SLOT_UNAVAILABLE and one who does not offer the service with STAFF_UNAVAILABLE; nothing moves', async () => {
    const id = await insertBooking(a, s, customers[0], 'CONFIRMED', '2026-12-09T07:00:00.000Z', s.otherStaffId);
    await insertBooking(a, s, customers[1], 'CONFIRMED', '2026-12-09T07:15:00.000Z', s.staffId);
    const taken = await a.gql(MOVE, { input: { bookingId: id, startsAt: '2026-12-09T07:00:00.000Z', staffId: s.staffId } }, { token: manager });
    expect(taken.data.rescheduleBooking).toEqual({ booking: null, errors: [{ code: 'SLOT_UNAVAILABLE', field: ['input', 'startsAt'] }] });
    const [{ id: outsider }] = await sql(a, `select sm.id from staff_members sm where sm.salon_id = $1 and sm.is_active
      and not exists (select 1 from staff_member_services ss where ss.staff_member_id = sm.id and ss.service_id = $2) limit 1`, [s.salonId, s.serviceId])
      .then((rows) => (rows.length ? rows : sql(a, "select sm.id from staff_members sm join salons sa on sa.id = sm.salon_id where sa.name_en = 'Elite Barbers' limit 1")));
    const wrong = await a.gql(MOVE, { input: { bookingId: id, startsAt: '2026-12-09T07:00:00.000Z', staffId: outsider } }, { token: manager });
    expect(wrong.data.rescheduleBooking.errors[0].code).toBe('STAFF_UNAVAILABLE');
    const [row] = await sql(a, 'select staff_id, starts_at from bookings where id = $1', [id]);
    expect([row.staff_id, row.starts_at.toISOString()]).toEqual([s.otherStaffId, '2026-12-09T07:00:00.000Z']);
  });

  it('moves and front-desk bookings racing for one stylist and time across two instances: one wins, 0 overlaps, losers keep their place', async () => {
    const target = '2026-12-10T07:00:00.000Z';
    // One booking of the other stylist at that very time, and five on later days, all moving to the contested stylist and time.
    const moving: { id: string; staffId: string; startsAt: string }[] = [{ id: await insertBooking(a, s, customers[0], 'CONFIRMED', target, s.otherStaffId), staffId: s.otherStaffId, startsAt: target }];
    for (let i = 1; i < 6; i++) {
      const startsAt = `2026-12-${11 + i}T07:00:00.000Z`;
      moving.push({ id: await insertBooking(a, s, customers[i], 'CONFIRMED', startsAt, s.otherStaffId), staffId: s.otherStaffId, startsAt });
    }
    const results = await Promise.all([
      ...moving.map((m, i) => [a, b][i % 2].gql(MOVE, { input: { bookingId: m.id, startsAt: target, staffId: s.staffId } }, { token: manager }).then((r) => ({ status: r.status, payload: r.data?.rescheduleBooking }))),
      ...Array.from({ length: 10 }, (_, i) => [a, b][i % 2].gql(DESK, {
        input: { salonId: s.salonId, serviceId: s.serviceId, staffId: s.staffId, startsAt: target, customer: { phoneNumber: `05553${String(10000 + i)}`, firstName: `Desk ${i}` }, idempotencyKey: randomUUID() },
      }, { token: manager }).then((r) => ({ status: r.status, payload: r.data?.createFrontDeskBooking }))),
    ]);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.filter((r) => r.payload?.errors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.payload?.errors[0]?.code === 'SLOT_UNAVAILABLE')).toHaveLength(15);
    expect((await sql(a, OVERLAPS))[0].n).toBe(0);
    const live = await sql(a, "select id, staff_id, starts_at from bookings where status in ('PENDING', 'CONFIRMED') and staff_id = $1 and starts_at = $2", [s.staffId, target]);
    expect(live).toHaveLength(1);
    for (const m of moving) {
      if (m.id === live[0].id) continue;
      const [row] = await sql(a, 'select staff_id, starts_at from bookings where id = $1', [m.id]);
      expect([m.id, row.staff_id, row.starts_at.toISOString()]).toEqual([m.id, m.staffId, m.startsAt]);
    }
    // Desk losers that were new numbers left no account behind.
    const [{ n }] = await sql(a, "select count(*)::int as n from users where phone_number like '+9665553%'");
    expect(n).toBe(moving.some((m) => m.id === live[0].id) ? 0 : 1);
  });
});
