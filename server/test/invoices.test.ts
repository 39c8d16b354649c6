import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { issueDocument } from '../src/modules/invoices/issue';
import { InvoiceKind, PaymentMeans } from '../src/modules/invoices/invoice.entity';
import { decodeQr } from '../src/modules/invoices/zatca-qr';
import { signInAs } from './auth';
import { insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';
import { localDigits } from '../src/i18n/messages';

const DOC = 'id kind number reference issuedAt sellerNameAr sellerNameEn vatNumber totalHalalas vatHalalas currency qrCode reason lines { descriptionEn quantity totalHalalas vatHalalas } paymentMeans { method amountHalalas } originalInvoice { id reference }';
const TAX = 'mutation($input: UpdateSalonTaxDetailsInput!) { updateSalonTaxDetails(input: $input) { taxDetails { vatNumber legalNameAr legalNameEn } errors { code field message } } }';
const RECORD = `mutation($input: RecordCounterPaymentInput!) { recordCounterPayment(input: $input) { counterPayment { id totalHalalas parts { method amountHalalas } refundedHalalas } invoice { ${DOC} } errors { code field message } } }`;
const REFUND = `mutation($input: RefundCounterPaymentInput!) { refundCounterPayment(input: $input) { counterPayment { id refundedHalalas } creditNote { ${DOC} } errors { code field message } } }`;
const TAKINGS = 'query($salonId: ID!, $date: Date!) { salonTakings(salonId: $salonId, date: $date) { date onlineHalalas counterHalalas refundsHalalas netHalalas vatHalalas invoiceCount creditNoteCount byMeans { method takenHalalas refundedHalalas } } }';
const MY_BOOKING = `query($id: ID!) { booking(id: $id) { invoices { ${DOC} } counterPayments { totalHalalas } } }`;

describe('VAT invoices, counter payments and the day\'s takings', () => {
  const clock = testClock(new Date('2026-12-09T06:30:00Z'));
  let t: TestServer;
  let s: Stage;
  let manager: string;
  let staff: string;
  let customer: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    manager = await signInAs(t, '+966500000001');
    staff = await signInAs(t, '+966500000003');
    customer = await newCustomer(t);
  });
  afterAll(() => t.stop());

  const record = (token: string, bookingId: string, parts: { method: string; amountHalalas: number }[], key = randomUUID()) =>
    t.gql(RECORD, { input: { bookingId, parts, idempotencyKey: key } }, { token, headers: { 'accept-language': 'en' } });
  const price = async (id: string) => (await sql(t, 'select price_halalas from bookings where id = $1', [id]))[0].price_halalas as number;
  // The staged service is whichever two stylists share, so the line is checked against the booking's own.
  const serviceName = async (id: string) => (await sql(t, 'select sv.name_en from bookings b join services sv on sv.id = b.service_id where b.id = $1', [id]))[0].name_en as string;
  let day = 10;
  const confirmed = async () => insertBooking(t, s, customer.id, 'CONFIRMED', `2026-12-${day++}T07:00:00.000Z`);

  it('lets the manager set the tax details (Arabic-Indic digits read, bad numbers refused by field); staff may not', async () => {
    const ok = await t.gql(TAX, { input: { salonId: s.salonId, vatNumber: '٣١٠ ١٢٢ ٣٩٣ ٥٠٠ ٠٠٣', legalNameAr: ' مؤسسة  لمسة الورد ', legalNameEn: 'Rose Touch Est.' } }, { token: manager });
    expect(ok.data.updateSalonTaxDetails).toEqual({ taxDetails: { vatNumber: '310122393500003', legalNameAr: 'مؤسسة لمسة الورد', legalNameEn: 'Rose Touch Est.' }, errors: [] });
    for (const vatNumber of ['210122393500003', '31012239350000', '3101223935000031', 'abc']) {
      const bad = await t.gql(TAX, { input: { salonId: s.salonId, vatNumber, legalNameAr: 'x', legalNameEn: 'x' } }, { token: manager, headers: { 'accept-language': 'en' } });
      expect(bad.data.updateSalonTaxDetails.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'vatNumber'], message: expect.stringContaining('١٥ رقمًا') }]);
    }
    const empty = await t.gql(TAX, { input: { salonId: s.salonId, vatNumber: '310122393500003', legalNameAr: '  ', legalNameEn: 'x' } }, { token: manager });
    expect(empty.data.updateSalonTaxDetails.errors[0].field).toEqual(['input', 'legalNameAr']);
    const denied = await t.gql(TAX, { input: { salonId: s.salonId, vatNumber: '310122393500003', legalNameAr: 'x', legalNameEn: 'x' } }, { token: staff });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const read = await t.gql('query($id: ID!) { salon(id: $id) { taxDetails { vatNumber } } }', { id: s.salonId }, { token: manager });
    expect(read.data.salon.taxDetails).toEqual({ vatNumber: '310122393500003' });
  });

  it('records a split counter payment with its simplified tax invoice: number, seller, VAT, lines, means and a QR that decodes to them', async () => {
    const id = await confirmed();
    const total = await price(id);
    const res = await record(staff, id, [{ method: 'CASH', amountHalalas: total - 5000 }, { method: 'MADA', amountHalalas: 5000 }]);
    expect(res.data.recordCounterPayment.errors).toEqual([]);
    const { counterPayment, invoice } = res.data.recordCounterPayment;
    expect(counterPayment).toMatchObject({ totalHalalas: total, refundedHalalas: 0 });
    const vat = total - Math.round(total / 1.15);
    expect(invoice).toMatchObject({
      kind: 'INVOICE', issuedAt: '2026-12-09T06:30:00.000Z', sellerNameAr: 'مؤسسة لمسة الورد', sellerNameEn: 'Rose Touch Est.', vatNumber: '310122393500003',
      totalHalalas: total, vatHalalas: vat, currency: 'SAR', originalInvoice: null,
      lines: [{ descriptionEn: await serviceName(id), quantity: 1, totalHalalas: total, vatHalalas: vat }],
      paymentMeans: [{ method: 'CASH', amountHalalas: total - 5000 }, { method: 'MADA', amountHalalas: 5000 }],
    });
    expect(invoice.reference).toBe(`INV-${String(invoice.number).padStart(6, '0')}`);
    const riyal = (h: number) => (h / 100).toFixed(2);
    expect(Object.fromEntries(decodeQr(invoice.qrCode))).toEqual({ 1: 'مؤسسة لمسة الورد', 2: '310122393500003', 3: '2026-12-09T06:30:00Z', 4: riyal(total), 5: riyal(vat) });
    // The customer sees it in their booking; nobody else does.
    const mine = await t.gql(MY_BOOKING, { id }, { token: customer.token });
    expect(mine.data.booking.invoices.map((i: { id: string }) => i.id)).toEqual([invoice.id]);
    const other = await newCustomer(t);
    expect((await t.gql(`query($id: ID!) { invoice(id: $id) { ${DOC} } }`, { id: invoice.id }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql('query($id: ID!) { invoice(id: $id) { number } }', { id: invoice.id }, { token: customer.token })).data.invoice.number).toBe(invoice.number);
  });

  it('refuses more than is left, bad parts, a booking that is not payable, a reused key, and customers; a replay returns the same payment', async () => {
    const id = await confirmed();
    const total = await price(id);
    const key = randomUUID();
    const first = await record(staff, id, [{ method: 'CARD', amountHalalas: 1000 }], key);
    const again = await record(staff, id, [{ method: 'CARD', amountHalalas: 1000 }], key);
    expect(again.data.recordCounterPayment.invoice.number).toBe(first.data.recordCounterPayment.invoice.number);
    expect((await record(staff, id, [{ method: 'CASH', amountHalalas: 1000 }], key)).data.recordCounterPayment.errors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    const over = await record(staff, id, [{ method: 'CASH', amountHalalas: total - 999 }]);
    expect(over.data.recordCounterPayment.errors).toEqual([{ code: 'PAYMENT_EXCEEDS_BALANCE', field: ['input', 'parts'], message: expect.stringContaining(`المتبقي للدفع على هذا الحجز ${localDigits('ar', String(total - 1000))} هللة كحد أقصى.`) }]);
    for (const parts of [[], [{ method: 'CASH', amountHalalas: 0 }], [{ method: 'CASH', amountHalalas: 1 }, { method: 'CASH', amountHalalas: 1 }]]) {
      expect((await record(staff, id, parts)).data.recordCounterPayment.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'parts'] });
    }
    const cancelled = await insertBooking(t, s, customer.id, 'CANCELLED', `2026-12-${day++}T07:00:00.000Z`);
    expect((await record(staff, cancelled, [{ method: 'CASH', amountHalalas: 100 }])).data.recordCounterPayment.errors[0].code).toBe('PAYMENT_NOT_ALLOWED');
    expect((await record(customer.token, id, [{ method: 'CASH', amountHalalas: 100 }])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The receptionist takes money at the desk too, but gives none back and sees no takings.
    const desk = await signInAs(t, '+966500000004');
    const taken = (await record(desk, id, [{ method: 'CASH', amountHalalas: 100 }])).data.recordCounterPayment;
    expect(taken.errors).toEqual([]);
    expect((await t.gql('query($id: ID!) { invoice(id: $id) { number } }', { id: taken.invoice.id }, { token: desk })).data.invoice.number).toBe(taken.invoice.number);
    const deskRefund = await t.gql(REFUND, { input: { counterPaymentId: taken.counterPayment.id, amountHalalas: 100, method: 'CASH', reason: 'x' } }, { token: desk });
    expect(deskRefund.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(TAKINGS, { salonId: s.salonId, date: '2026-12-09' }, { token: desk })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await sql(t, 'select count(*)::int as n from counter_payments where booking_id = $1', [id]))[0].n).toBe(2);
  });

  it('gives counter money back with a credit note that refers to the invoice, never more than was paid; managers only', async () => {
    const id = await confirmed();
    const total = await price(id);
    const paid = (await record(staff, id, [{ method: 'CASH', amountHalalas: total }])).data.recordCounterPayment;
    const input = { counterPaymentId: paid.counterPayment.id, amountHalalas: 2300, method: 'CASH', reason: 'Service cut short' };
    expect((await t.gql(REFUND, { input }, { token: staff })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const res = (await t.gql(REFUND, { input }, { token: manager })).data.refundCounterPayment;
    expect(res.errors).toEqual([]);
    expect(res.counterPayment.refundedHalalas).toBe(2300);
    expect(res.creditNote).toMatchObject({
      kind: 'CREDIT_NOTE', number: paid.invoice.number + 1, totalHalalas: 2300, vatHalalas: 300, reason: 'Service cut short',
      originalInvoice: { id: paid.invoice.id, reference: paid.invoice.reference }, paymentMeans: [{ method: 'CASH', amountHalalas: 2300 }],
    });
    expect(res.creditNote.reference).toMatch(/^CN-/);
    const [audit] = await sql(t, "select action, actor_role, target_type, details from audit_log where target_id = $1", [paid.counterPayment.id]);
    expect(audit).toMatchObject({ action: 'REFUND', actor_role: 'MANAGER', target_type: 'COUNTER_PAYMENT', details: { amountHalalas: 2300, method: 'CASH', creditNoteNumber: res.creditNote.number } });
    const over = (await t.gql(REFUND, { input: { ...input, amountHalalas: total } }, { token: manager })).data.refundCounterPayment;
    expect(over.errors[0]).toMatchObject({ code: 'REFUND_EXCEEDS_BALANCE', field: ['input', 'amountHalalas'] });
    // Refunded money is owed again: the booking's balance grew back by 2300.
    expect((await record(staff, id, [{ method: 'MADA', amountHalalas: 2300 }])).data.recordCounterPayment.errors).toEqual([]);
  });

  it('keeps documents and the counter ledger immutable: UPDATE and DELETE are refused by the database', async () => {
    const [doc] = await sql(t, 'select id from invoices limit 1');
    await expect(sql(t, 'update invoices set total_halalas = 1 where id = $1', [doc.id])).rejects.toThrow(/immutable/);
    await expect(sql(t, 'delete from invoices where id = $1', [doc.id])).rejects.toThrow(/immutable/);
    await expect(sql(t, 'truncate invoices cascade')).rejects.toThrow(/immutable/);
    await expect(sql(t, 'update counter_payments set total_halalas = 1')).rejects.toThrow(/immutable/);
    await expect(sql(t, 'delete from counter_refunds')).rejects.toThrow(/immutable/);
  });

  it('takes a number back when the sale rolls back, so the series stays without gaps, and chains every document to the previous one', async () => {
    const id = await confirmed();
    const em = t.app.orm.em.fork() as EntityManager;
    const draft = { bookingId: id, kind: InvoiceKind.INVOICE, amountHalalas: 100, at: clock.now(), means: [{ method: PaymentMeans.CASH, amountHalalas: 100 }] };
    await expect(em.transactional(async (tx) => {
      await issueDocument(tx, draft);
      throw new Error('the sale failed after its invoice was numbered');
    })).rejects.toThrow(/sale failed/);
    await record(staff, id, [{ method: 'CASH', amountHalalas: 100 }]);
    const docs = await sql(t, 'select number, hash, previous_hash from invoices where salon_id = $1 order by number', [s.salonId]);
    expect(docs.map((d) => d.number)).toEqual(docs.map((_, i) => i + 1));
    docs.slice(1).forEach((d, i) => expect(d.previous_hash).toBe(docs[i].hash));
    expect(docs[0].previous_hash).toBeNull();
  });

  it("adds up the day's takings: counter by means, minus refunds, net and VAT; managers only; the list pages through every document", async () => {
    const takings = (await t.gql(TAKINGS, { salonId: s.salonId, date: '2026-12-09' }, { token: manager })).data.salonTakings;
    const [sums] = await sql(t, `select sum(total_halalas) filter (where kind = 'INVOICE')::int as sold, sum(total_halalas) filter (where kind = 'CREDIT_NOTE')::int as back,
      count(*) filter (where kind = 'INVOICE')::int as invoices, count(*) filter (where kind = 'CREDIT_NOTE')::int as notes from invoices where salon_id = $1`, [s.salonId]);
    const [counter] = await sql(t, "select sum(total_halalas)::int as taken from counter_payments where salon_id = $1", [s.salonId]);
    const [refunds] = await sql(t, 'select sum(r.amount_halalas)::int as back from counter_refunds r join counter_payments p on p.id = r.counter_payment_id where p.salon_id = $1', [s.salonId]);
    expect(takings).toMatchObject({ date: '2026-12-09', onlineHalalas: 0, counterHalalas: counter.taken, refundsHalalas: refunds.back, netHalalas: counter.taken - refunds.back, invoiceCount: sums.invoices, creditNoteCount: sums.notes });
    expect(counter.taken).toBe(sums.sold);
    expect(takings.byMeans.reduce((n: number, m: { takenHalalas: number }) => n + m.takenHalalas, 0)).toBe(sums.sold);
    expect(takings.byMeans.find((m: { method: string }) => m.method === 'CASH').refundedHalalas).toBe(2300);
    const nextDay = (await t.gql(TAKINGS, { salonId: s.salonId, date: '2026-12-10' }, { token: manager })).data.salonTakings;
    expect([nextDay.netHalalas, nextDay.invoiceCount]).toEqual([0, 0]);
    expect((await t.gql(TAKINGS, { salonId: s.salonId, date: '2026-12-09' }, { token: staff })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const LIST = 'query($salonId: ID!, $after: String) { salonInvoices(salonId: $salonId, first: 2, after: $after) { edges { node { number } } pageInfo { hasNextPage endCursor } } }';
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: any = (await t.gql(LIST, { salonId: s.salonId, after }, { token: manager })).data.salonInvoices;
      seen.push(...page.edges.map((e: { node: { number: number } }) => e.node.number));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(Array.from({ length: sums.invoices + sums.notes }, (_, i) => sums.invoices + sums.notes - i));
    expect((await t.gql(LIST, { salonId: s.salonId, after: 'WzBd' }, { token: manager })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('still invoices a sale of a salon without tax details: the salon\'s names, no VAT number, an empty QR field; the manager sees none set', async () => {
    await sql(t, 'delete from salon_tax_details where salon_id = $1', [s.salonId]);
    const id = await confirmed();
    const { invoice, errors } = (await record(staff, id, [{ method: 'CARD', amountHalalas: 6900 }])).data.recordCounterPayment;
    expect(errors).toEqual([]);
    expect(invoice).toMatchObject({ sellerNameAr: 'صالون لمسة الورد', sellerNameEn: 'Rose Touch Salon', vatNumber: null, totalHalalas: 6900, vatHalalas: 900 });
    expect(Object.fromEntries(decodeQr(invoice.qrCode))).toMatchObject({ 1: 'صالون لمسة الورد', 2: '', 4: '69.00', 5: '9.00' });
    const read = await t.gql('query($id: ID!) { salon(id: $id) { taxDetails { vatNumber } } }', { id: s.salonId }, { token: manager });
    expect(read.data.salon.taxDetails).toBeNull();
  });
});
