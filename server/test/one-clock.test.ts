import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ts from 'typescript';
import { runJobsOnce } from '../src/jobs';
import { startMoyasarSimulator } from '../src/modules/payments/simulator/simulator';
import { signInAs } from './auth';
import { book, stage, type Stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { serverDir } from './process';
import { sql } from './sql';

/**
 * The application has one clock, `app.now()`. A rule that reads the machine's clock (SQL `now()`, `new Date()`,
 * `Date.now()`) works only while the test's date and the real date agree, which is how the suite once broke on the
 * day the real date passed the tests' fake one. Two guards: the source may not read the machine's clock outside
 * the allow-list below, and the main flows run with the clock years away from the real date in both directions,
 * then every stored "when it happened" time must lie on the test's clock.
 */

/** Where reading the machine's clock is right, and why. Everything else must take time from `app.now()`. */
const ALLOWED: Record<string, string> = {
  'src/db/clock.ts': 'the system clock itself, bound once to the ORM and to app.now()',
  'src/main.ts': 'measures how long start-up took, for the log line',
  'src/modules/payments/simulator/simulator.ts': 'stands in for Moyasar, which keeps its own time',
  'src/modules/notifications/whatsapp/stand-in.ts': "stands in for Meta, whose status timestamps are its own clock's",
};

// Time functions of PostgreSQL: the database's clock is the machine's, not the application's.
const SQL_CLOCK = /\b(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday)\s*\(\s*\)|\b(current_timestamp|current_date|current_time|localtimestamp)\b/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every read of the machine's clock in one file, as "line: code". */
export function clockReads(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const report = (node: ts.Node) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 120)}`);
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (SQL_CLOCK.test(node.text)) report(node);
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'Date' && !node.arguments?.length) {
      report(node);
    } else if (ts.isCallExpression(node) && !node.arguments.length && ['Date.now', 'DateTime.now', 'DateTime.local', 'DateTime.utc'].includes(node.expression.getText())) {
      report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('one clock: the source', () => {
  it('reads the machine clock nowhere outside the allow-list (no SQL now(), new Date(), Date.now())', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(serverDir, 'src'))) {
      const relative = path.relative(serverDir, file).split(path.sep).join('/');
      if (ALLOWED[relative]) continue;
      for (const read of clockReads(relative, readFileSync(file, 'utf8'))) offenders.push(`${relative}:${read}`);
    }
    expect(offenders).toEqual([]);
  });

  it('finds each way of reading the machine clock (the guard can fail)', () => {
    const sample = [
      "execute(em, 'update x set updated_at = now() where id = ?', [id]);",
      'execute(em, `insert into x values (?, current_timestamp)`, [id]);',
      'const a = new Date();',
      'const b = Date.now();',
      "const c = DateTime.now().setZone('Asia/Riyadh');",
      // Not reads of the machine clock:
      'const d = new Date(row.starts_at); const e = app.now(); const f = clock.now(); const g = now();',
    ].join('\n');
    expect(clockReads('sample.ts', sample).map((line) => Number(line.split(':')[0]))).toEqual([1, 2, 3, 4, 5]);
  });
});

const YEAR = 365 * 86_400_000;
const DAY = 86_400_000;
const START_PAYMENT = `mutation($input: StartPaymentInput!) { startPayment(input: $input) { payment { id transactionUrl } errors { code } } }`;
const CANCEL = 'mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { status } errors { code } } }';
const REQUEST_CODE = 'mutation($input: RequestPhoneCodeInput!) { requestPhoneCode(input: $input) { requestId errors { code } } }';
const VERIFY_CODE = 'mutation($input: VerifyPhoneCodeInput!) { verifyPhoneCode(input: $input) { accessToken refreshToken errors { code } } }';
const REFRESH = 'mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken errors { code } } }';

// Times that are plans rather than records (a booking's start, an expiry, a retry): they may lie in the future.
const PLANNED = new Set(['starts_at', 'ends_at', 'blocked_until', 'expires_at', 'hold_expires_at', 'next_attempt_at']);

describe.each([
  ['five years ahead of the real date', 5],
  ['five years behind the real date', -5],
])('one clock: the flows with the clock %s', (_label, years) => {
  // 06:00 UTC (09:00 in Riyadh) on a day years away from today; reading the real date here is the point.
  const start = new Date(Math.floor((Date.now() + years * YEAR) / DAY) * DAY + 6 * 3_600_000);
  const clock = testClock(start);
  const simOptions = { secretKey: 'sk_test_abc', publishableKey: 'pk_test_abc', webhookSecret: 'whsec_test', webhookRetryDelaysMs: [50] };
  let sim: Awaited<ReturnType<typeof startMoyasarSimulator>>;
  let t: TestServer;
  let s: Stage;

  beforeAll(async () => {
    sim = await startMoyasarSimulator(simOptions);
    t = await startTestServer({
      seedDemo: true,
      overrides: { now: clock.now },
      env: { MOYASAR_SECRET_KEY: 'sk_test_abc', MOYASAR_PUBLISHABLE_KEY: 'pk_test_abc', MOYASAR_WEBHOOK_SECRET: 'whsec_test', MOYASAR_BASE_URL: sim.url },
    });
    sim.control.dropWebhooks = true;
    s = await stage(t, 'Elite Barbers', new Date(start.getTime() + 9 * DAY).toISOString().slice(0, 10));
  });
  afterAll(async () => {
    await t.stop();
    await sim.stop();
  });

  async function cardToken() {
    const res = await fetch(`${sim.url}/v1/tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      // The simulator checks the expiry against the real date: Moyasar keeps its own time.
      body: JSON.stringify({ publishable_api_key: 'pk_test_abc', name: 'Sara Alharbi', number: '4111111111111111', month: 12, year: new Date().getUTCFullYear() + 3, cvc: '123' }),
    });
    return ((await res.json()) as { id: string }).id;
  }
  const pay = async (token: string, bookingId: string) =>
    (await t.gql(START_PAYMENT, { input: { bookingId, source: { type: 'TOKEN', token: await cardToken() }, idempotencyKey: randomUUID() } }, { token })).data.startPayment;
  const row = async (table: string, id: string) => (await sql(t, `select * from ${table} where id = $1`, [id]))[0];
  const minutes = (n: number) => clock.advance(n * 60_000);

  it('signs in, books, pays, refunds, expires and reconciles with every stored time taken from app.now()', async () => {
    // A valid Saudi mobile number (05x with x = 0 is always allocated), unique per run.
    const phone = `+96650${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const requested = (await t.gql(REQUEST_CODE, { input: { phoneNumber: phone, channel: 'SMS' } })).data.requestPhoneCode;
    expect(requested.errors).toEqual([]);
    expect((await row('phone_otps', requested.requestId)).created_at).toEqual(clock.now());
    minutes(1);
    const code = [...t.logs].reverse().find((l) => l.event === 'otp.console' && l.phoneNumber === phone)!.code;
    const signedIn = (await t.gql(VERIFY_CODE, { input: { requestId: requested.requestId, code } })).data.verifyPhoneCode;
    expect(signedIn.errors).toEqual([]);
    minutes(1);
    expect((await t.gql(REFRESH, { t: signedIn.refreshToken })).data.refreshSession.errors).toEqual([]);
    const token = signedIn.accessToken;

    // A held booking, paid through 3-D Secure, then cancelled by the salon: the refund is due at once.
    minutes(1);
    const { booking } = await book(t, token, s);
    expect(booking.status).toBe('PENDING');
    expect(await row('bookings', booking.id)).toMatchObject({ created_at: clock.now(), updated_at: clock.now(), hold_expires_at: new Date(clock.now().getTime() + 10 * 60_000) });
    minutes(1);
    const paid = await pay(token, booking.id);
    expect(paid.errors).toEqual([]);
    minutes(1);
    const back = await fetch(paid.payment.transactionUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=approve', redirect: 'manual' });
    const callback = new URL(back.headers.get('location')!);
    await fetch(`${t.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
    expect(await row('payments', paid.payment.id)).toMatchObject({ status: 'PAID', updated_at: clock.now() });
    expect(await row('bookings', booking.id)).toMatchObject({ status: 'CONFIRMED', updated_at: clock.now() });
    minutes(1);
    const manager = await signInAs(t, '+966500000101');
    expect((await t.gql(CANCEL, { input: { bookingId: booking.id, reason: 'Closed for the day' } }, { token: manager })).data.cancelBooking.errors).toEqual([]);
    const [refund] = await sql(t, 'select next_attempt_at from payment_operations where payment_id = $1', [paid.payment.id]);
    expect(refund.next_attempt_at).toEqual(clock.now());
    minutes(1);
    await runJobsOnce(t.app);
    expect(await row('payments', paid.payment.id)).toMatchObject({ status: 'REFUNDED', updated_at: clock.now() });

    // An unpaid hold lapses on the application's clock.
    const other = (await book(t, token, { ...s, staffId: s.otherStaffId, startsAt: new Date(new Date(s.startsAt).getTime() + 2 * 3_600_000).toISOString() })).booking;
    minutes(11);
    expect((await runJobsOnce(t.app)).expiredHolds).toBe(1);
    expect(await row('bookings', other.id)).toMatchObject({ status: 'EXPIRED', updated_at: clock.now() });

    // A payment Moyasar never received is failed by reconciliation, which bumps updated_at like every write.
    // The access token lapsed on the test's clock meanwhile (ACCESS_TOKEN_TTL_SECONDS): sign in again.
    const later = await signInAs(t, phone);
    const third = (await book(t, later, { ...s, startsAt: new Date(new Date(s.startsAt).getTime() + 24 * 3_600_000).toISOString() })).booking;
    const lost = await pay(later, third.id);
    sim.control.payments.delete((await row('payments', lost.payment.id)).external_id);
    minutes(16);
    await runJobsOnce(t.app);
    expect(await row('payments', lost.payment.id)).toMatchObject({ status: 'FAILED', updated_at: clock.now() });

    // Nothing anywhere was stamped by the machine's clock (the demo data's history reaches a few weeks back).
    const columns = await sql<{ table_name: string; column_name: string }>(
      t,
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type = 'timestamp with time zone' and table_name <> 'mikro_orm_migrations' order by 1, 2`,
    );
    const outside: string[] = [];
    for (const { table_name: table, column_name: column } of columns.filter((c) => !PLANNED.has(c.column_name))) {
      const [range] = await sql(t, `select min("${column}") as first, max("${column}") as last from "${table}"`);
      if (range.first && (range.first < new Date(start.getTime() - 60 * DAY) || range.last > clock.now())) {
        outside.push(`${table}.${column}: ${range.first.toISOString()} … ${range.last.toISOString()}`);
      }
    }
    expect(outside).toEqual([]);
    expect(columns.length).toBeGreaterThan(20);
  });
});
