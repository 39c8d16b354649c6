import { randomUUID } from 'node:crypto';
import { signInAs } from './auth';
import { insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const RECORD = 'mutation($input: RecordCounterPaymentInput!) { recordCounterPayment(input: $input) { invoice { id number } errors { code } } }';
const REFUND = 'mutation($input: RefundCounterPaymentInput!) { refundCounterPayment(input: $input) { creditNote { number } errors { code } } }';

describe('invoice numbers under concurrent sales on two instances', () => {
  const clock = testClock(new Date('2026-12-09T06:30:00Z'));
  let a: TestServer;
  let b: TestServer;
  let s: Stage;
  let manager: string;
  let staff: string;

  beforeAll(async () => {
    a = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    b = await startTestServer({ databaseUrl: a.databaseUrl, overrides: { now: clock.now } });
    s = await stage(a, 'Rose Touch Salon');
    manager = await signInAs(a, '+966500000001');
    staff = await signInAs(a, '+966500000003');
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it('gives every sale and refund a unique number, 1..N without gaps, one invoice per payment, also when the same payment is sent twice', async () => {
    const bookings: string[] = [];
    for (let i = 0; i < 16; i++) {
      const customer = await newCustomer(a, `+96651${String(3000000 + i)}`);
      bookings.push(await insertBooking(a, s, customer.id, 'CONFIRMED', `2026-12-${String(10 + (i % 8)).padStart(2, '0')}T${String(7 + Math.floor(i / 8) * 2).padStart(2, '0')}:00:00.000Z`));
    }
    // Each booking is paid by two racing requests with one key (a double tap on two instances) and a third that
    // would overpay: one payment, one invoice each, and the overpayment refused without taking a number.
    const requests = bookings.flatMap((bookingId, i) => {
      const key = randomUUID();
      const once = { input: { bookingId, parts: [{ method: i % 2 ? 'CASH' : 'MADA', amountHalalas: 100 }], idempotencyKey: key } };
      const over = { input: { bookingId, parts: [{ method: 'CARD', amountHalalas: 10_000_000 }], idempotencyKey: randomUUID() } };
      return [[a, once], [b, once], [i % 2 ? a : b, over]] as const;
    });
    const results = await Promise.all(requests.map(([server, vars]) => server.gql(RECORD, vars, { token: staff }).then((r) => ({ status: r.status, payload: r.data?.recordCounterPayment }))));
    expect(results.filter((r) => r.status >= 500 || !r.payload)).toEqual([]);
    expect(results.filter((r) => r.payload.errors[0]?.code === 'PAYMENT_EXCEEDS_BALANCE')).toHaveLength(16);
    const issued = results.filter((r) => r.payload.invoice).map((r) => r.payload.invoice);
    expect(issued).toHaveLength(32);
    expect(new Set(issued.map((i) => i.id)).size).toBe(16);

    // Refunds racing on both instances take numbers from the same series.
    const payments = await sql(a, 'select id from counter_payments order by created_at');
    const refunds = await Promise.all(payments.flatMap((p, i) => [a, b].map((server) =>
      server.gql(REFUND, { input: { counterPaymentId: p.id, amountHalalas: 60, method: 'CASH', reason: `race ${i}` } }, { token: manager }).then((r) => r.data?.refundCounterPayment))));
    // 100 halalas each: one of the two 60-halala refunds fits, the other is refused.
    expect(refunds.filter((r) => r?.creditNote)).toHaveLength(16);
    expect(refunds.filter((r) => r?.errors[0]?.code === 'REFUND_EXCEEDS_BALANCE')).toHaveLength(16);

    const docs = await sql(a, 'select number, kind, hash, previous_hash from invoices where salon_id = $1 order by number', [s.salonId]);
    expect(docs.map((d) => d.number)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(docs.filter((d) => d.kind === 'INVOICE')).toHaveLength(16);
    const [counter] = await sql(a, 'select last_number, last_hash from invoice_counters where salon_id = $1', [s.salonId]);
    expect(counter).toEqual({ last_number: 32, last_hash: docs[31].hash });
    // One unbroken hash chain: each document names the one numbered before it.
    docs.slice(1).forEach((d, i) => expect(d.previous_hash).toBe(docs[i].hash));
  });
});
