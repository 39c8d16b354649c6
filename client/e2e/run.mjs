// `npm run test:e2e`: builds the app, runs every scenario in e2e/scenarios/ against one real server, and prints
// "N passed, N failed".
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, repoRoot, startServer } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: repoRoot, stdio: 'inherit' });

const files = fs.readdirSync(path.join(here, 'scenarios')).filter((f) => f.endsWith('.mjs')).sort();
// The whole suite runs in trusted-documents mode: the app must only ever send the documents it was built with.
const server = await startServer({ GRAPHQL_TRUSTED_DOCUMENTS: 'only' });
const browser = await launchBrowser();
const state = {};
let passed = 0;
let failed = 0;
try {
  for (const file of files) {
    const { scenarios } = await import(pathToFileURL(path.join(here, 'scenarios', file)).href);
    for (const [name, run] of scenarios) {
      const started = Date.now();
      try {
        await run({ server, browser, state });
        passed += 1;
        console.log(`✓ ${file}: ${name} (${Date.now() - started} ms)`);
      } catch (err) {
        failed += 1;
        console.error(`✗ ${file}: ${name}\n  ${err.stack ?? err}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
