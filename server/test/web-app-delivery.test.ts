import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestServer, type TestServer } from './harness';

/** The built web app as client/build/precompress.ts leaves it: each text asset with .br and .gz twins. */
function fakeDist(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  const write = (rel: string, body: string) => {
    fs.writeFileSync(path.join(dist, rel), body);
    fs.writeFileSync(path.join(dist, `${rel}.br`), zlib.brotliCompressSync(body));
    fs.writeFileSync(path.join(dist, `${rel}.gz`), zlib.gzipSync(body));
  };
  write('index.html', '<!doctype html><title>app</title>'.padEnd(2000, ' '));
  write('assets/index-Ab12Cd34.js', 'console.log("app");'.repeat(200));
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  fs.writeFileSync(path.join(dist, 'assets', 'photo-Zz99.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return dist;
}

describe('web app delivery', () => {
  let t: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = fakeDist();
    t = await startTestServer({ env: { CLIENT_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await t.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends hashed scripts precompressed with brotli or gzip, immutable for a year', async () => {
    const js = fs.readFileSync(path.join(dist, 'assets/index-Ab12Cd34.js'), 'utf8');
    for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip']]) {
      const res = await fetch(`${t.url}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await res.text()).toBe(js); // fetch decodes it
    }
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const res = await fetch(`${t.url}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const image = await fetch(`${t.url}/assets/photo-Zz99.png`);
    expect(image.headers.get('content-encoding')).toBeNull();
    expect(image.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html and unhashed files on every visit, compressed too', async () => {
    for (const route of ['/', '/salons/123', '/bookings?payment=PAID']) {
      const res = await fetch(`${t.url}${route}`, { headers: { 'accept-encoding': 'br' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain('<title>app</title>');
    }
    const icon = await fetch(`${t.url}/favicon.svg`, { headers: { 'accept-encoding': 'gzip' } });
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    expect(icon.headers.get('content-encoding')).toBe('gzip');
  });

  it('never answers a strange path with a server error', async () => {
    for (const route of ['/assets/%E0%A4%A', '/assets/..%2F..%2Fetc%2Fpasswd.js', '/assets/missing-1234.js']) {
      const res = await fetch(`${t.url}${route}`);
      expect(res.status).toBeLessThan(500);
    }
  });
});
