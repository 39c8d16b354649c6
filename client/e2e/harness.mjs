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

/**
 * The suite's moment: a Wednesday evening in Riyadh (19:00, 2 December 2026). The server's clock starts there
 * (APP_CLOCK_START) and so does every page's (installClock), so no scenario depends on the day or hour it runs at:
 * "tomorrow" is always a Thursday every stylist works, and "an hour ago" is always today.
 */
export const SUITE_CLOCK_START = process.env.E2E_CLOCK_START ?? '2026-12-02T16:00:00Z';
// Where the suite's clock stands, once the server has started it (see appNow).
let clockOffset = 0;

/** The time on the server's clock: what a scenario means by "now" (never the machine's). */
export function appNow() {
  return new Date(Date.now() + clockOffset);
}

/** Starts a browser context's clock at the server's time; it then runs on by itself. */
export async function installClock(context) {
  await context.clock.install({ time: appNow() });
}

/** Starts the built server with its own embedded PostgreSQL in a temporary directory, its clock at the suite's moment. */
export async function startServer(extraEnv = {}) {
  const port = await freePort();
  clockOffset = Date.parse(SUITE_CLOCK_START) - Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-e2e-'));
  fs.chmodSync(dataDir, 0o777);
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, APP_CLOCK_START: SUITE_CLOCK_START, EMBEDDED_PG_DIR: path.join(dataDir, 'pg'), MEDIA_DIR: path.join(dataDir, 'media'), LOG_LEVEL: 'info', ...extraEnv };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--enable-source-maps', 'server/dist/main.js'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = [];
  let buffer = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 180 s')), 180_000);
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
    /**
     * SQL on the server's embedded database, for what only time can do (a booking whose start has passed): read
     * from its postmaster.pid (line 4, the port), as server/src/db/embedded-postgres.ts does.
     */
    async sql(query, params = []) {
      const port = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3].trim();
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/salon` });
      await client.connect();
      try {
        return (await client.query(query, params)).rows;
      } finally {
        await client.end();
      }
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

/** Uncaught errors of every page, checked after each scenario by run.mjs: a page error fails the scenario. */
export const pageErrors = [];

/** A phone-sized page (390 px unless `width` says otherwise) in the given language (remembered in localStorage). */
export async function newPage(browser, baseUrl, locale, { width = 390, height = 844 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: locale === 'en' ? 'en-US' : 'ar-SA', hasTouch: width < 600 });
  await installClock(context);
  // Only the first visit: later reloads must see what the app itself remembered.
  await context.addInitScript((value) => {
    if (!window.localStorage.getItem('salon.locale')) window.localStorage.setItem('salon.locale', value);
  }, locale);
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    console.error(`page error: ${err.message}`);
    pageErrors.push(err.message);
  });
  // React reports a server-rendered page that its first render does not match on the console, and recovers by
  // rendering again: invisible on screen, but a bug all the same.
  page.on('console', (message) => {
    if (message.type() === 'error' && /hydrat/i.test(message.text())) pageErrors.push(message.text());
  });
  await page.goto(baseUrl);
  return page;
}

/** Saves a full-page screenshot (e2e/screenshots, not in git) after checking the page's layout (see checkLayout). */
export async function screenshot(page, name) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await checkLayout(page, name);
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
}

/**
 * Fails when the page scrolls sideways, or when an element's text runs outside its own box (clipped or spilling),
 * or when a button, link or input a finger uses is smaller than 44 × 44 px (24 px for links inside running text).
 */
export async function checkLayout(page, name) {
  const problems = await page.evaluate(() => {
    const found = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) found.push(`page is ${doc.scrollWidth}px wide in a ${doc.clientWidth}px window`);
    const describe = (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[aria-hidden="true"], .visually-hidden, dialog:not([open])')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > doc.clientWidth + 1 || box.left < -1) {
        // Inside a region built to scroll sideways (a gallery, a wide table that keyboard users can focus and scroll).
        if (!el.closest('.gallery, nav, .choices, .calendar, .table-scroll') && style.position !== 'fixed') found.push(`${describe(el)} sticks out of the window (${Math.round(box.left)}–${Math.round(box.right)})`);
      }
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      if (clips && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        found.push(`${describe(el)} cuts off its text`);
      }
      const interactive = el.matches('button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button]');
      if (interactive && !el.closest('.visually-hidden')) {
        const inText = el.matches('a') && el.closest('p, li') && !el.matches('.button');
        const min = inText || el.matches('input[type=radio], input[type=checkbox]') ? 24 : 44;
        const target = el.matches('input[type=radio], input[type=checkbox]') ? el.closest('label') ?? el : el;
        const r = target.getBoundingClientRect();
        if (r.height < min - 0.5 || r.width < Math.min(min, 24) - 0.5) found.push(`${describe(el)} is a ${Math.round(r.width)}×${Math.round(r.height)} px target`);
      }
    }
    return found;
  });
  if (problems.length) throw new Error(`layout problems on ${name}:\n  ${[...new Set(problems)].slice(0, 15).join('\n  ')}`);
}

const axeSource = fs.readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns the serious and critical violations (the suite requires none). */
export async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Every main screen's check: axe (0 serious or critical), layout, keyboard focus visible, then a screenshot. */
export async function checkScreen(page, name, stats) {
  const violations = await axe(page);
  stats.axe = stats.axe ?? { pages: 0, serious: 0, critical: 0 };
  stats.axe.pages += 1;
  for (const v of violations) stats.axe[v.impact] += 1;
  if (violations.length) {
    throw new Error(`axe on ${name}:\n  ${violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`).join('\n  ')}`);
  }
  await checkFocusVisible(page, name);
  await screenshot(page, name);
}

/** Tabs through the first controls: each gets focus and a visible outline. */
async function checkFocusVisible(page, name) {
  // Start Tab from the top of the page.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, shadow: style.boxShadow !== 'none' };
    });
    if (!focus && i > 0) break; // a short page: focus has left it
    if (!focus) throw new Error(`${name}: Tab moved focus nowhere`);
    if (!focus.outline && !focus.shadow) throw new Error(`${name}: the focused ${focus.tag} shows no focus ring`);
  }
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
  await signInHere(page, server, locale, localPhone, e164);
}

/** Phone and one-time code on the login page the browser is already on. */
export async function signInHere(page, server, locale, localPhone, e164) {
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

/** The one-time name step a new person sees right after signing in. */
export async function giveName(page, locale, firstName) {
  await page.getByRole('heading', { level: 1, name: text(locale, 'name.title') }).waitFor();
  await page.getByLabel(text(locale, 'name.firstName')).fill(firstName);
  await page.getByRole('button', { name: text(locale, 'name.continue') }).click();
  await page.getByRole('heading', { level: 1, name: text(locale, 'name.title') }).waitFor({ state: 'detached' });
}

/**
 * Picks a day and its first free time in the booking form and returns the time's label. Not today's first time:
 * on a slow machine the seconds between listing it and confirming can take it past the salon's minimum notice,
 * and the booking is then (rightly) refused. The second open day has no such edge.
 */
export async function pickTime(page) {
  const days = page.locator('button.day:not([disabled])');
  await days.first().waitFor();
  const day = (await days.count()) > 1 ? days.nth(1) : days.first();
  await day.click();
  const slot = page.locator('button.slot').first();
  await slot.waitFor();
  const time = (await slot.textContent()).trim();
  await slot.click();
  return time;
}

/** Pays the hold on screen with the simulator's test card and approves its 3-D Secure page. */
export async function payByCard(page, locale, name) {
  await page.getByLabel(text(locale, 'pay.name')).fill(name);
  await page.getByLabel(text(locale, 'pay.number')).fill('4111 1111 1111 1111');
  await page.getByLabel(text(locale, 'pay.expiry')).fill('12/30');
  await page.getByLabel(text(locale, 'pay.cvc')).fill('123');
  await page.getByRole('button', { name: text(locale, 'pay.submit') }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
}

/**
 * Time passes: the booking started half an hour ago (or an hour or more, at a free spot of its stylist earlier
 * today), on the server's clock. Only SQL can do this; the API refuses bookings in the past.
 */
export async function moveIntoThePast(server, bookingId) {
  let moved = 0;
  for (let minutesAgo = 30; !moved && minutesAgo < 24 * 60; minutesAgo += 60) {
    moved = await server.sql(
      `update bookings set starts_at = $3::timestamptz - make_interval(mins => $2), ends_at = $3::timestamptz - make_interval(mins => $2) + (ends_at - starts_at),
         blocked_until = $3::timestamptz - make_interval(mins => $2) + (blocked_until - starts_at) where id = $1 returning id`, [bookingId, minutesAgo, appNow()],
    ).then((rows) => rows.length, () => 0);
  }
  if (!moved) throw new Error(`booking ${bookingId} could not be moved into the past`);
}

/** The manager (English calendar, on /manage) marks the booking a no-show from its block. */
export async function markNoShowInCalendar(manager, bookingId) {
  await manager.reload();
  const block = manager.locator(`.cal-block[data-booking="${bookingId}"]`);
  await block.waitFor();
  await block.click();
  await manager.getByRole('button', { name: text('en', 'calendar.noShow'), exact: true }).click();
  await manager.locator(`.cal-block.status-NO_SHOW[data-booking="${bookingId}"]`).waitFor();
}

/** Books a prepaid salon and stops at the payment form. */
export async function bookHeld(page, locale, salonName) {
  await page.getByRole('link', { name: salonName }).click();
  await page.locator('input[name="service"]').first().check();
  await pickTime(page);
  // A salon with fees (the demo's Red Sea Spa) asks the customer to accept them first.
  const accept = page.getByLabel(text(locale, 'book.acceptTerms'));
  if (await accept.count()) await accept.check();
  await page.getByRole('button', { name: text(locale, 'book.confirm') }).click();
  await page.locator('[data-hold]').waitFor();
}
