import type { EntityManager } from '@mikro-orm/postgresql';
import { BusinessError, UserErrorCode } from '../src/graphql/errors';
import { runJobsOnce } from '../src/jobs';
import { confirmPaidBooking } from '../src/modules/bookings/manage-booking';
import type { BookingPaymentHooks, BookingStatusChange } from '../src/modules/bookings/payment-hooks';
import { createPaymentHooks } from '../src/modules/payments/booking-hooks';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const START = new Date('2026-12-01T06:00:00Z');
const action = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { booking { id status version } errors { code field } } }`;

describe('holds, the payments seam and optimistic versions', () => {
  let t: TestServer;
  let s: Stage;
  const clock = testClock(START);
  const changes: (BookingStatusChange & { inTransaction: boolean })[] = [];
  let refuseCancellation = false;
  // Stands in for the payments module: records what it is told and can refuse, as a gateway outage would.
  const hooks: BookingPaymentHooks = {
    prepare: createPaymentHooks({ feeAuthorisationValidDays: 7 }).prepare,
    async onStatusChange(tx, change) {
      changes.push({ ...change, inTransaction: tx.isInTransaction() });
      if (refuseCancellation && change.to === 'CANCELLED') throw new BusinessError(UserErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, 'test.gatewayDown');
    },
  };
  const setPolicy = (policy: { requiresPrepayment: boolean; autoConfirm: boolean }) =>
    sql(t, 'update salons set requires_prepayment = $2, auto_confirm = $3 where id = $1', [s.salonId, policy.requiresPrepayment, policy.autoConfirm]);
  const em = () => t.app.orm.em.fork() as EntityManager;
  const notifications = (bookingId: string) => sql(t, 'select event, status, next_attempt_at from notifications where booking_id = $1 order by event, recipient_id', [bookingId]);

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now, bookingPaymentHooks: hooks } });
    s = await stage(t, 'Rose Touch Salon');
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    clock.set(START);
    changes.length = 0;
    refuseCancellation = false;
    await sql(t, 'delete from notifications; delete from booking_events; delete from bookings');
    await setPolicy({ requiresPrepayment: false, autoConfirm: true });
  });

  it('tells payments of every status change, inside the transaction that makes it', async () => {
    const customer = await newCustomer(t);
    const cancelled = await book(t, customer.token, s);
    await t.gql(action('cancelBooking'), { input: { bookingId: cancelled.booking.id } }, { token: customer.token });
    const completed = await book(t, customer.token, s, { startsAt: '2026-12-10T09:00:00.000Z' });
    clock.set(new Date('2026-12-10T09:30:00Z'));
    await t.gql(action('completeBooking'), { input: { bookingId: completed.booking.id } }, { token: await signInAs(t, '+966500000003') });
    const [{ id: stylistId }] = await sql(t, "select id from users where phone_number = '+966500000003'");
    expect(changes).toEqual([
      { bookingId: cancelled.booking.id, from: 'CONFIRMED', to: 'CANCELLED', by: 'customer', actorId: customer.id, at: START, inTransaction: true },
      { bookingId: completed.booking.id, from: 'CONFIRMED', to: 'COMPLETED', by: 'salon', actorId: stylistId, at: new Date('2026-12-10T09:30:00Z'), inTransaction: true },
    ]);
  });

  it('leaves the booking as it was when payments refuse the change', async () => {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    refuseCancellation = true;
    const res = await t.gql(action('cancelBooking'), { input: { bookingId: booking.id } }, { token: customer.token });
    expect(res.data.cancelBooking).toEqual({ booking: null, errors: [{ code: 'PAYMENT_PROVIDER_UNAVAILABLE', field: null }] });
    expect((await sql(t, 'select status, version, cancelled_at from bookings where id = $1', [booking.id]))[0]).toEqual({ status: 'CONFIRMED', version: 1, cancelled_at: null });
    expect((await notifications(booking.id)).map((n) => n.event)).not.toContain('CANCELLED');
    expect((await sql(t, 'select count(*)::int as n from booking_events where booking_id = $1', [booking.id]))[0].n).toBe(1);
  });

  it('holds a prepayment booking quietly; once paid it is confirmed and announced, with reminders', async () => {
    await setPolicy({ requiresPrepayment: true, autoConfirm: true });
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    expect(booking.status).toBe('PENDING');
    expect(await notifications(booking.id)).toEqual([]);
    clock.advance(5 * 60_000);
    const paid = await confirmPaidBooking(t.app, em(), booking.id);
    expect(paid).toMatchObject({ status: 'CONFIRMED', holdExpiresAt: null });
    expect((await notifications(booking.id)).map((n) => n.event)).toEqual(['BOOKING_CREATED', 'BOOKING_CREATED', 'REMINDER_24H', 'REMINDER_2H']);
    expect(changes).toEqual([{ bookingId: booking.id, from: 'PENDING', to: 'CONFIRMED', by: 'system', actorId: null, at: new Date(START.getTime() + 5 * 60_000), inTransaction: true }]);
    // The hold is over: it no longer lapses.
    clock.advance(60 * 60_000);
    expect((await runJobsOnce(t.app)).expiredHolds).toBe(0);
    expect((await sql(t, 'select status from bookings where id = $1', [booking.id]))[0].status).toBe('CONFIRMED');
  });

  it('keeps a paid booking waiting for the salon when it does not auto-confirm', async () => {
    await setPolicy({ requiresPrepayment: true, autoConfirm: false });
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    const paid = await confirmPaidBooking(t.app, em(), booking.id);
    expect(paid).toMatchObject({ status: 'PENDING', holdExpiresAt: null });
    expect((await notifications(booking.id)).map((n) => n.event)).toEqual(['BOOKING_CREATED', 'BOOKING_CREATED']);
    const events = await sql(t, 'select from_status, to_status, reason from booking_events where booking_id = $1 order by created_at', [booking.id]);
    expect(events.map((e) => e.reason)).toEqual(['created, awaiting payment', 'prepayment received']);
  });

  it('refuses a payment for a hold that lapsed, so payments refund it; the sweeper tells payments of the expiry', async () => {
    await setPolicy({ requiresPrepayment: true, autoConfirm: true });
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    clock.advance(10 * 60_000);
    await expect(confirmPaidBooking(t.app, em(), booking.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION', paramKeys: { status: 'bookings.status.EXPIRED' } });
    expect((await runJobsOnce(t.app)).expiredHolds).toBe(1);
    expect(changes).toEqual([{ bookingId: booking.id, from: 'PENDING', to: 'EXPIRED', by: 'system', actorId: null, at: new Date(START.getTime() + 10 * 60_000), inTransaction: true }]);
    expect((await sql(t, 'select status, hold_expires_at, version from bookings where id = $1', [booking.id]))[0]).toEqual({ status: 'EXPIRED', hold_expires_at: null, version: 2 });
  });

  it('does not let a customer\'s own lapsed hold stand in the way of their next booking', async () => {
    await setPolicy({ requiresPrepayment: true, autoConfirm: true });
    const customer = await newCustomer(t);
    const first = await book(t, customer.token, s);
    expect((await book(t, customer.token, s, { staffId: s.otherStaffId })).errors[0].code).toBe('CUSTOMER_OVERLAP');
    clock.advance(10 * 60_000 + 1);
    const second = await book(t, customer.token, s, { staffId: s.otherStaffId });
    expect(second.errors).toEqual([]);
    expect((await sql(t, 'select status from bookings where id = $1', [first.booking.id]))[0].status).toBe('EXPIRED');
  });

  it('acts only on the version the caller saw when they send one', async () => {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    const staff = await signInAs(t, '+966500000003');
    const moved = await t.gql(action('rescheduleBooking'), { input: { bookingId: booking.id, startsAt: '2026-12-10T09:00:00.000Z', expectedVersion: 1 } }, { token: staff });
    expect(moved.data.rescheduleBooking.booking.version).toBe(2);
    const stale = await t.gql(action('cancelBooking'), { input: { bookingId: booking.id, reason: 'Closed', expectedVersion: 1 } }, { token: staff });
    expect(stale.data.cancelBooking).toEqual({ booking: null, errors: [{ code: 'BOOKING_CHANGED', field: ['input', 'expectedVersion'] }] });
    const fresh = await t.gql(action('cancelBooking'), { input: { bookingId: booking.id, reason: 'Closed', expectedVersion: 2 } }, { token: staff });
    expect(fresh.data.cancelBooking.booking).toMatchObject({ status: 'CANCELLED', version: 3 });
  });

  it('moves reminders with a booking (the old ones stay on record as SKIPPED), and drops a reminder whose moment has passed', async () => {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    const reminders = async () => (await notifications(booking.id)).filter((n) => n.event.startsWith('REMINDER')).map((n) => [n.event, n.status, n.next_attempt_at.toISOString()]).sort();
    expect(await reminders()).toEqual([['REMINDER_24H', 'PENDING', '2026-12-09T07:00:00.000Z'], ['REMINDER_2H', 'PENDING', '2026-12-10T05:00:00.000Z']]);
    clock.set(new Date('2026-12-09T06:00:00Z'));
    const token = await signInAs(t, customer.phone);
    // Moved to this afternoon: "tomorrow" would be wrong, the 2-hour reminder moves along.
    await t.gql(action('rescheduleBooking'), { input: { bookingId: booking.id, startsAt: '2026-12-09T13:00:00.000Z' } }, { token });
    expect(await reminders()).toEqual([
      ['REMINDER_24H', 'SKIPPED', '2026-12-09T07:00:00.000Z'], ['REMINDER_2H', 'PENDING', '2026-12-09T11:00:00.000Z'], ['REMINDER_2H', 'SKIPPED', '2026-12-10T05:00:00.000Z'],
    ]);
    await t.gql(action('rescheduleBooking'), { input: { bookingId: booking.id, startsAt: '2026-12-12T07:00:00.000Z' } }, { token });
    expect(await reminders()).toEqual([
      ['REMINDER_24H', 'PENDING', '2026-12-11T07:00:00.000Z'], ['REMINDER_24H', 'SKIPPED', '2026-12-09T07:00:00.000Z'],
      ['REMINDER_2H', 'PENDING', '2026-12-12T05:00:00.000Z'], ['REMINDER_2H', 'SKIPPED', '2026-12-09T11:00:00.000Z'], ['REMINDER_2H', 'SKIPPED', '2026-12-10T05:00:00.000Z'],
    ]);
  });
});
