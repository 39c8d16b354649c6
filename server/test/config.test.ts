import { loadConfig, WHATSAPP_KEYS, WHATSAPP_STAND_IN_KEYS } from '../src/config';
import { clockStartingAt, configuredClock } from '../src/db/clock';
import { whatsAppSettings } from '../src/modules/notifications/whatsapp/settings';
import { moyasarSettings } from '../src/modules/payments/settings';

describe('configuration defaults', () => {
  it('derives PUBLIC_URL from PORT and HOST, so payment callbacks point at the port the server listens on', () => {
    const onPort = loadConfig({ PORT: '4100' });
    expect(onPort.PUBLIC_URL).toBe('http://localhost:4100');
    expect(moyasarSettings(onPort).callbackUrl).toBe('http://localhost:4100/payments/moyasar/callback');
    expect(loadConfig({ PORT: '8080', HOST: '127.0.0.1' }).PUBLIC_URL).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ PORT: '8080', HOST: '::1' }).PUBLIC_URL).toBe('http://[::1]:8080');
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:4000');
  });

  it('keeps an explicit PUBLIC_URL', () => {
    expect(loadConfig({ PORT: '4100', PUBLIC_URL: 'https://salon.example.sa' }).PUBLIC_URL).toBe('https://salon.example.sa');
  });
});

describe('WhatsApp configuration: closed by default', () => {
  const PRODUCTION = { NODE_ENV: 'production', OTP_PROVIDER: 'authentica', AUTHENTICA_API_KEY: 'key', JWT_SECRET: 'x'.repeat(40), PAYMENTS_ENABLED: 'false' };
  const KEYS = { WHATSAPP_ACCESS_TOKEN: 'token', WHATSAPP_PHONE_NUMBER_ID: '123456789012345', WHATSAPP_APP_SECRET: 'secret', WHATSAPP_VERIFY_TOKEN: 'verify' };

  it('refuses to start in production with WhatsApp on and any key missing, or a stand-in key', () => {
    expect(loadConfig({ ...PRODUCTION, WHATSAPP_ENABLED: 'true', ...KEYS }).WHATSAPP_ENABLED).toBe(true);
    for (const name of WHATSAPP_KEYS) {
      expect(() => loadConfig({ ...PRODUCTION, WHATSAPP_ENABLED: 'true', ...KEYS, [name]: undefined })).toThrow(new RegExp(`${name}: required when WHATSAPP_ENABLED=true in production`));
      expect(() => loadConfig({ ...PRODUCTION, WHATSAPP_ENABLED: 'true', ...KEYS, [name]: WHATSAPP_STAND_IN_KEYS[name] })).toThrow(/stand-in's value is not allowed/);
    }
    // Off, it needs nothing, and production never plays Meta locally.
    expect(whatsAppSettings(loadConfig(PRODUCTION))).toBeNull();
    expect(whatsAppSettings(loadConfig({ ...PRODUCTION, WHATSAPP_ENABLED: 'true', ...KEYS }))).toMatchObject({ standIn: false, baseUrl: 'https://graph.facebook.com' });
  });

  it('needs every key for a real base URL outside production too, and WhatsApp on to make it the default channel', () => {
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_BASE_URL: 'https://graph.facebook.com' })).toThrow(/WHATSAPP_ACCESS_TOKEN: required/);
    expect(() => loadConfig({ NOTIFICATION_CHANNEL: 'WHATSAPP' })).toThrow(/NOTIFICATION_CHANNEL: WHATSAPP needs WHATSAPP_ENABLED=true/);
    // WhatsApp beside Authentica's SMS is allowed now: SMS is WhatsApp's fallback.
    expect(loadConfig({ NOTIFICATION_PROVIDER: 'authentica', AUTHENTICA_API_KEY: 'k', AUTHENTICA_SENDER_NAME: 'Salon', NOTIFICATION_CHANNEL: 'WHATSAPP', WHATSAPP_ENABLED: 'true' }).NOTIFICATION_CHANNEL).toBe('WHATSAPP');
  });

  it('plays Meta locally with the stand-in when on without keys outside production', () => {
    expect(whatsAppSettings(loadConfig({ PORT: '4100', WHATSAPP_ENABLED: 'true' }))).toMatchObject({
      standIn: true, baseUrl: 'http://localhost:4100/whatsapp-sim', accessToken: WHATSAPP_STAND_IN_KEYS.WHATSAPP_ACCESS_TOKEN,
    });
  });
});

describe('a moved application clock (APP_CLOCK_START)', () => {
  it('starts at the instant given and runs at the machine\'s pace; production refuses it', () => {
    let machine = Date.parse('2027-05-01T00:00:00Z');
    const clock = clockStartingAt(new Date('2026-12-02T16:00:00Z'), () => new Date(machine));
    expect(clock().toISOString()).toBe('2026-12-02T16:00:00.000Z');
    machine += 90_000;
    expect(clock().toISOString()).toBe('2026-12-02T16:01:30.000Z');
    expect(configuredClock(loadConfig({ APP_CLOCK_START: '2026-12-02T19:00:00+03:00' }))().getTime()).toBeLessThan(Date.parse('2026-12-02T16:01:00Z'));
    expect(() => loadConfig({ APP_CLOCK_START: 'tomorrow' })).toThrow(/APP_CLOCK_START/);
    expect(() => loadConfig({ NODE_ENV: 'production', OTP_PROVIDER: 'authentica', AUTHENTICA_API_KEY: 'key', JWT_SECRET: 'x'.repeat(40), PAYMENTS_ENABLED: 'false', APP_CLOCK_START: '2026-12-02T16:00:00Z' }))
      .toThrow(/APP_CLOCK_START: a moved clock is not allowed when NODE_ENV=production/);
  });
});
