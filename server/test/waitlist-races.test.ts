import { randomUUID } from 'node:crypto';
import { runJobsOnce } from '../src/jobs';
import { CREATE, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';
import { ACCEPT, JOIN, noPrepayment, offersOf, tenOClock } from './waitlist-fixtures';

const START = new Date('2026-12-01T06:00:00Z');

describe('waitlist offers under races, over two server instances', () => {
  const clock = testClock(START);
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  beforeAll(async () => {
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now } });
    s = await stage(a, 'Rose Touch Salon');
    await noPrepayment(a, s);
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });
  beforeEach(async () => {
    clock.set(START);
    await sql(a, 'delete from waitlist_offers; delete from waitlist_entries; delete from notifications; delete from booking_events; delete from booking_payment_terms; delete from bookings');
  });

  const live = async () => sql(a, "select id, customer_id from bookings where staff_id = $1 and starts_at = $2 and status in ('PENDING', 'CONFIRMED')", [s.staffId, s.startsAt]);

  it('two people accepting one offer (the late one whose offer lapsed, and the next in line), 20 times each, across two instances: one booking, the other OFFER_TAKEN', async () => {
    const first = await newCustomer(a);
    const second = await newCustomer(a);
    const entryA = (await a.gql(JOIN, { input: tenOClock(s) }, { token: first.token })).data.joinWaitlist.entry;
    clock.advance(1000);
    const entryB = (await b.gql(JOIN, { input: tenOClock(s) }, { token: second.token })).data.joinWaitlist.entry;
    await runJobsOnce(a.app);
    const [offerA] = await offersOf(a, entryA.id);
    clock.advance(10 * 60_000);
    await runJobsOnce(b.app);
    const [offerB] = await offersOf(a, entryB.id);
    expect(offerB.starts_at.toISOString()).toBe(s.startsAt);

    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => {
      const [token, offerId] = i % 2 ? [first.token, offerA.id] : [second.token, offerB.id];
      return [a, b][Math.floor(i / 2) % 2].gql(ACCEPT, { input: { offerId } }, { token });
    }));
    expect(results.filter((r) => r.status >= 500 || r.errors)).toEqual([]);
    const codes = results.map((r) => r.data.acceptWaitlistOffer.errors[0]?.code ?? 'OK');
    console.log(`waitlist accept race: ${JSON.stringify(codes.reduce((n: Record<string, number>, c) => ({ ...n, [c]: (n[c] ?? 0) + 1 }), {}))}`);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK' && c !== 'OFFER_TAKEN')).toEqual([]);
    expect(await live()).toEqual([{ id: offerB.id, customer_id: second.id }]);
  });

  it('an accept racing 20 direct bookings of the held time over two instances: the holder books it, everyone else SLOT_UNAVAILABLE', async () => {
    const waiting = await newCustomer(a);
    const entry = (await a.gql(JOIN, { input: tenOClock(s) }, { token: waiting.token })).data.joinWaitlist.entry;
    await runJobsOnce(a.app);
    const [offer] = await offersOf(a, entry.id);
    const others = await Promise.all(Array.from({ length: 20 }, () => newCustomer(a)));
    const [accepted, ...direct] = await Promise.all([
      b.gql(ACCEPT, { input: { offerId: offer.id } }, { token: waiting.token }),
      ...others.map((c, i) => [a, b][i % 2].gql(CREATE, { input: { serviceId: s.serviceId, staffId: s.staffId, startsAt: s.startsAt, idempotencyKey: randomUUID() } }, { token: c.token })),
    ]);
    expect(accepted.data.acceptWaitlistOffer.errors).toEqual([]);
    expect(direct.map((r) => r.data?.createBooking.errors[0]?.code)).toEqual(others.map(() => 'SLOT_UNAVAILABLE'));
    expect(await live()).toEqual([{ id: offer.id, customer_id: waiting.id }]);
  });

  it('two instances handing out offers at once give a freed time to one entry only, the first to join', async () => {
    const customers = await Promise.all(Array.from({ length: 6 }, () => newCustomer(a)));
    const entries: string[] = [];
    for (const [i, c] of customers.entries()) {
      entries.push((await [a, b][i % 2].gql(JOIN, { input: tenOClock(s) }, { token: c.token })).data.joinWaitlist.entry.id);
      clock.advance(1000);
    }
    const runs = await Promise.all([runJobsOnce(a.app), runJobsOnce(b.app), runJobsOnce(a.app), runJobsOnce(b.app)]);
    expect(runs.reduce((n, r) => n + r.waitlistOffers, 0)).toBe(1);
    expect(await sql(a, 'select entry_id from waitlist_offers')).toEqual([{ entry_id: entries[0] }]);
    expect(await live()).toHaveLength(1);
  });

  it('an expiry sweep racing acceptances at the last held millisecond: never both, never a lost time', async () => {
    const waiting = await newCustomer(a);
    const entry = (await a.gql(JOIN, { input: tenOClock(s) }, { token: waiting.token })).data.joinWaitlist.entry;
    await runJobsOnce(a.app);
    const [offer] = await offersOf(a, entry.id);
    clock.set(new Date(offer.expires_at.getTime() - 1));
    const [accepts, runA, runB] = await Promise.all([
      Promise.all(Array.from({ length: 6 }, (_, i) => [a, b][i % 2].gql(ACCEPT, { input: { offerId: offer.id } }, { token: waiting.token }))),
      runJobsOnce(a.app),
      runJobsOnce(b.app),
    ]);
    expect(runA.expiredWaitlistOffers + runB.expiredWaitlistOffers).toBe(0);
    const codes = accepts.map((r) => r.data.acceptWaitlistOffer.errors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK' && c !== 'OFFER_TAKEN')).toEqual([]);
    clock.advance(60 * 60_000);
    await Promise.all([runJobsOnce(a.app), runJobsOnce(b.app)]);
    expect(await sql(a, 'select status from waitlist_offers')).toEqual([{ status: 'ACCEPTED' }]);
    expect(await sql(a, 'select status from bookings where id = $1', [offer.id])).toEqual([{ status: 'CONFIRMED' }]);
  });
});
