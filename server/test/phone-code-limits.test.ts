import { sql } from './sql';
import { testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';

const REQUEST = `mutation($input: RequestPhoneCodeInput!) { requestPhoneCode(input: $input) {
  requestId retryAfterSeconds errors { code message field } } }`;

async function request(t: TestServer, phoneNumber: string, opts: { headers?: Record<string, string>; deviceId?: string; channel?: string } = {}) {
  const res = await t.gql(REQUEST, { input: { phoneNumber, channel: opts.channel ?? 'SMS', deviceId: opts.deviceId } }, { headers: opts.headers });
  return res.data.requestPhoneCode;
}


async function withServer(env: Record<string, string>, run: (t: TestServer, clock: ReturnType<typeof testClock>) => Promise<void>) {
  const clock = testClock(new Date('2026-12-01T09:00:00Z'));
  const t = await startTestServer({ env, overrides: { now: clock.now } });
  try {
    await run(t, clock);
  } finally {
    await t.stop();
  }
}

describe('one-time code limits', () => {
  it('enforces the resend cooldown per phone and channel, with retryAfterSeconds', async () => {
    await withServer({ OTP_RESEND_COOLDOWN_SECONDS: '60' }, async (t, clock) => {
      const first = await request(t, '0512345678');
      expect(first).toMatchObject({ errors: [], retryAfterSeconds: 60 });
      const again = await request(t, '0512345678', { headers: { 'accept-language': 'en' } });
      expect(again.retryAfterSeconds).toBe(60);
      expect(again.errors).toEqual([{ code: 'RATE_LIMITED', message: 'Please wait 60 seconds before asking for another code.', field: null }]);
      clock.advance(45_000);
      expect((await request(t, '0512345678')).retryAfterSeconds).toBe(15);
      // The cooldown is per channel: WhatsApp is still free.
      expect((await request(t, '0512345678', { channel: 'WHATSAPP' })).errors).toEqual([]);
      clock.advance(16_000);
      expect((await request(t, '0512345678')).errors).toEqual([]);
      expect((await sql(t, "select count(*)::int as n from phone_otps where phone_number = '+966512345678'"))[0].n).toBe(3);
    });
  });

  it('limits codes per phone in the window; retryAfter is the oldest row leaving the window, floored at the cooldown', async () => {
    await withServer({ OTP_MAX_PER_WINDOW: '1', OTP_WINDOW_MINUTES: '15', OTP_RESEND_COOLDOWN_SECONDS: '0' }, async (t, clock) => {
      expect((await request(t, '0512345678')).errors).toEqual([]);
      clock.advance(15 * 60_000 - 10_000);
      const limited = await request(t, '0512345678');
      expect(limited.errors[0].code).toBe('RATE_LIMITED');
      expect(limited.retryAfterSeconds).toBe(10);
      clock.advance(10_000);
      expect((await request(t, '0512345678')).errors).toEqual([]);
    });
    await withServer({ OTP_MAX_PER_WINDOW: '1', OTP_WINDOW_MINUTES: '15', OTP_RESEND_COOLDOWN_SECONDS: '60' }, async (t, clock) => {
      await request(t, '0512345678');
      clock.advance(15 * 60_000 - 10_000);
      expect((await request(t, '0512345678', { channel: 'WHATSAPP' })).retryAfterSeconds).toBe(60);
    });
  });

  it('does not let 20 parallel requests slip a sixth code past a limit of 5', async () => {
    await withServer({ OTP_MAX_PER_WINDOW: '5', OTP_RESEND_COOLDOWN_SECONDS: '0' }, async (t) => {
      const results = await Promise.all(Array.from({ length: 20 }, () => request(t, '0512345678')));
      expect(results.filter((r) => r.errors.length === 0)).toHaveLength(5);
      expect(results.filter((r) => r.errors[0]?.code === 'RATE_LIMITED')).toHaveLength(15);
      expect((await sql(t, 'select count(*)::int as n from phone_otps'))[0].n).toBe(5);
    });
  });

  it('limits requests per client IP, across phone numbers', async () => {
    await withServer({ OTP_RESEND_COOLDOWN_SECONDS: '0', PHONE_AUTH_IP_MAX_PER_WINDOW: '2', PHONE_AUTH_DEVICE_MAX_PER_WINDOW: '0' }, async (t) => {
      expect((await request(t, '0512345678')).errors).toEqual([]);
      expect((await request(t, '0512345679')).errors).toEqual([]);
      const third = await request(t, '0512345680', { headers: { 'accept-language': 'en' } });
      expect(third.errors[0]).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/network/) });
      expect(third.retryAfterSeconds).toBeGreaterThan(0);
      // Without TRUST_PROXY a forged X-Forwarded-For does not get around it.
      const forged = await request(t, '0512345681', { headers: { 'x-forwarded-for': '203.0.113.77' } });
      expect(forged.errors[0]?.code).toBe('RATE_LIMITED');
    });
  });

  it('counts clients whose address cannot be read under one shared key, never skipping the limit', async () => {
    await withServer({ TRUST_PROXY: 'true', OTP_RESEND_COOLDOWN_SECONDS: '0', PHONE_AUTH_IP_MAX_PER_WINDOW: '2', PHONE_AUTH_DEVICE_MAX_PER_WINDOW: '0' }, async (t) => {
      const from = (xff: string) => ({ headers: { 'x-forwarded-for': xff } });
      expect((await request(t, '0512345678', from('not-an-ip'))).errors).toEqual([]);
      expect((await request(t, '0512345679', from('also not an ip'))).errors).toEqual([]);
      for (const [i, xff] of ['not-an-ip', '999.1.1.1', 'unknown'].entries()) {
        expect((await request(t, `051234568${i}`, from(xff))).errors[0]?.code).toBe('RATE_LIMITED');
      }
      // A readable address has its own count.
      expect((await request(t, '0512345690', from('198.51.100.7'))).errors).toEqual([]);
    });
  });

  it('counts requests with no device id, User-Agent or language under one shared device key', async () => {
    await withServer({ OTP_RESEND_COOLDOWN_SECONDS: '0', PHONE_AUTH_IP_MAX_PER_WINDOW: '0', PHONE_AUTH_DEVICE_MAX_PER_WINDOW: '2' }, async (t) => {
      const anonymous = { headers: { 'user-agent': '', 'accept-language': '' } };
      expect((await request(t, '0512345678', anonymous)).errors).toEqual([]);
      expect((await request(t, '0512345679', { ...anonymous, deviceId: '   ' })).errors).toEqual([]);
      expect((await request(t, '0512345680', anonymous)).errors[0]?.code).toBe('RATE_LIMITED');
    });
  });

  it('honours X-Forwarded-For only behind a trusted proxy, and records the IP and device signal', async () => {
    await withServer({ TRUST_PROXY: 'true', OTP_RESEND_COOLDOWN_SECONDS: '0', PHONE_AUTH_IP_MAX_PER_WINDOW: '1' }, async (t) => {
      const a = await request(t, '0512345678', { headers: { 'x-forwarded-for': '198.51.100.40' }, deviceId: 'device-abc' });
      expect(a.errors).toEqual([]);
      expect((await request(t, '0512345679', { headers: { 'x-forwarded-for': '198.51.100.41' } })).errors).toEqual([]);
      expect((await request(t, '0512345680', { headers: { 'x-forwarded-for': '198.51.100.40' } })).errors[0].code).toBe('RATE_LIMITED');
      const [row] = await sql(t, 'select request_ip, device_signal from phone_otps where id = $1', [a.requestId]);
      expect(row.request_ip).toBe('198.51.100.40');
      expect(row.device_signal).toMatch(/^sha256:[0-9a-f]{24}$/);
    });
  });

  it('limits requests per device, by device id or else by User-Agent and language', async () => {
    await withServer({ OTP_RESEND_COOLDOWN_SECONDS: '0', PHONE_AUTH_IP_MAX_PER_WINDOW: '0', PHONE_AUTH_DEVICE_MAX_PER_WINDOW: '2' }, async (t) => {
      expect((await request(t, '0512345678', { deviceId: 'phone-1' })).errors).toEqual([]);
      expect((await request(t, '0512345679', { deviceId: 'phone-1' })).errors).toEqual([]);
      expect((await request(t, '0512345680', { deviceId: 'phone-1' })).errors[0].code).toBe('RATE_LIMITED');
      expect((await request(t, '0512345680', { deviceId: 'phone-2' })).errors).toEqual([]);
      const ua = { 'user-agent': 'SalonApp/1.0', 'accept-language': 'ar' };
      expect((await request(t, '0512345681', { headers: ua })).errors).toEqual([]);
      expect((await request(t, '0512345682', { headers: ua })).errors).toEqual([]);
      expect((await request(t, '0512345683', { headers: ua })).errors[0].code).toBe('RATE_LIMITED');
    });
  });
});
