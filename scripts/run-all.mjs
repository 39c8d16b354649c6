// `npm test`: runs every step even when an earlier one fails, so one run reports every failure (a failing server
// suite must not hide a failing client suite). Exits non-zero when any step failed.
import { spawnSync } from 'node:child_process';

const steps = process.argv.slice(2);
const failed = [];
for (const step of steps) {
  console.log(`\n> npm run ${step}`);
  const { status, signal } = spawnSync('npm', ['run', ...step.split(' ')], { stdio: 'inherit' });
  if (status !== 0) failed.push(`${step} (${signal ?? `exit ${status}`})`);
}
console.log(failed.length ? `\nnpm test: ${failed.length} of ${steps.length} steps failed: ${failed.join(', ')}` : `\nnpm test: all ${steps.length} steps passed`);
process.exit(failed.length ? 1 : 0);
