import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { issueDocument } from '../src/modules/invoices/issue';
import { InvoiceKind, PaymentMeans } from '../src/modules/invoices/invoice.entity';
import { vatOf } from '../src/modules/invoices/vat';
import { signInAs } from './auth';
import { insertBooking, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const FIGURES = `range { startDate endDate startsAt endsAt }
  revenue { grossHalalas refundsHalalas netHalalas vatHalalas onlineHalalas counterHalalas invoiceCount creditNoteCount }
  bookings { count byStatus { status count } noShowRate cancellationRate }
  utilisation { staffId staff { displayName } bookedMinutes availableMinutes rate }
  topServices { serviceId service { nameEn } bookingCount bookedHalalas }
  customers { newCustomers returningCustomers }`;
const REPORT = `query($salonId: ID!, $period: ReportPeriod!, $date: Date!, $to: Date) {
  salonReport(salonId: $salonId, period: $period, date: $date, to: $to) { salonId timeZone period current { ${FIGURES} } previous { ${FIGURES} } } }`;
const RECORD = 'mutation($input: RecordCounterPaymentInput!) { recordCounterPayment(input: $input) { counterPayment { id } errors { code } } }';
const REFUND = 'mutation($input: RefundCounterPaymentInput!) { refundCounterPayment(input: $input) { errors { code } } }';

/**
 * Reports against known fixtures: Rose Touch's first two stylists work 09:00–18:00 every day, the salon keeps no
 * opening hours or exceptions, and the weeks under test (January 2027) are far from the demo's bookings.
 */
describe('salon reports', () => {
  const clock = testClock(new Date('2026-12-09T06:30:00Z'));
  let t: TestServer;
  let s: Stage;
  let otherServiceId: string;
  let duration: number;
  let otherDuration: number;
  let price: number;
  let otherPrice: number;
  const customers: string[] = [];

  const report = async (token: string, variables: Record<string, unknown>) => t.gql(REPORT, { salonId: s.salonId, ...variables }, { token });
  const bookAt = (customer: string, status: string, startsAt: string, staffId = s.staffId, serviceId = s.serviceId) =>
    insertBooking(t, { ...s, serviceId }, customer, status, startsAt, staffId);

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
    await sql(t, 'delete from salon_opening_hours where salon_id = $1', [s.salonId]);
    await sql(t, 'delete from schedule_exceptions where salon_id = $1', [s.salonId]);
    // The demo stylists beyond the stage's two are out of the way of these figures.
    await sql(t, 'update staff_members set is_active = false where salon_id = $1 and id <> all($2)', [s.salonId, [s.staffId, s.otherStaffId]]);
    const [main] = await sql(t, 'select duration_minutes, price_halalas from services where id = $1', [s.serviceId]);
    [duration, price] = [main.duration_minutes, main.price_halalas];
    const [other] = await sql(t, 'select id, duration_minutes, price_halalas from services where salon_id = $1 and id <> $2 and is_active order by name_en limit 1', [s.salonId, s.serviceId]);
    [otherServiceId, otherDuration, otherPrice] = [other.id, other.duration_minutes, other.price_halalas];
    for (let i = 0; i < 3; i++) customers.push((await newCustomer(t)).id);
  });
  afterAll(() => t.stop());

  it("sums a week in Riyadh and the week before: money, statuses, rates, each stylist's time, top services, new and returning customers", async () => {
    const [c1, c2, c3] = customers;
    // c1 completed a visit before both weeks: a returning customer in each.
    await bookAt(c1, 'COMPLETED', '2026-12-20T07:00:00Z');
    // The week before (10–16 January): one visit, at 23:59 Riyadh on its last day.
    await bookAt(c1, 'COMPLETED', '2027-01-16T20:59:00Z');
    // The week of Sunday 17 January.
    await bookAt(c1, 'COMPLETED', '2027-01-17T07:00:00Z');
    const paidAtCounter = await bookAt(c2, 'COMPLETED', '2027-01-18T07:00:00Z');
    const paidOnline = await bookAt(c2, 'NO_SHOW', '2027-01-19T07:00:00Z', s.otherStaffId);
    await bookAt(c3, 'CANCELLED', '2027-01-20T07:00:00Z');
    await bookAt(c3, 'CONFIRMED', '2027-01-21T07:00:00Z', s.otherStaffId);
    const lapsed = await bookAt(c3, 'PENDING', '2027-01-22T07:00:00Z');
    await sql(t, "update bookings set hold_expires_at = '2027-01-15T07:00:00Z' where id = $1", [lapsed]);
    await bookAt(c2, 'COMPLETED', '2027-01-22T10:00:00Z', s.staffId, otherServiceId);
    // Midnight Riyadh that ends the week: the next week's.
    await bookAt(c1, 'CONFIRMED', '2027-01-23T21:00:00Z');
    // Three hours off for the first stylist on the Tuesday.
    await sql(t, "insert into time_off (id, created_at, updated_at, staff_id, starts_at, ends_at, reason) values (gen_random_uuid(), $2, $2, $1, '2027-01-19T06:00:00Z', '2027-01-19T09:00:00Z', 'Dentist')", [s.staffId, clock.now()]);

    // Money moves on its days: a split counter sale and a partial refund on the 18th, an online sale on the 19th.
    clock.set(new Date('2027-01-18T12:00:00Z'));
    const desk = await signInAs(t, '+966500000003');
    const recorded = (await t.gql(RECORD, { input: { bookingId: paidAtCounter, parts: [{ method: 'CASH', amountHalalas: price - 5000 }, { method: 'MADA', amountHalalas: 5000 }], idempotencyKey: randomUUID() } }, { token: desk })).data.recordCounterPayment;
    expect(recorded.errors).toEqual([]);
    const refunded = (await t.gql(REFUND, { input: { counterPaymentId: recorded.counterPayment.id, amountHalalas: 2300, method: 'CASH', reason: 'Late start' } }, { token: await signInAs(t, '+966500000001') })).data.refundCounterPayment;
    expect(refunded.errors).toEqual([]);
    clock.set(new Date('2027-01-19T12:00:00Z'));
    await (t.app.orm.em.fork() as EntityManager).transactional((tx) =>
      issueDocument(tx, { bookingId: paidOnline, kind: InvoiceKind.INVOICE, amountHalalas: price, at: clock.now(), means: [{ method: PaymentMeans.ONLINE, amountHalalas: price }] }));

    clock.set(new Date('2027-01-25T06:00:00Z'));
    const manager = await signInAs(t, '+966500000001');
    const res = await report(manager, { period: 'WEEK', date: '2027-01-20' });
    expect(res.errors).toBeUndefined();
    const r = res.data.salonReport;
    expect(r).toMatchObject({ salonId: s.salonId, timeZone: 'Asia/Riyadh', period: 'WEEK' });
    const { current, previous } = r;
    expect(current.range).toEqual({ startDate: '2027-01-17', endDate: '2027-01-23', startsAt: '2027-01-16T21:00:00.000Z', endsAt: '2027-01-23T21:00:00.000Z' });
    expect(previous.range).toEqual({ startDate: '2027-01-10', endDate: '2027-01-16', startsAt: '2027-01-09T21:00:00.000Z', endsAt: '2027-01-16T21:00:00.000Z' });

    expect(current.revenue).toEqual({
      grossHalalas: 2 * price, refundsHalalas: 2300, netHalalas: 2 * price - 2300, vatHalalas: 2 * vatOf(price) - vatOf(2300),
      onlineHalalas: price, counterHalalas: price, invoiceCount: 2, creditNoteCount: 1,
    });
    expect(previous.revenue).toMatchObject({ grossHalalas: 0, netHalalas: 0, vatHalalas: 0, invoiceCount: 0 });

    expect(current.bookings).toEqual({
      count: 7,
      byStatus: [{ status: 'CANCELLED', count: 1 }, { status: 'COMPLETED', count: 3 }, { status: 'CONFIRMED', count: 1 }, { status: 'EXPIRED', count: 1 }, { status: 'NO_SHOW', count: 1 }],
      noShowRate: 0.25,
      cancellationRate: 1 / 6,
    });
    expect(previous.bookings).toEqual({ count: 1, byStatus: [{ status: 'COMPLETED', count: 1 }], noShowRate: 0, cancellationRate: 0 });

    const byStaff = (f: any) => Object.fromEntries(f.utilisation.map((u: any) => [u.staffId, [u.bookedMinutes, u.availableMinutes, u.rate]]));
    // 7 days of 9 hours, less the 3 hours off for the first stylist.
    expect(byStaff(current)).toEqual({
      [s.staffId]: [2 * duration + otherDuration, 7 * 540 - 180, (2 * duration + otherDuration) / (7 * 540 - 180)],
      [s.otherStaffId]: [2 * duration, 7 * 540, (2 * duration) / (7 * 540)],
    });
    expect(byStaff(previous)).toEqual({ [s.staffId]: [duration, 7 * 540, duration / (7 * 540)], [s.otherStaffId]: [0, 7 * 540, 0] });
    expect(current.utilisation.every((u: any) => u.staff.displayName)).toBe(true);

    expect(current.topServices.map((x: any) => [x.serviceId, x.bookingCount, x.bookedHalalas])).toEqual([[s.serviceId, 4, 4 * price], [otherServiceId, 1, otherPrice]]);
    expect(current.topServices[0].service.nameEn).toBeTruthy();
    expect(current.customers).toEqual({ newCustomers: 2, returningCustomers: 1 });
    expect(previous.customers).toEqual({ newCustomers: 0, returningCustomers: 1 });
  });

  it('reads a day and a custom range across the spring DST change in a DST zone by its local midnights', async () => {
    await sql(t, "update salons set time_zone = 'Europe/Berlin' where id = $1", [s.salonId]);
    const [c1] = customers;
    // Berlin moves to summer time at 02:00 on Sunday 28 March 2027: that day is 23 hours long.
    await bookAt(c1, 'COMPLETED', '2027-03-27T22:30:00Z'); // 23:30 on the 27th (01:30 on the 28th in Riyadh)
    await bookAt(c1, 'COMPLETED', '2027-03-27T23:30:00Z'); // 00:30 on the 28th
    await bookAt(c1, 'COMPLETED', '2027-03-28T21:30:00Z'); // 23:30 on the 28th, summer time
    await bookAt(c1, 'COMPLETED', '2027-03-28T22:30:00Z'); // 00:30 on the 29th
    clock.set(new Date('2027-04-02T06:00:00Z'));
    const manager = await signInAs(t, '+966500000001');
    const day = (await report(manager, { period: 'DAY', date: '2027-03-28' })).data.salonReport;
    expect(day.timeZone).toBe('Europe/Berlin');
    expect(day.current.range).toEqual({ startDate: '2027-03-28', endDate: '2027-03-28', startsAt: '2027-03-27T23:00:00.000Z', endsAt: '2027-03-28T22:00:00.000Z' });
    expect(day.current.bookings.count).toBe(2);
    expect(day.previous.bookings.count).toBe(1);
    const first = (f: any) => f.utilisation.find((u: any) => u.staffId === s.staffId);
    // 09:00–18:00 local is still nine hours on the short day.
    expect(first(day.current)).toMatchObject({ bookedMinutes: 2 * duration, availableMinutes: 540 });

    const custom = (await report(manager, { period: 'CUSTOM', date: '2027-03-27', to: '2027-03-29' })).data.salonReport;
    expect(custom.current.range).toMatchObject({ startsAt: '2027-03-26T23:00:00.000Z', endsAt: '2027-03-29T22:00:00.000Z' });
    expect(custom.previous.range).toMatchObject({ startDate: '2027-03-24', endDate: '2027-03-26' });
    expect(custom.current.bookings.count).toBe(4);
    expect(first(custom.current)).toMatchObject({ bookedMinutes: 4 * duration, availableMinutes: 3 * 540 });
    await sql(t, "update salons set time_zone = 'Asia/Riyadh' where id = $1", [s.salonId]);
  });

  it("refuses another salon's manager, the receptionist, a stylist and strangers; an unknown salon reads as forbidden", async () => {
    const week = { period: 'WEEK', date: '2027-01-20' };
    for (const phone of ['+966500000101', '+966500000004', '+966500000003']) {
      const res = await report(await signInAs(t, phone), week);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    expect((await t.gql(REPORT, { salonId: s.salonId, ...week })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const manager = await signInAs(t, '+966500000001');
    for (const salonId of [randomUUID(), 'not-an-id']) expect((await t.gql(REPORT, { salonId, ...week }, { token: manager })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The salon's second manager reads it too.
    expect((await report(await signInAs(t, '+966500000005'), week)).data.salonReport.current.bookings.count).toBe(7);
  });

  it('refuses a custom range without an end, running backwards or over a year, and an end on a fixed period, as bad input', async () => {
    const manager = await signInAs(t, '+966500000001');
    for (const bad of [
      { period: 'CUSTOM', date: '2027-01-01' },
      { period: 'CUSTOM', date: '2027-01-10', to: '2027-01-09' },
      { period: 'CUSTOM', date: '2027-01-01', to: '2028-01-02' },
      { period: 'MONTH', date: '2027-01-01', to: '2027-01-31' },
    ]) {
      const res = await report(manager, bad);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'to' });
    }
    expect((await report(manager, { period: 'DAY', date: '2027-02-30' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await report(manager, { period: 'YEAR', date: '2027-02-01' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
