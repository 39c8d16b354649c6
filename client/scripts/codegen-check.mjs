// Fails when client/src/gql is stale: regenerates into a temporary folder and compares.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const committed = path.join(root, 'client', 'src', 'gql');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
fs.cpSync(root, scratch, {
  recursive: true,
  filter: (src) => !/(node_modules|\.git|\.data|dist)$/.test(src) && !src.startsWith(committed),
});
fs.symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'));
execFileSync(process.execPath, [path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'codegen.ts', '--silent'], {
  cwd: scratch,
  stdio: 'inherit',
});
const fresh = path.join(scratch, 'client', 'src', 'gql');
const files = new Set([...fs.readdirSync(committed), ...fs.readdirSync(fresh)]);
const stale = [...files].filter((f) => {
  const a = path.join(committed, f);
  const b = path.join(fresh, f);
  return !fs.existsSync(a) || !fs.existsSync(b) || fs.readFileSync(a, 'utf8') !== fs.readFileSync(b, 'utf8');
});
fs.rmSync(scratch, { recursive: true, force: true });
if (stale.length) {
  console.error(`client/src/gql is stale (${stale.join(', ')}). Run \`npm run codegen\` and commit the result.`);
  process.exit(1);
}
console.log('client/src/gql matches schema.graphql and the client operations.');
