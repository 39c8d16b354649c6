import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { runJobsOnce } from '../src/jobs';
import { book, newCustomer, stage } from './booking-fixtures';
import { startHttpFake, testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { serverDir } from './process';
import { sql } from './sql';

describe('notifications through the outbox', () => {
  let t: TestServer;
  let fake: Awaited<ReturnType<typeof startHttpFake>>;
  let failNext = 0;
  const clock = testClock(new Date('2026-12-01T06:00:00Z'));
  beforeAll(async () => {
    fake = await startHttpFake((req) => {
      if (req.path !== '/api/v2/send-sms') return { status: 404 };
      if (failNext > 0) {
        failNext -= 1;
        return { status: 503, body: { message: 'busy' } };
      }
      return { status: 200, body: { success: true, data: { id: `msg-${fake.requests.length}` } } };
    });
    t = await startTestServer({
      seedDemo: true,
      overrides: { now: clock.now },
      env: { NOTIFICATION_PROVIDER: 'authentica', AUTHENTICA_BASE_URL: fake.url, AUTHENTICA_API_KEY: 'key', AUTHENTICA_SENDER_NAME: 'Salon', NOTIFICATION_MAX_ATTEMPTS: '3' },
    });
  });
  afterAll(async () => {
    await t.stop();
    await fake.stop();
  });
  beforeEach(async () => {
    fake.requests.length = 0;
    // Emptying the calendar frees every demo slot, which would hand the demo waitlist offers (messages of their own):
    // these tests count the messages of their own bookings only.
    await sql(t, "delete from waitlist_offers; update waitlist_entries set status = 'CLOSED'; delete from notifications; delete from booking_events; delete from bookings");
  });

  it('writes the rows with the booking and sends each once, in the recipient\'s language, with the salon\'s local time', async () => {
    const s = await stage(t, 'Rose Touch Salon');
    const customer = await newCustomer(t);
    await sql(t, "update users set preferred_language = 'EN' where id = $1", [customer.id]);
    const { booking } = await book(t, customer.token, s);
    const rows = await sql(t, 'select event, status from notifications where booking_id = $1 order by event', [booking.id]);
    expect(rows.map((r) => r.event)).toEqual(['BOOKING_CREATED', 'BOOKING_CREATED', 'REMINDER_24H', 'REMINDER_2H']);

    await runJobsOnce(t.app);
    await runJobsOnce(t.app);
    expect(fake.requests).toHaveLength(2);
    const toCustomer = fake.requests.find((r) => r.body.phone === customer.phone)!;
    expect(toCustomer.headers['x-authorization']).toBe('key');
    expect(toCustomer.body.sender_name).toBe('Salon');
    // 07:00Z is 10:00 in Riyadh.
    expect(toCustomer.body.message).toMatch(/Rose Touch Salon.*10:00.*confirmed/);
    const toStaff = fake.requests.find((r) => r.body.phone === '+966500000003')!;
    expect(toStaff.body.message).toContain('حجز جديد');

    clock.set(new Date(new Date(s.startsAt).getTime() - 24 * 3_600_000));
    await runJobsOnce(t.app);
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests[2].body.message).toMatch(/reminder/i);
    clock.set(new Date('2026-12-01T06:00:00Z'));
  });

  it('retries with backoff and gives up after the configured attempts', async () => {
    const s = await stage(t, 'Rose Touch Salon');
    const customer = await newCustomer(t);
    await sql(t, "update salons set auto_confirm = false where id = $1", [s.salonId]);
    const { booking } = await book(t, customer.token, s);
    await sql(t, "delete from notifications where booking_id = $1 and recipient_id <> $2", [booking.id, customer.id]);
    failNext = 10;
    await runJobsOnce(t.app);
    let [row] = await sql(t, 'select status, attempts, next_attempt_at, last_error from notifications where booking_id = $1', [booking.id]);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(new Date(row.next_attempt_at).getTime() - clock.now().getTime()).toBe(30_000);
    clock.advance(30_000);
    await runJobsOnce(t.app);
    [row] = await sql(t, 'select status, attempts, next_attempt_at from notifications where booking_id = $1', [booking.id]);
    expect(new Date(row.next_attempt_at).getTime() - clock.now().getTime()).toBe(60_000);
    clock.advance(60_000);
    await runJobsOnce(t.app);
    [row] = await sql(t, 'select status, attempts, last_error from notifications where booking_id = $1', [booking.id]);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(row.last_error).toMatch(/503/);
    failNext = 0;
    await sql(t, "update salons set auto_confirm = true where id = $1", [s.salonId]);
    clock.set(new Date('2026-12-01T06:00:00Z'));
  });

  it('skips reminders of a booking that was cancelled', async () => {
    const s = await stage(t, 'Rose Touch Salon');
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    await sql(t, "update bookings set status = 'CANCELLED' where id = $1", [booking.id]);
    await sql(t, "delete from notifications where booking_id = $1 and event not like 'REMINDER%'", [booking.id]);
    clock.set(new Date(s.startsAt));
    await runJobsOnce(t.app);
    const rows = await sql(t, 'select status from notifications where booking_id = $1', [booking.id]);
    expect(rows.map((r) => r.status)).toEqual(['SKIPPED', 'SKIPPED']);
    expect(fake.requests).toHaveLength(0);
    clock.set(new Date('2026-12-01T06:00:00Z'));
  });
});

describe('crash safety of the standalone worker', () => {
  let t: TestServer;
  let fake: Awaited<ReturnType<typeof startHttpFake>>;
  beforeAll(async () => {
    // A provider that takes 150 ms per message, so a kill lands while messages are in flight.
    fake = await startHttpFake(() => ({ status: 200, body: { success: true }, delayMs: 150 }));
    t = await startTestServer({ seedDemo: true });
  });
  afterAll(async () => {
    await t.stop();
    await fake.stop();
  });

  const LANES = 4;
  const spawnWorker = (): ChildProcess =>
    spawn(process.execPath, ['-r', '@swc-node/register', 'src/worker.ts'], {
      cwd: serverDir,
      env: {
        ...process.env, DATABASE_URL: t.databaseUrl, NOTIFICATION_PROVIDER: 'authentica', AUTHENTICA_BASE_URL: fake.url,
        AUTHENTICA_API_KEY: 'key', AUTHENTICA_SENDER_NAME: 'Salon', WORKER_INTERVAL_MS: '50', LOG_LEVEL: 'warn',
        NOTIFICATION_CONCURRENCY: String(LANES),
      },
      stdio: 'ignore',
    });

  it('after a kill -9 in the middle of a batch and a restart, every notification is sent exactly once', async () => {
    // Any confirmed demo booking will do: a booking inserted at a fixed distance from the real time could collide
    // with the demo's bookings, which are laid out around the app's clock.
    const [bk] = await sql(t, "select id from bookings where status = 'CONFIRMED' limit 1");
    // 30 due notifications: one per synthetic recipient.
    const recipients = await sql(t, `insert into users (id, created_at, updated_at, phone_number, is_phone_verified) select gen_random_uuid(), now(), now(), '+9665099' || lpad(g::text, 5, '0'), true from generate_series(1, 30) g returning id`);
    for (const r of recipients) {
      await sql(t, `insert into notifications (id, created_at, updated_at, booking_id, recipient_id, event, channel, next_attempt_at) values ($1, now(), now(), $2, $3, 'CONFIRMED', 'SMS', now())`, [randomUUID(), bk.id, r.id]);
    }

    const first = spawnWorker();
    while (fake.requests.length < 8) await new Promise((r) => setTimeout(r, 20));
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const committedBeforeCrash = new Set((await sql(t, "select id from notifications where status = 'SENT'")).map((r) => r.id));
    expect(committedBeforeCrash.size).toBeGreaterThan(0);
    expect(committedBeforeCrash.size).toBeLessThan(30);

    const second = spawnWorker();
    const deadline = Date.now() + 60_000;
    while ((await sql(t, "select count(*)::int as n from notifications where status = 'SENT'"))[0].n < 30 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));

    // The outbox sent every row exactly once: SENT, with one counted attempt.
    const rows = await sql(t, 'select id, status, attempts, sent_at from notifications');
    expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1 && r.sent_at)).toBe(true);
    // Every row reached the provider. The only repeats are messages that were in flight (posted, not yet committed)
    // at the kill: at most one per lane, never a message whose SENT had committed.
    const posts = fake.requests.map((r) => r.headers['idempotency-key'] as string);
    expect(new Set(posts)).toEqual(new Set(rows.map((r) => r.id)));
    const repeated = posts.filter((id, i) => posts.indexOf(id) !== i);
    expect(repeated.length).toBeLessThanOrEqual(LANES);
    expect(repeated.filter((id) => committedBeforeCrash.has(id))).toEqual([]);
    console.log(`crash test: ${rows.length} notifications, ${posts.length} posts, ${repeated.length} repeated (in flight at the kill), ${committedBeforeCrash.size} committed before the kill`);
  });
});

describe('delivery by several workers at once', () => {
  let a: TestServer;
  let b: TestServer;
  let fake: Awaited<ReturnType<typeof startHttpFake>>;
  beforeAll(async () => {
    fake = await startHttpFake(() => ({ status: 200, body: { success: true }, delayMs: 20 }));
    const env = { NOTIFICATION_PROVIDER: 'authentica', AUTHENTICA_BASE_URL: fake.url, AUTHENTICA_API_KEY: 'key', AUTHENTICA_SENDER_NAME: 'Salon', NOTIFICATION_BATCH_SIZE: '100' };
    a = await startTestServer({ seedDemo: true, env });
    b = await startTestServer({ databaseUrl: a.databaseUrl, env });
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
    await fake.stop();
  });

  it('two instances draining one outbox never send the same row', async () => {
    const [bk] = await sql(a, "select id from bookings where status = 'CONFIRMED' limit 1");
    const recipients = await sql(a, `insert into users (id, created_at, updated_at, phone_number, is_phone_verified) select gen_random_uuid(), now(), now(), '+9665098' || lpad(g::text, 5, '0'), true from generate_series(1, 60) g returning id`);
    for (const r of recipients) {
      await sql(a, `insert into notifications (id, created_at, updated_at, booking_id, recipient_id, event, channel, next_attempt_at) values ($1, now(), now(), $2, $3, 'CONFIRMED', 'SMS', now())`, [randomUUID(), bk.id, r.id]);
    }
    const [byA, byB] = await Promise.all([runJobsOnce(a.app), runJobsOnce(b.app)]);
    expect(byA.notifications).toBeGreaterThan(0);
    expect(byB.notifications).toBeGreaterThan(0);
    const posts = fake.requests.map((r) => r.headers['idempotency-key']);
    expect(posts).toHaveLength(60);
    expect(new Set(posts).size).toBe(60);
    expect((await sql(a, "select count(*)::int as n from notifications where status = 'SENT' and attempts = 1"))[0].n).toBe(60);
  });
});

describe('the in-process worker', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, env: { WORKER_IN_PROCESS: 'true', WORKER_INTERVAL_MS: '50' }, overrides: { now: testClock(new Date('2026-12-01T06:00:00Z')).now } });
  });
  afterAll(() => t.stop());

  it('starts with the server and sends what a booking change wrote, without anyone driving it', async () => {
    const s = await stage(t, 'Rose Touch Salon');
    const customer = await newCustomer(t);
    const { booking } = await book(t, customer.token, s);
    const deadline = Date.now() + 10_000;
    const sentTo = () => t.logs.filter((l) => l.event === 'notification.console').map((l) => l.phoneNumber);
    const sentRows = async () => (await sql(t, "select count(*)::int as n from notifications where booking_id = $1 and status = 'SENT'", [booking.id]))[0].n;
    // A message is handed to the provider (logged) before its row is marked SENT, so wait for both, not the first.
    while ((sentTo().length < 2 || (await sentRows()) < 2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(sentTo().sort()).toEqual([customer.phone, '+966500000003'].sort());
    expect(await sentRows()).toBe(2);
  });
});
