import { randomUUID } from 'node:crypto';
import { CREATE, insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

async function race(servers: TestServer[], s: Stage, tokens: string[]) {
  const started = Date.now();
  const results = await Promise.all(
    tokens.map((token, i) =>
      servers[i % servers.length].gql(CREATE, { input: { serviceId: s.serviceId, staffId: s.staffId, startsAt: s.startsAt, idempotencyKey: randomUUID() } }, { token }),
    ),
  );
  return { results, ms: Date.now() - started };
}

function tally(results: Awaited<ReturnType<typeof race>>['results']) {
  return {
    ok: results.filter((r) => r.data?.createBooking?.errors.length === 0).length,
    slotUnavailable: results.filter((r) => r.data?.createBooking?.errors[0]?.code === 'SLOT_UNAVAILABLE').length,
    http5xx: results.filter((r) => r.status >= 500).length,
    topLevelErrors: results.filter((r) => r.errors).length,
  };
}

describe('no double booking under load', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  let tokens: string[];
  let customerIds: string[];
  beforeAll(async () => {
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now } });
    s = await stage(a, 'Rose Touch Salon');
    tokens = [];
    customerIds = [];
    for (let i = 0; i < 50; i++) {
      const customer = await newCustomer(a, `+96651${String(1000000 + i)}`);
      tokens.push(customer.token);
      customerIds.push(customer.id);
    }
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });
  beforeEach(() => sql(a, 'delete from notifications; delete from booking_events; delete from bookings'));

  it('50 concurrent bookings of one stylist at one time on one instance: exactly one wins, 49 get SLOT_UNAVAILABLE, no 5xx', async () => {
    const { results, ms } = await race([a], s, tokens);
    const counts = tally(results);
    console.log(`race, one instance: ${JSON.stringify(counts)} in ${ms} ms`);
    expect(counts).toEqual({ ok: 1, slotUnavailable: 49, http5xx: 0, topLevelErrors: 0 });
    expect((await sql(a, "select count(*)::int as n from bookings where status in ('PENDING', 'CONFIRMED')"))[0].n).toBe(1);
  });

  it('the same across two server instances on one database', async () => {
    const { results, ms } = await race([a, b], s, tokens);
    const counts = tally(results);
    console.log(`race, two instances: ${JSON.stringify(counts)} in ${ms} ms`);
    expect(counts).toEqual({ ok: 1, slotUnavailable: 49, http5xx: 0, topLevelErrors: 0 });
    expect((await sql(a, "select count(*)::int as n from bookings where status in ('PENDING', 'CONFIRMED')"))[0].n).toBe(1);
  });

  it('moves and new bookings racing for one time: exactly one wins, and every loser keeps the time it had', async () => {
    // Ten customers booked on the following days try to move to the contested time while ten others book it.
    const moving: { id: string; startsAt: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const startsAt = `2026-12-${11 + i}T07:00:00.000Z`;
      moving.push({ id: await insertBooking(a, s, customerIds[i], 'CONFIRMED', startsAt), startsAt });
    }
    const RESCHEDULE = 'mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id } errors { code } } }';
    const results = await Promise.all([
      ...moving.map((m, i) => [a, b][i % 2].gql(RESCHEDULE, { input: { bookingId: m.id, startsAt: s.startsAt } }, { token: tokens[i] }).then((r) => r.data?.rescheduleBooking)),
      ...tokens.slice(10, 20).map((token, i) =>
        [a, b][i % 2].gql(CREATE, { input: { serviceId: s.serviceId, staffId: s.staffId, startsAt: s.startsAt, idempotencyKey: randomUUID() } }, { token }).then((r) => r.data?.createBooking)),
    ]);
    expect(results.filter((r) => r?.errors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r?.errors[0]?.code === 'SLOT_UNAVAILABLE')).toHaveLength(19);
    const live = await sql(a, "select id, starts_at from bookings where status in ('PENDING', 'CONFIRMED') and staff_id = $1", [s.staffId]);
    expect(live.filter((r) => r.starts_at.toISOString() === s.startsAt)).toHaveLength(1);
    const winner = live.find((r) => r.starts_at.toISOString() === s.startsAt)!.id;
    for (const m of moving) {
      if (m.id !== winner) expect([m.id, live.find((r) => r.id === m.id)?.starts_at.toISOString()]).toEqual([m.id, m.startsAt]);
    }
  });

  it('one customer booking two stylists for one time from many tabs gets one booking; the rest are refused cleanly', async () => {
    // The two stylists' locks do not serialise these, so the customer exclusion constraint decides some of them.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        [a, b][i % 2].gql(CREATE, { input: { serviceId: s.serviceId, staffId: i % 4 < 2 ? s.staffId : s.otherStaffId, startsAt: s.startsAt, idempotencyKey: randomUUID() } }, { token: tokens[0] })),
    );
    expect(results.filter((r) => r.status >= 500 || r.errors)).toEqual([]);
    const codes = results.map((r) => r.data.createBooking.errors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => !['OK', 'SLOT_UNAVAILABLE', 'CUSTOMER_OVERLAP'].includes(c))).toEqual([]);
    expect((await sql(a, "select count(*)::int as n from bookings where status in ('PENDING', 'CONFIRMED')"))[0].n).toBe(1);
  });

  it('one customer replaying one key 20 times in parallel gets one booking', async () => {
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => [a, b][i % 2].gql(CREATE, { input: { serviceId: s.serviceId, staffId: s.staffId, startsAt: s.startsAt, idempotencyKey: key } }, { token: tokens[0] })),
    );
    const ids = new Set(results.map((r) => r.data.createBooking.booking?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect((await sql(a, 'select count(*)::int as n from bookings'))[0].n).toBe(1);
  });
});
