// End-to-end harness: the real server (embedded PostgreSQL, demo data, console OTP, local Moyasar simulator)
// and Debian's Chromium driven by playwright-core.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const screenshotsDir = path.join(here, 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

/** Installs Debian's Chromium when it is missing (the only browser that installs on these machines). */
export function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  console.log('Installing Chromium from Debian packages…');
  execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit' });
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the built server with its own embedded PostgreSQL in a temporary directory. */
export async function startServer(extraEnv = {}) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-e2e-'));
  fs.chmodSync(dataDir, 0o777);
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, EMBEDDED_PG_DIR: path.join(dataDir, 'pg'), LOG_LEVEL: 'info', ...extraEnv };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--enable-source-maps', 'server/dist/main.js'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = [];
  let buffer = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 90 s')), 90_000);
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        try {
          const parsed = JSON.parse(line);
          lines.push(parsed);
          if (parsed.event === 'server.ready') {
            clearTimeout(timer);
            resolve();
          }
        } catch {
          // not a log line
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  await ready;
  return {
    url: `http://127.0.0.1:${port}`,
    lines,
    /** The newest one-time code the console provider logged for this phone (E.164). */
    async otpFor(phone, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const line = [...lines].reverse().find((l) => l.event === 'otp.console' && l.phoneNumber === phone);
        if (line) return line.code;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no one-time code logged for ${phone}`);
    },
    async stop() {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A phone-sized page in the given language (the app remembers the language in localStorage). */
export async function newPage(browser, baseUrl, locale) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  // Only the first visit: later reloads must see what the app itself remembered.
  await context.addInitScript((value) => {
    if (!window.localStorage.getItem('salon.locale')) window.localStorage.setItem('salon.locale', value);
  }, locale);
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
  await page.goto(baseUrl);
  return page;
}

export async function screenshot(page, name) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
}

const catalogues = {
  en: JSON.parse(fs.readFileSync(path.join(repoRoot, 'client', 'src', 'i18n', 'en.json'), 'utf8')),
  'ar-SA': JSON.parse(fs.readFileSync(path.join(repoRoot, 'client', 'src', 'i18n', 'ar-SA.json'), 'utf8')),
};

/** The UI text for a message id, so scenarios find elements by what a person reads in either language. */
export function text(locale, id, values = {}) {
  return catalogues[locale][id].replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));
}

/** Signs in through the real login page, reading the one-time code from the server's log. */
export async function signIn(page, server, locale, localPhone, e164, next) {
  await page.goto(`${server.url}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel(text(locale, 'login.phone')).fill(localPhone);
  const sentAt = server.lines.length;
  await page.getByRole('button', { name: text(locale, 'login.sendCode') }).click();
  await page.getByLabel(text(locale, 'login.code')).waitFor();
  let code;
  for (let i = 0; i < 100 && !code; i++) {
    code = server.lines.slice(sentAt).find((l) => l.event === 'otp.console' && l.phoneNumber === e164)?.code;
    if (!code) await new Promise((r) => setTimeout(r, 50));
  }
  await page.getByLabel(text(locale, 'login.code')).fill(code);
  await page.getByRole('button', { name: text(locale, 'login.verify') }).click();
}
