import type { EntityManager } from '@mikro-orm/postgresql';
import { runJobsOnce } from '../src/jobs';
import { enqueue } from '../src/modules/notifications/outbox';
import { NotificationEvent } from '../src/modules/notifications/notification.entity';
import { signInAs } from './auth';
import { book, newCustomer, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const RESCHEDULE = 'mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id } errors { code } } }';
const START = new Date('2026-12-01T06:00:00Z');

/** The outbox keeps one row per occurrence of an event: what was sent stays in the history. */
describe('notification history', () => {
  let t: TestServer;
  let s: Stage;
  const clock = testClock(START);
  const rows = (bookingId: string, event: string) =>
    sql(t, 'select id, recipient_id, status, next_attempt_at, sent_at from notifications where booking_id = $1 and event = $2 order by recipient_id, created_at, next_attempt_at', [bookingId, event]);
  const reschedule = async (token: string, bookingId: string, startsAt: string) =>
    expect((await t.gql(RESCHEDULE, { input: { bookingId, startsAt } }, { token })).data.rescheduleBooking.errors).toEqual([]);
  const sendAll = async () => {
    while ((await runJobsOnce(t.app)).notifications > 0);
  };

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
    s = await stage(t, 'Rose Touch Salon');
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    clock.set(START);
    await sql(t, 'delete from notifications; delete from booking_events; delete from bookings');
  });

  it('keeps every sent message when an event repeats: two reschedules, two messages to each person, both on record', async () => {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    await sendAll();
    await reschedule(customer.token, booking.id, '2026-12-10T09:00:00.000Z');
    await sendAll();
    const first = await rows(booking.id, 'RESCHEDULED');
    expect(first.map((r) => r.status)).toEqual(['SENT', 'SENT']);

    clock.advance(60_000);
    await reschedule(await signInAs(t, customer.phone), booking.id, '2026-12-10T11:00:00.000Z');
    await sendAll();
    const after = await rows(booking.id, 'RESCHEDULED');
    expect(after).toHaveLength(4);
    expect(after.map((r) => r.status)).toEqual(['SENT', 'SENT', 'SENT', 'SENT']);
    // The first sends are still there, untouched, and each row reached the provider once.
    for (const sent of first) expect(after).toContainEqual(sent);
    const delivered = t.logs.filter((l) => l.event === 'notification.console').map((l) => l.notificationId);
    expect(after.map((r) => delivered.filter((id) => id === r.id).length)).toEqual([1, 1, 1, 1]);
    expect(new Set(after.map((r) => r.sent_at.toISOString()))).toEqual(new Set([START.toISOString(), new Date(START.getTime() + 60_000).toISOString()]));
  });

  it('sends one message per occurrence: an unsent older one is superseded, the same occurrence written twice is one row', async () => {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    await reschedule(customer.token, booking.id, '2026-12-10T09:00:00.000Z');
    await reschedule(customer.token, booking.id, '2026-12-10T11:00:00.000Z');
    // Rendered at send time, both would say 11:00: the older one is skipped, not sent twice.
    expect((await rows(booking.id, 'RESCHEDULED')).map((r) => r.status).sort()).toEqual(['PENDING', 'PENDING', 'SKIPPED', 'SKIPPED']);

    const [{ id: occurrence }] = await sql(t, "select id from booking_events where booking_id = $1 and reason = 'rescheduled' order by created_at desc limit 1", [booking.id]);
    const parties = { bookingId: booking.id, customerId: customer.id, staffUserId: (await sql(t, "select id from users where phone_number = '+966500000003'"))[0].id, startsAt: new Date('2026-12-10T11:00:00.000Z') };
    await (t.app.orm.em.fork() as EntityManager).transactional((tx) => enqueue(tx, parties, NotificationEvent.RESCHEDULED, 'SMS', clock.now(), occurrence));
    expect((await rows(booking.id, 'RESCHEDULED')).map((r) => r.status).sort()).toEqual(['PENDING', 'PENDING', 'SKIPPED', 'SKIPPED']);
  });

  it('keeps a reminder that was sent when the booking moves, and keeps one reminder per start time', async () => {
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s, { startsAt: '2026-12-03T07:00:00.000Z' });
    clock.set(new Date('2026-12-02T07:00:00Z'));
    await sendAll();
    const reminders = async () => (await rows(booking.id, 'REMINDER_24H')).map((r) => [r.status, r.next_attempt_at.toISOString()]);
    expect(await reminders()).toEqual([['SENT', '2026-12-02T07:00:00.000Z']]);
    // The salon may move it this close to the start.
    const manager = await signInAs(t, '+966500000001');
    await reschedule(manager, booking.id, '2026-12-05T07:00:00.000Z');
    expect(await reminders()).toEqual([['SENT', '2026-12-02T07:00:00.000Z'], ['PENDING', '2026-12-04T07:00:00.000Z']]);
    await reschedule(manager, booking.id, '2026-12-06T07:00:00.000Z');
    expect(await reminders()).toEqual([['SENT', '2026-12-02T07:00:00.000Z'], ['SKIPPED', '2026-12-04T07:00:00.000Z'], ['PENDING', '2026-12-05T07:00:00.000Z']]);
    // Back to the 5th: its reminder is armed again rather than written twice.
    await reschedule(manager, booking.id, '2026-12-05T07:00:00.000Z');
    expect(await reminders()).toEqual([['SENT', '2026-12-02T07:00:00.000Z'], ['PENDING', '2026-12-04T07:00:00.000Z'], ['SKIPPED', '2026-12-05T07:00:00.000Z']]);
  });
});
