// `npm run test:e2e`: builds the app, runs every scenario in e2e/scenarios/ against one real server, and prints
// "N passed, N failed".
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, pageErrors, repoRoot, screenshotsDir, startServer } from './harness.mjs';
import { startFakeApplePayGateway } from './fake-apple-pay-gateway.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: repoRoot, stdio: 'inherit' });

// `npm run test:e2e -- --no-build 04` runs only the scenario files whose names contain "04".
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = fs.readdirSync(path.join(here, 'scenarios')).filter((f) => f.endsWith('.mjs') && (!only.length || only.some((o) => f.includes(o)))).sort();
// The whole suite runs in trusted-documents mode: the app must only ever send the documents it was built with.
// The suite signs in dozens of times from one address, device and a few numbers within minutes: the sign-in
// limits are raised so that what is tested is the app, not the abuse limits (those have server tests).
// Apple Pay on the web against a stand-in gateway (23-apple-pay); Chromium has no ApplePaySession, so every other
// scenario still sees the simulator's stand-in button.
const applePay = await startFakeApplePayGateway();
const server = await startServer({
  ...applePay.env,
  GRAPHQL_TRUSTED_DOCUMENTS: 'only',
  OTP_RESEND_COOLDOWN_SECONDS: '1',
  OTP_MAX_PER_WINDOW: '100',
  PHONE_AUTH_IP_MAX_PER_WINDOW: '1000',
  PHONE_AUTH_DEVICE_MAX_PER_WINDOW: '1000',
  // WhatsApp on without keys: the local stand-in at /whatsapp-sim plays Meta (17-whatsapp).
  WHATSAPP_ENABLED: 'true',
});
server.applePay = applePay;
const browser = await launchBrowser();
const state = { stats: {} };
let passed = 0;
let failed = 0;
try {
  for (const file of files) {
    const { scenarios } = await import(pathToFileURL(path.join(here, 'scenarios', file)).href);
    for (const [name, run] of scenarios) {
      const started = Date.now();
      const errorsBefore = pageErrors.length;
      try {
        await run({ server, browser, state });
        if (pageErrors.length > errorsBefore) throw new Error(`uncaught page errors: ${pageErrors.slice(errorsBefore).join('; ')}`);
        passed += 1;
        console.log(`✓ ${file}: ${name} (${Date.now() - started} ms)`);
      } catch (err) {
        failed += 1;
        console.error(`✗ ${file}: ${name}\n  ${err.stack ?? err}`);
        await describeOpenPages(`${file}-${failed}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
  await applePay.stop();
}
/** What each open page showed when a scenario failed: its address, its alerts and a screenshot, for the CI log. */
async function describeOpenPages(name) {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  let n = 0;
  for (const page of browser.contexts().flatMap((c) => c.pages())) {
    try {
      const alerts = await page.locator('[role="alert"], [role="status"]').allInnerTexts();
      const file = path.join(screenshotsDir, `failed-${name.replace(/[^\w.-]/g, '_')}-${(n += 1)}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.error(`  page ${page.url()}\n  alerts: ${JSON.stringify(alerts.filter(Boolean))}\n  screenshot: ${path.relative(repoRoot, file)}`);
    } catch {
      // a page closing while we look is no more to report
    }
  }
}

const { lcpMs, initialJsKb, axe } = state.stats;
if (lcpMs !== undefined) console.log(`measure: home page LCP ${lcpMs} ms on the throttled mid-range phone profile (budget 1500 ms)`);
if (initialJsKb !== undefined) console.log(`measure: initial JavaScript ${initialJsKb} KB gzipped (budget 150 KB)`);
if (axe) console.log(`measure: axe-core on ${axe.pages} screens: ${axe.serious} serious, ${axe.critical} critical violations`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
