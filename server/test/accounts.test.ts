import { sql } from './sql';
import { startHttpFake, testClock } from './fakes/http-fake';
import { startTestServer, type TestServer } from './harness';
import { signInAs } from './auth';

const REQUEST = `mutation($input: RequestPhoneCodeInput!) { requestPhoneCode(input: $input) {
  requestId expiresAt retryAfterSeconds errors { code message field } } }`;
const VERIFY = `mutation($input: VerifyPhoneCodeInput!) { verifyPhoneCode(input: $input) {
  accessToken accessTokenExpiresAt refreshToken user { id phoneNumber isPhoneVerified role } errors { code message field } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken refreshToken errors { code } } }`;

const codeFor = (t: TestServer, phone: string) =>
  [...t.logs].reverse().find((l) => l.event === 'otp.console' && l.phoneNumber === phone)?.code as string;

async function requestCode(t: TestServer, input: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await t.gql(REQUEST, { input: { channel: 'SMS', ...input } }, { headers });
  return res.data.requestPhoneCode;
}

async function signIn(t: TestServer, phone: string, local: string) {
  const { requestId } = await requestCode(t, { phoneNumber: local });
  const res = await t.gql(VERIFY, { input: { requestId, code: codeFor(t, phone) } });
  return res.data.verifyPhoneCode;
}


describe('sign-in with a one-time code', () => {
  let t: TestServer;
  const clock = testClock(new Date('2026-12-01T09:00:00Z'));
  beforeAll(async () => {
    t = await startTestServer({ overrides: { now: clock.now }, env: { OTP_RESEND_COOLDOWN_SECONDS: '0', OTP_MAX_PER_WINDOW: '50', PHONE_AUTH_IP_MAX_PER_WINDOW: '0', PHONE_AUTH_DEVICE_MAX_PER_WINDOW: '0' } });
  });
  afterAll(() => t.stop());

  it('signs a new customer in end to end: code in the log, verify, me, refresh, sign out', async () => {
    const requested = await requestCode(t, { phoneNumber: '0512345678', firstName: 'Sara', channel: 'WHATSAPP' });
    expect(requested.errors).toEqual([]);
    expect(requested.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(requested.expiresAt).getTime() - clock.now().getTime()).toBe(5 * 60_000);
    const logLine = t.logs.find((l) => l.event === 'otp.console' && l.phoneNumber === '+966512345678');
    expect(logLine).toMatchObject({ channel: 'WHATSAPP', code: expect.stringMatching(/^\d{6}$/) });

    const [user] = await sql(t, 'select role, is_phone_verified, first_name from users where phone_number = $1', ['+966512345678']);
    expect(user).toEqual({ role: 'CUSTOMER', is_phone_verified: false, first_name: 'Sara' });
    const [otp] = await sql(t, 'select code_hash from phone_otps where id = $1', [requested.requestId]);
    expect(otp.code_hash).not.toContain(logLine!.code);

    const verified = (await t.gql(VERIFY, { input: { requestId: requested.requestId, code: logLine!.code } })).data.verifyPhoneCode;
    expect(verified.errors).toEqual([]);
    expect(verified.user).toMatchObject({ phoneNumber: '+966512345678', isPhoneVerified: true, role: 'CUSTOMER' });

    const me = await t.gql('{ me { phoneNumber firstName } }', {}, { token: verified.accessToken });
    expect(me.data.me).toEqual({ phoneNumber: '+966512345678', firstName: 'Sara' });
    expect((await t.gql('{ me { id } }')).data.me).toBeNull();

    const refreshed = (await t.gql(REFRESH, { t: verified.refreshToken })).data.refreshSession;
    expect(refreshed.errors).toEqual([]);
    expect(refreshed.refreshToken).not.toBe(verified.refreshToken);
    expect((await t.gql('{ me { id } }', {}, { token: refreshed.accessToken })).data.me.id).toBe(verified.user.id);

    const out = await t.gql('mutation { signOut(input: {}) { signedOut errors { code } } }', {}, { token: refreshed.accessToken });
    expect(out.data.signOut).toEqual({ signedOut: true, errors: [] });
    const after = await t.gql('{ me { id } }', {}, { token: refreshed.accessToken });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(REFRESH, { t: refreshed.refreshToken })).data.refreshSession.errors[0].code).toBe('INVALID_REFRESH_TOKEN');
  });

  it.each(['0501234567', '501234567', '966501234567', '00966501234567', '+966 50 123 4567', '٠٥٠١٢٣٤٥٦٧'])('normalises %s to +966501234567', async (input) => {
    const { errors, requestId } = await requestCode(t, { phoneNumber: input });
    expect(errors).toEqual([]);
    expect((await sql(t, 'select phone_number from phone_otps where id = $1', [requestId]))[0].phone_number).toBe('+966501234567');
  });

  it('refuses non-mobile Saudi numbers with a localised message and the field path', async () => {
    const en = await requestCode(t, { phoneNumber: '0521234567' }, { 'accept-language': 'en' });
    expect(en.errors).toEqual([{ code: 'INVALID_PHONE_NUMBER', message: 'Enter a Saudi mobile number like 05X XXX XXXX.', field: ['input', 'phoneNumber'] }]);
    const ar = await requestCode(t, { phoneNumber: '123' }, { 'accept-language': 'ar-sa' });
    expect(ar.errors[0].message).toBe('أدخل رقم جوال سعوديًا مثل ٠٥٠ ١٢٣ ٤٥٦٧.');
    const landline = await requestCode(t, { phoneNumber: '0112345678' });
    expect(landline.errors[0].code).toBe('INVALID_PHONE_NUMBER');
  });

  it('refuses an unknown channel at the schema', async () => {
    const res = await t.gql(REQUEST, { input: { phoneNumber: '0512345678', channel: 'EMAIL' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects wrong, unknown, expired and already-used codes alike as INVALID_CODE', async () => {
    const { requestId } = await requestCode(t, { phoneNumber: '0512000001' });
    const wrong = await t.gql(VERIFY, { input: { requestId, code: '000000' === codeFor(t, '+966512000001') ? '111111' : '000000' } });
    expect(wrong.data.verifyPhoneCode.errors).toEqual([{ code: 'INVALID_CODE', message: 'الرمز غير صحيح أو منتهي الصلاحية. تحقق من الرمز، أو اطلب رمزاً جديداً.', field: ['input', 'code'] }]);
    const unknown = await t.gql(VERIFY, { input: { requestId: '00000000-0000-4000-8000-000000000000', code: '123456' } });
    expect(unknown.data.verifyPhoneCode.errors[0].code).toBe('INVALID_CODE');
    const garbage = await t.gql(VERIFY, { input: { requestId: 'nope', code: '123456' } });
    expect(garbage.data.verifyPhoneCode.errors[0].code).toBe('INVALID_CODE');

    const ok = await t.gql(VERIFY, { input: { requestId, code: codeFor(t, '+966512000001') } });
    expect(ok.data.verifyPhoneCode.errors).toEqual([]);
    const reused = await t.gql(VERIFY, { input: { requestId, code: codeFor(t, '+966512000001') } });
    expect(reused.data.verifyPhoneCode.errors[0].code).toBe('INVALID_CODE');

    const expiring = await requestCode(t, { phoneNumber: '0512000002' });
    clock.advance(5 * 60_000);
    const expired = await t.gql(VERIFY, { input: { requestId: expiring.requestId, code: codeFor(t, '+966512000002') } });
    expect(expired.data.verifyPhoneCode.errors[0].code).toBe('INVALID_CODE');
    // An expired code is not an attempt.
    expect((await sql(t, 'select attempt_count from phone_otps where id = $1', [expiring.requestId]))[0].attempt_count).toBe(0);
  });

  it('blocks even the right code after max attempts', async () => {
    const { requestId } = await requestCode(t, { phoneNumber: '0512000003' });
    const right = codeFor(t, '+966512000003');
    const wrong = right === '999999' ? '888888' : '999999';
    for (let i = 0; i < 5; i++) expect((await t.gql(VERIFY, { input: { requestId, code: wrong } })).data.verifyPhoneCode.errors[0].code).toBe('INVALID_CODE');
    const blocked = await t.gql(VERIFY, { input: { requestId, code: right } });
    expect(blocked.data.verifyPhoneCode.errors[0].code).toBe('INVALID_CODE');
    const [row] = await sql(t, 'select attempt_count, verified_at from phone_otps where id = $1', [requestId]);
    expect(row.attempt_count).toBeGreaterThanOrEqual(5);
    expect(row.verified_at).toBeNull();
  });

  it('counts ten aliased verify calls in one request as ten attempts', async () => {
    const { requestId } = await requestCode(t, { phoneNumber: '0512000004' });
    const right = codeFor(t, '+966512000004');
    const wrong = right === '999999' ? '888888' : '999999';
    // Raise this code's limit so the count itself is visible.
    await sql(t, 'update phone_otps set max_attempts = 20 where id = $1', [requestId]);
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: verifyPhoneCode(input: { requestId: "${requestId}", code: "${wrong}" }) { accessToken errors { code } }`);
    const res = await t.gql(`mutation { ${aliases.join('\n')} }`);
    expect(res.errors).toBeUndefined();
    expect(Object.values(res.data).every((r: any) => r.errors[0]?.code === 'INVALID_CODE')).toBe(true);
    const [row] = await sql(t, 'select attempt_count from phone_otps where id = $1', [requestId]);
    expect(row.attempt_count).toBe(10);
  });

  it('accepts only AUTH-purpose codes', async () => {
    const { requestId } = await requestCode(t, { phoneNumber: '0512000005' });
    await sql(t, "update phone_otps set purpose = 'VERIFY' where id = $1", [requestId]);
    const res = await t.gql(VERIFY, { input: { requestId, code: codeFor(t, '+966512000005') } });
    expect(res.data.verifyPhoneCode.errors[0].code).toBe('INVALID_CODE');
  });

  it('refuses an email that belongs to someone else and creates nothing', async () => {
    await sql(t, "update users set email = 'Taken@Example.com' where phone_number = '+966512345678'");
    const before = await sql(t, 'select (select count(*) from users) as users, (select count(*) from phone_otps) as otps');
    const res = await requestCode(t, { phoneNumber: '0512000006', email: 'taken@example.COM' });
    expect(res.errors).toEqual([{ code: 'EMAIL_TAKEN', message: 'هذا البريد الإلكتروني مستخدم في حساب آخر. استخدم عنواناً آخر، أو اتركه فارغاً.', field: ['input', 'email'] }]);
    expect(await sql(t, 'select (select count(*) from users) as users, (select count(*) from phone_otps) as otps')).toEqual(before);
  });

  it('rotates refresh tokens and revokes the whole family when a rotated token is reused after the grace period', async () => {
    const first = await signIn(t, '+966512000007', '0512000007');
    const second = (await t.gql(REFRESH, { t: first.refreshToken })).data.refreshSession;
    const third = (await t.gql(REFRESH, { t: second.refreshToken })).data.refreshSession;
    expect(third.errors).toEqual([]);
    clock.advance(31_000);
    // Replaying the first token past REFRESH_REUSE_GRACE_SECONDS (30) is reuse: everything of this session stops working.
    expect((await t.gql(REFRESH, { t: first.refreshToken })).data.refreshSession.errors[0].code).toBe('INVALID_REFRESH_TOKEN');
    expect((await t.gql(REFRESH, { t: third.refreshToken })).data.refreshSession.errors[0].code).toBe('INVALID_REFRESH_TOKEN');
    expect((await t.gql('{ me { id } }', {}, { token: third.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(t.logs.some((l) => l.event === 'auth.refresh_reuse')).toBe(true);
  });

  it('lets two tabs refresh with the same token at once: both get a working pair and the session stays', async () => {
    const first = await signIn(t, '+966512000029', '0512000029');
    const reusesBefore = t.logs.filter((l) => l.event === 'auth.refresh_reuse').length;
    const [a, b] = await Promise.all([t.gql(REFRESH, { t: first.refreshToken }), t.gql(REFRESH, { t: first.refreshToken })]);
    for (const res of [a, b]) expect(res.data.refreshSession.errors).toEqual([]);
    const pairs = [a.data.refreshSession, b.data.refreshSession];
    expect(pairs[0].refreshToken).not.toBe(pairs[1].refreshToken);
    for (const pair of pairs) expect((await t.gql('{ me { phoneNumber } }', {}, { token: pair.accessToken })).data.me.phoneNumber).toBe('+966512000029');
    // Each tab goes on rotating its own token.
    for (const pair of pairs) expect((await t.gql(REFRESH, { t: pair.refreshToken })).data.refreshSession.errors).toEqual([]);
    expect(t.logs.filter((l) => l.event === 'auth.refresh_reuse')).toHaveLength(reusesBefore);

    // The grace is short: the same token once more after it ends the session.
    clock.advance(31_000);
    expect((await t.gql(REFRESH, { t: first.refreshToken })).data.refreshSession.errors[0].code).toBe('INVALID_REFRESH_TOKEN');
    expect((await t.gql('{ me { id } }', {}, { token: pairs[0].accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('expires access tokens after 15 minutes', async () => {
    const session = await signIn(t, '+966512000008', '0512000008');
    clock.advance(14 * 60_000);
    expect((await t.gql('{ me { id } }', {}, { token: session.accessToken })).data.me).not.toBeNull();
    clock.advance(2 * 60_000);
    expect((await t.gql('{ me { id } }', {}, { token: session.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out everywhere', async () => {
    const a = await signIn(t, '+966512000009', '0512000009');
    const b = await signIn(t, '+966512000009', '0512000009');
    await t.gql('mutation { signOut(input: { everywhere: true }) { signedOut } }', {}, { token: a.accessToken });
    expect((await t.gql('{ me { id } }', {}, { token: b.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('updates the profile, and the saved language drives server messages', async () => {
    const session = await signIn(t, '+966512000010', '0512000010');
    const UPDATE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { firstName lastName email preferredLanguage } errors { code message field } } }';
    const ok = await t.gql(UPDATE, { input: { firstName: ' Reem ', lastName: 'Al-Saud', email: 'reem@example.com', preferredLanguage: 'EN' } }, { token: session.accessToken });
    expect(ok.data.updateProfile).toEqual({ user: { firstName: 'Reem', lastName: 'Al-Saud', email: 'reem@example.com', preferredLanguage: 'EN' }, errors: [] });
    const taken = await t.gql(UPDATE, { input: { email: 'TAKEN@example.com' } }, { token: session.accessToken, headers: { 'accept-language': 'ar' } });
    expect(taken.data.updateProfile.errors).toEqual([{ code: 'EMAIL_TAKEN', message: 'This email address is already used by another account. Use another address, or leave it empty.', field: ['input', 'email'] }]);
    const bad = await t.gql(UPDATE, { input: { email: 'not-an-email' } }, { token: session.accessToken });
    expect(bad.data.updateProfile.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'email'] });
    const anonymous = await t.gql(UPDATE, { input: { firstName: 'x' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows contact details to their owner only', async () => {
    const token = await signInAs(t, '+966512345678');
    const mine = await t.gql('{ me { phoneNumber email } }', {}, { token });
    expect(mine.data.me.phoneNumber).toBe('+966512345678');
  });

  it('has no password sign-in anywhere in the contract', async () => {
    const res = await t.gql('{ __schema { mutationType { fields { name args { name type { name ofType { name } } } } } } }');
    expect(JSON.stringify(res.data).toLowerCase()).not.toContain('password');
  });
});

describe('database invariants for people', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  const insert = (phone: string | null) =>
    sql(t, 'insert into users (id, created_at, updated_at, phone_number) values (gen_random_uuid(), now(), now(), $1)', [phone]);

  it('requires a phone number in E.164, unique', async () => {
    await expect(insert(null)).rejects.toThrow(/null value/);
    await expect(insert('0512345678')).rejects.toThrow(/users_phone_e164_format/);
    await insert('+966512345678');
    await expect(insert('+966512345678')).rejects.toThrow(/users_phone_number_unique/);
  });

  it('keeps emails unique ignoring case', async () => {
    await sql(t, "update users set email = 'a@example.com' where phone_number = '+966512345678'");
    await insert('+966512345679');
    await expect(sql(t, "update users set email = 'A@EXAMPLE.COM' where phone_number = '+966512345679'")).rejects.toThrow(/users_email_lower_unique/);
  });
});
