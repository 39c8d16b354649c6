import { loadConfig } from '../src/config';
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
