import { randomUUID } from 'node:crypto';
import { CREATE, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';
import { BOOK_VISIT, overlaps, partialVisits, threeServices } from './visit-fixtures';

/**
 * Visits and single bookings racing for the same stylists across two server instances on one database: every
 * part is decided under the stylists' locks and the exclusion constraints, so no stylist or customer is ever
 * double-booked and a visit is booked whole or not at all.
 */
describe('visits under concurrency, two instances', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  let services: Awaited<ReturnType<typeof threeServices>>;
  let tokens: string[];

  // Forty visits queue on the same two stylists' locks, each holding a pooled connection while it waits; on a CI
  // machine running every suite at once the queue can outlast the 5 s wait for a free connection, which answers
  // 503 by design (database unavailable). This test is about who wins, so it gives the queue room.
  const env = { DB_ACQUIRE_TIMEOUT_MS: '60000' };

  beforeAll(async () => {
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now }, env });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now }, env });
    s = await stage(a, 'Rose Touch Salon');
    services = await threeServices(a, s);
    // Only the stage's two stylists can take these services, so "anyone" competes for them too.
    await sql(a, 'delete from staff_member_services where service_id = any($1) and staff_member_id <> all($2)', [services.map((x) => x.id), [s.staffId, s.otherStaffId]]);
    tokens = [];
    for (let i = 0; i < 40; i++) tokens.push((await newCustomer(a, `+96653${String(1000000 + i)}`)).token);
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });
  beforeEach(() => sql(a, 'delete from notifications; delete from booking_payment_terms; delete from booking_events; delete from bookings; delete from visits'));

  const visitParts = (i: number) => [
    { serviceId: services[0].id, staffId: i % 3 === 0 ? null : s.staffId },
    { serviceId: services[1].id, staffId: i % 3 === 1 ? null : s.otherStaffId },
    { serviceId: services[2].id, staffId: null },
  ];

  async function race(starts: string[]) {
    const started = Date.now();
    const results = await Promise.all(tokens.map((token, i) => {
      const server = [a, b][i % 2];
      const startsAt = starts[i % starts.length];
      // Half book a three-part visit, half a single service with one of the two stylists, all over the same times.
      if (i % 2 === 0) {
        return server.gql(BOOK_VISIT, { input: { parts: visitParts(i), startsAt, idempotencyKey: randomUUID() } }, { token }).then((r) => ({ kind: 'visit', r, payload: r.data?.bookVisit }));
      }
      const staffId = i % 4 === 1 ? s.staffId : s.otherStaffId;
      return server.gql(CREATE, { input: { serviceId: services[i % 3].id, staffId, startsAt, idempotencyKey: randomUUID() } }, { token }).then((r) => ({ kind: 'single', r, payload: r.data?.createBooking }));
    }));
    return { results, ms: Date.now() - started };
  }

  function check(results: Awaited<ReturnType<typeof race>>['results']) {
    expect(results.filter((x) => x.r.status >= 500 || x.r.errors)).toEqual([]);
    const codes = results.map((x) => x.payload.errors[0]?.code ?? 'OK');
    expect(codes.filter((c) => !['OK', 'SLOT_UNAVAILABLE', 'CUSTOMER_OVERLAP'].includes(c))).toEqual([]);
    return {
      visits: results.filter((x) => x.kind === 'visit' && x.payload.errors.length === 0).length,
      singles: results.filter((x) => x.kind === 'single' && x.payload.errors.length === 0).length,
    };
  }

  it('20 visits and 20 single bookings for one start: no overlaps, no partial visits, no 5xx', async () => {
    const { results, ms } = await race(['2026-12-10T07:00:00.000Z']);
    const won = check(results);
    console.log(`visit race, one start: ${JSON.stringify(won)} in ${ms} ms`);
    expect(won.visits + won.singles).toBeGreaterThanOrEqual(1);
    expect(await overlaps(a)).toEqual({ staff: 0, customer: 0 });
    expect(await partialVisits(a, 3)).toBe(0);
    const [{ n }] = await sql(a, 'select count(*)::int as n from visits');
    expect(n).toBe(won.visits);
    expect((await sql(a, 'select count(*)::int as n from bookings where visit_id is not null'))[0].n).toBe(3 * won.visits);
  });

  it('the same over starts 15 minutes apart, where visits and bookings overlap each other partly', async () => {
    const starts = ['2026-12-11T07:00:00.000Z', '2026-12-11T07:15:00.000Z', '2026-12-11T07:30:00.000Z', '2026-12-11T07:45:00.000Z', '2026-12-11T08:00:00.000Z'];
    const { results, ms } = await race(starts);
    const won = check(results);
    console.log(`visit race, staggered starts: ${JSON.stringify(won)} in ${ms} ms`);
    expect(won.visits + won.singles).toBeGreaterThanOrEqual(2);
    expect(await overlaps(a)).toEqual({ staff: 0, customer: 0 });
    expect(await partialVisits(a, 3)).toBe(0);
    expect((await sql(a, 'select count(*)::int as n from visits'))[0].n).toBe(won.visits);
  });
});
