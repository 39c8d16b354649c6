import { startHttpFake } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';

const REQUEST = 'mutation($input: RequestPhoneCodeInput!) { requestPhoneCode(input: $input) { requestId errors { code message } } }';
const VERIFY = 'mutation($input: VerifyPhoneCodeInput!) { verifyPhoneCode(input: $input) { accessToken user { isPhoneVerified } errors { code } } }';

describe('Authentica one-time codes, against a fake Authentica on 127.0.0.1', () => {
  let mode: 'ok' | 'fail' | 'slow' | 'verified-field' | 'status-field' = 'ok';
  let fake: Awaited<ReturnType<typeof startHttpFake>>;
  let t: TestServer;

  beforeAll(async () => {
    fake = await startHttpFake((req) => {
      if (req.path === '/api/v2/send-otp') {
        if (mode === 'fail') return { status: 400, body: { success: false, message: 'Invalid phone' } };
        if (mode === 'slow') return { status: 200, body: { success: true }, delayMs: 3000 };
        return { status: 200, body: { success: true, data: null, message: 'OTP send successfully' } };
      }
      if (req.path === '/api/v2/verify-otp') {
        const right = req.body?.otp === '123456';
        if (!right) return mode === 'status-field' ? { status: 400, body: { message: 'Invalid OTP' } } : { status: 200, body: { status: false } };
        return { status: 200, body: mode === 'verified-field' ? { verified: true } : { status: true, message: 'OTP verified successfully' } };
      }
      return { status: 404, body: {} };
    });
    t = await startTestServer({
      env: {
        OTP_PROVIDER: 'authentica', AUTHENTICA_BASE_URL: fake.url, AUTHENTICA_API_KEY: 'api-key', AUTHENTICA_TIMEOUT_SECONDS: '1',
        OTP_RESEND_COOLDOWN_SECONDS: '0', OTP_MAX_PER_WINDOW: '50',
      },
    });
  });
  afterAll(async () => {
    await t.stop();
    await fake.stop();
  });
  beforeEach(() => {
    mode = 'ok';
    fake.requests.length = 0;
  });

  it('sends with the exact documented request and verifies through Authentica', async () => {
    const sent = (await t.gql(REQUEST, { input: { phoneNumber: '0512345678', channel: 'SMS', firstName: 'Sara' } })).data.requestPhoneCode;
    expect(sent.errors).toEqual([]);
    expect(fake.requests).toHaveLength(1);
    const [send] = fake.requests;
    expect(send.method).toBe('POST');
    expect(send.headers['x-authorization']).toBe('api-key');
    expect(send.headers.accept).toBe('application/json');
    expect(send.headers['content-type']).toBe('application/json');
    expect(send.body).toEqual({ method: 'sms', phone: '+966512345678' });

    const bad = (await t.gql(VERIFY, { input: { requestId: sent.requestId, code: '000000' } })).data.verifyPhoneCode;
    expect(bad.errors[0].code).toBe('INVALID_CODE');
    expect(fake.requests[1].body).toEqual({ phone: '+966512345678', otp: '000000' });

    const good = (await t.gql(VERIFY, { input: { requestId: sent.requestId, code: '123456' } })).data.verifyPhoneCode;
    expect(good.errors).toEqual([]);
    expect(good.user.isPhoneVerified).toBe(true);
    expect(good.accessToken).toBeTruthy();
  });

  it('asks for WhatsApp when the person chose it', async () => {
    await t.gql(REQUEST, { input: { phoneNumber: '0512345679', channel: 'WHATSAPP' } });
    expect(fake.requests[0].body).toEqual({ method: 'whatsapp', phone: '+966512345679' });
  });

  it('accepts `verified: true` as success, and treats a 4xx as a wrong code', async () => {
    const sent = (await t.gql(REQUEST, { input: { phoneNumber: '0512345670', channel: 'SMS' } })).data.requestPhoneCode;
    mode = 'status-field';
    expect((await t.gql(VERIFY, { input: { requestId: sent.requestId, code: '111111' } })).data.verifyPhoneCode.errors[0].code).toBe('INVALID_CODE');
    mode = 'verified-field';
    expect((await t.gql(VERIFY, { input: { requestId: sent.requestId, code: '123456' } })).data.verifyPhoneCode.errors).toEqual([]);
  });

  it('reports a refused send as OTP_DELIVERY_FAILED, logs it, and keeps nothing', async () => {
    mode = 'fail';
    const res = (await t.gql(REQUEST, { input: { phoneNumber: '0512345671', channel: 'SMS' } }, { headers: { 'accept-language': 'en' } })).data.requestPhoneCode;
    expect(res.errors).toEqual([{ code: 'OTP_DELIVERY_FAILED', message: 'We could not send the code right now. Please try again shortly.' }]);
    expect(res.requestId).toBeNull();
    expect(t.logs.some((l) => l.event === 'otp.authentica.send_failed' && l.phoneNumber === '+966512345671')).toBe(true);
    const me = await t.app.orm.em.fork().getConnection().execute("select count(*)::int as n from users where phone_number = '+966512345671'");
    expect(me[0].n).toBe(0);
  });

  it('holds no transaction while the provider is slow, and records a failed send without holding the phone back', async () => {
    mode = 'slow';
    const pending = t.gql(REQUEST, { input: { phoneNumber: '0512345673', channel: 'SMS' } }, { headers: { 'accept-language': 'en' } });
    while (!fake.requests.some((r) => r.path === '/api/v2/send-otp')) await new Promise((resolve) => setTimeout(resolve, 20));
    // The provider has the request and has not answered: the code's row is committed and nothing is left open.
    const open = await t.app.orm.em.fork().getConnection().execute(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'",
    );
    expect(open[0].n).toBe(0);
    const committed = await t.app.orm.em.fork().getConnection().execute("select count(*)::int as n from phone_otps where phone_number = '+966512345673'");
    expect(committed[0].n).toBe(1);

    const res = (await pending).data.requestPhoneCode;
    expect(res.errors).toEqual([{ code: 'OTP_DELIVERY_FAILED', message: 'We could not send the code right now. Please try again shortly.' }]);
    const [row] = await t.app.orm.em.fork().getConnection().execute("select delivery_failed_at, expires_at from phone_otps where phone_number = '+966512345673'");
    expect(row.delivery_failed_at).not.toBeNull();
    expect(new Date(row.expires_at).getTime()).toBeLessThanOrEqual(new Date(row.delivery_failed_at).getTime());
    // The failed code never counts against the phone: the next request goes out and can be verified.
    mode = 'ok';
    const again = (await t.gql(REQUEST, { input: { phoneNumber: '0512345673', channel: 'SMS' } })).data.requestPhoneCode;
    expect(again.errors).toEqual([]);
    expect((await t.gql(VERIFY, { input: { requestId: again.requestId, code: '123456' } })).data.verifyPhoneCode.errors).toEqual([]);
  });

  it('reports a timeout as OTP_DELIVERY_FAILED', async () => {
    mode = 'slow';
    const res = (await t.gql(REQUEST, { input: { phoneNumber: '0512345672', channel: 'SMS' } })).data.requestPhoneCode;
    expect(res.errors[0].code).toBe('OTP_DELIVERY_FAILED');
  });
});
