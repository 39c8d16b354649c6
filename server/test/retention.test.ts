import { runJobsOnce } from '../src/jobs';
import { signInAs } from './auth';
import { insertBooking, newCustomer, stage } from './booking-fixtures';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { sql } from './sql';

const DAY = 86_400_000;

describe('retention jobs: codes, ended sessions and delivery details are purged on schedule (fake clock)', () => {
  const start = new Date('2026-12-01T06:00:00Z');
  const clock = testClock(start);
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true, overrides: { now: clock.now } });
  });
  afterAll(() => t.stop());

  it('keeps each until its period has passed, then removes it, and nothing else', async () => {
    const { OTP_RETENTION_DAYS, SESSION_RETENTION_DAYS, DELIVERY_DETAILS_RETENTION_DAYS, REFRESH_TOKEN_TTL_DAYS } = t.app.config;
    // Everything from the seed and the sign-ins below starts at `start`.
    await sql(t, 'delete from phone_otps; delete from sessions');
    await t.gql('mutation { requestPhoneCode(input: { phoneNumber: "0551234567" }) { requestId } }');
    const revoked = await newCustomer(t);
    await t.gql('mutation { signOut(input: { everywhere: true }) { signedOut } }', {}, { token: revoked.token });
    await signInAs(t, '+966500000002');
    const s = await stage(t, 'Rose Touch Salon');
    const booking = await insertBooking(t, s, revoked.id, 'CONFIRMED');
    await sql(t, `insert into notifications (id, created_at, updated_at, booking_id, recipient_id, event, channel, occurrence_key, status, next_attempt_at, provider_message_id, last_error, sent_at)
      values (gen_random_uuid(), $1, $1, $2, $3, 'CONFIRMED', 'SMS', 'k', 'SENT', $1, 'msg-1', 'retried once: +966551234567 busy', $1)`, [start, booking, revoked.id]);
    const counts = async () => (await sql(t, `select (select count(*)::int from phone_otps) as codes, (select count(*)::int from sessions) as sessions,
      (select count(*)::int from notifications where provider_message_id is not null) as details`))[0];
    expect(await counts()).toEqual({ codes: 1, sessions: 2, details: 1 });

    clock.set(new Date(start.getTime() + OTP_RETENTION_DAYS * DAY - 1));
    expect((await runJobsOnce(t.app)).purgedCodes).toBe(0);
    clock.set(new Date(start.getTime() + OTP_RETENTION_DAYS * DAY + 1));
    const afterCodes = await runJobsOnce(t.app);
    expect([afterCodes.purgedCodes, afterCodes.purgedSessions]).toEqual([1, 0]);

    // The signed-out session goes SESSION_RETENTION_DAYS after it ended; the live one only after its refresh token expired as long ago.
    clock.set(new Date(start.getTime() + SESSION_RETENTION_DAYS * DAY + 1));
    expect((await runJobsOnce(t.app)).purgedSessions).toBe(1);
    clock.set(new Date(start.getTime() + (REFRESH_TOKEN_TTL_DAYS + SESSION_RETENTION_DAYS) * DAY + 1));
    const later = await runJobsOnce(t.app);
    expect(later.purgedSessions).toBe(1);

    clock.set(new Date(start.getTime() + DELIVERY_DETAILS_RETENTION_DAYS * DAY + 1));
    expect((await runJobsOnce(t.app)).clearedDeliveryDetails).toBe(1);
    expect(await sql(t, "select status, provider_message_id, last_error from notifications where occurrence_key = 'k'")).toEqual([{ status: 'SENT', provider_message_id: null, last_error: null }]);
    expect(await counts()).toEqual({ codes: 0, sessions: 0, details: 0 });
  });
});
