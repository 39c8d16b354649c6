import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from './harness';
import { spawnServer, type ServerProcess } from './process';

/**
 * The landing page is rendered on the server by the web app's own entry (client/src/entry-server.tsx); here a
 * stand-in entry plays its part, so the server's side is tested alone: what it fills in, in which language, and that
 * a failing or slow render never costs the visitor the page.
 */
const ENTRY = `
export const serverRenderedPaths = ['/', '/slow', '/broken'];
export async function render({ path, locale, graphqlUrl }) {
  if (path === '/broken') throw new Error('render failed');
  if (path === '/slow') await new Promise((resolve) => setTimeout(resolve, 5000));
  const res = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
  const { data } = await res.json();
  return { html: '<h1>' + locale + ' ' + data.__typename + '</h1>', data: { locale, state: { note: '</script><script>alert(1)</script>' } } };
}
`;
const SHELL = '<!doctype html>\n<html lang="ar" dir="rtl"><head><title>app</title></head><body><div id="root"></div></body></html>';

describe('server render of the landing page', () => {
  let server: ServerProcess;
  let dirs: string[];
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
    const ssr = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-ssr-'));
    dirs = [dist, ssr];
    fs.writeFileSync(path.join(dist, 'index.html'), SHELL);
    fs.writeFileSync(path.join(ssr, 'entry-server.js'), ENTRY);
    const db = await createTestDatabase();
    drop = db.drop;
    server = await spawnServer({ DATABASE_URL: db.url, CLIENT_DIST_DIR: dist, CLIENT_SSR_DIR: ssr, SERVER_RENDER_TIMEOUT_MS: '500', WORKER_IN_PROCESS: 'false' });
  }, 120_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await drop?.();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fills the shell with the page, its data through the API, in Arabic by default', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toMatch(/cookie/);
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<div id="root"><h1>ar-SA Query</h1></div>');
    // The data beside it cannot end its script element, whatever it holds.
    const json = /<script type="application\/json" id="server-render">(.*?)<\/script>/.exec(html)![1];
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json)).toEqual({ locale: 'ar-SA', state: { note: '</script><script>alert(1)</script>' } });
  });

  it('renders in the language the visitor chose (the cookie the app sets), compressed as the browser accepts', async () => {
    const res = await fetch(`${server.url}/`, { headers: { cookie: 'other=1; salon.locale=en', 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    const html = await res.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<h1>en Query</h1>');
    const unknown = await (await fetch(`${server.url}/`, { headers: { cookie: 'salon.locale=fr' } })).text();
    expect(unknown).toContain('<h1>ar-SA Query</h1>');
  });

  it('sends the plain shell when the render fails or is too slow, and for pages it does not render', async () => {
    for (const route of ['/broken', '/slow', '/bookings']) {
      const started = Date.now();
      const res = await fetch(`${server.url}${route}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(SHELL);
      expect(Date.now() - started).toBeLessThan(4000);
    }
    expect(server.lines.filter((l) => l.event === 'web.render_failed').map((l) => l.path)).toEqual(['/broken', '/slow']);
  });
});
