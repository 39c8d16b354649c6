import { randomUUID } from 'node:crypto';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { decodeQr } from '../src/modules/invoices/zatca-qr';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const START = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { id status transactionUrl } errors { code } } }';
const REFUND = 'mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { payment { status refundedHalalas } errors { code } } }';
const RECORD = 'mutation($input: RecordCounterPaymentInput!) { recordCounterPayment(input: $input) { invoice { number } errors { code message } } }';
const DOCS = `query($id: ID!) { booking(id: $id) { priceHalalas invoices { kind number totalHalalas vatHalalas qrCode issuedAt
  paymentMeans { method amountHalalas } originalInvoice { number } } } }`;
const TAKINGS = 'query($salonId: ID!, $date: Date!) { salonTakings(salonId: $salonId, date: $date) { onlineHalalas counterHalalas refundsHalalas netHalalas } }';

describe('invoices and credit notes for online payments (against the Moyasar simulator)', () => {
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let t: TestServer;
  let s: Stage;

  beforeAll(async () => {
    sim = await startMoyasarSimulator({ secretKey: 'sk_test_abc', publishableKey: 'pk_test_abc', webhookSecret: 'whsec_test', webhookRetryDelaysMs: [50] });
    sim.control.dropWebhooks = true;
    t = await startTestServer({
      seedDemo: true, overrides: { now: clock.now },
      env: { MOYASAR_SECRET_KEY: 'sk_test_abc', MOYASAR_PUBLISHABLE_KEY: 'pk_test_abc', MOYASAR_WEBHOOK_SECRET: 'whsec_test', MOYASAR_BASE_URL: sim.url, MOYASAR_TIMEOUT_SECONDS: '1' },
    });
    s = await stage(t, 'Elite Barbers');
  });
  afterAll(async () => {
    await t.stop();
    await sim.stop();
  });

  async function paidBooking() {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    const token = await fetch(`${sim.url}/v1/tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publishable_api_key: 'pk_test_abc', name: 'Sara Alharbi', number: '4111111111111111', month: 12, year: 2030, cvc: '123' }),
    }).then(async (r) => ((await r.json()) as { id: string }).id);
    const started = (await t.gql(START, { input: { bookingId: booking.id, source: { type: 'TOKEN', token }, idempotencyKey: randomUUID() } }, { token: customer.token })).data.startPayment;
    const redirect = await fetch(started.payment.transactionUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', redirect: 'manual' });
    const callback = new URL(redirect.headers.get('location')!);
    await fetch(`${t.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
    return { customer, bookingId: booking.id as string, paymentId: started.payment.id as string };
  }

  it('issues an invoice when the payment is taken and a credit note per refund, each once, and the takings add up', async () => {
    const { customer, bookingId, paymentId } = await paidBooking();
    let docs = (await t.gql(DOCS, { id: bookingId }, { token: customer.token })).data.booking;
    expect(docs.invoices).toEqual([expect.objectContaining({ kind: 'INVOICE', number: 1, totalHalalas: docs.priceHalalas, paymentMeans: [{ method: 'ONLINE', amountHalalas: docs.priceHalalas }], originalInvoice: null })]);
    const [invoice] = docs.invoices;
    expect(decodeQr(invoice.qrCode).get(4)).toBe((docs.priceHalalas / 100).toFixed(2));
    expect(decodeQr(invoice.qrCode).get(2)).toBe('310122393500013');

    // Paid in full online: nothing is left to take at the counter.
    const staff = await signInAs(t, (await sql(t, 'select u.phone_number from staff_members sm join users u on u.id = sm.user_id where sm.id = $1', [s.staffId]))[0].phone_number);
    const counter = await t.gql(RECORD, { input: { bookingId, parts: [{ method: 'CASH', amountHalalas: 100 }], idempotencyKey: randomUUID() } }, { token: staff });
    expect(counter.data.recordCounterPayment.errors[0].code).toBe('PAYMENT_EXCEEDS_BALANCE');

    clock.set(new Date('2026-12-01T08:00:00Z'));
    const manager = await signInAs(t, '+966500000101');
    const refunded = (await t.gql(REFUND, { input: { paymentId, amountHalalas: 1150 } }, { token: manager })).data.refundPayment;
    expect(refunded).toEqual({ payment: { status: 'PARTIALLY_REFUNDED', refundedHalalas: 1150 }, errors: [] });
    // The same refund reported again (a webhook, reconciliation) issues nothing more.
    const fetched = await fetch(`${sim.url}/v1/payments/${(await sql(t, 'select external_id from payments where id = $1', [paymentId]))[0].external_id}`, { headers: { authorization: `Basic ${Buffer.from('sk_test_abc:').toString('base64')}` } }).then((r) => r.json());
    const { applyReport } = await import('../src/modules/payments/apply-report');
    await applyReport(t.app, t.app.orm.em.fork() as never, fetched as never, { type: 'test.replay', payload: {} });

    // Two hours on, the customer signs in again.
    docs = (await t.gql(DOCS, { id: bookingId }, { token: await signInAs(t, customer.phone) })).data.booking;
    expect(docs.invoices.map((d: { kind: string; number: number; totalHalalas: number; vatHalalas: number; originalInvoice: unknown }) => [d.kind, d.number, d.totalHalalas, d.vatHalalas, d.originalInvoice]))
      .toEqual([['INVOICE', 1, docs.priceHalalas, invoice.vatHalalas, null], ['CREDIT_NOTE', 2, 1150, 150, { number: 1 }]]);
    expect(docs.invoices[1].issuedAt).toBe('2026-12-01T08:00:00.000Z');

    const rest = (await t.gql(REFUND, { input: { paymentId } }, { token: manager })).data.refundPayment;
    expect(rest.payment.status).toBe('REFUNDED');
    const notes = await sql(t, "select total_halalas from invoices where payment_id = $1 and kind = 'CREDIT_NOTE' order by number", [paymentId]);
    expect(notes.map((n) => n.total_halalas)).toEqual([1150, docs.priceHalalas - 1150]);
    const takings = (await t.gql(TAKINGS, { salonId: s.salonId, date: '2026-12-01' }, { token: manager })).data.salonTakings;
    expect(takings).toEqual({ onlineHalalas: docs.priceHalalas, counterHalalas: 0, refundsHalalas: docs.priceHalalas, netHalalas: 0 });
  });
});
