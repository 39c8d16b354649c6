import { randomUUID } from 'node:crypto';
import { CREATE, newCustomer, stage, type Stage } from './booking-fixtures';
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
  beforeAll(async () => {
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now } });
    s = await stage(a, 'Rose Touch Salon');
    tokens = [];
    for (let i = 0; i < 50; i++) tokens.push((await newCustomer(a, `+96651${String(1000000 + i)}`)).token);
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
