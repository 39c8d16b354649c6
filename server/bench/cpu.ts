import fs from 'node:fs';

/**
 * CPU time read from /proc, in milliseconds. The bench charges each request with the server process's CPU and the
 * CPU of every PostgreSQL process under the embedded postmaster (backends, and the postmaster's reaped children).
 */
const TICK_MS = 10; // USER_HZ is 100 on Linux (getconf CLK_TCK)

interface ProcStat { pid: number; ppid: number; comm: string; utime: number; stime: number; cutime: number; cstime: number }

function readStat(pid: number): ProcStat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may hold spaces; the fields after it are space-separated.
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const f = text.slice(close + 2).split(' ');
    // f[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17.
    return { pid, ppid: Number(f[1]), comm, utime: Number(f[11]), stime: Number(f[12]), cutime: Number(f[13]), cstime: Number(f[14]) };
  } catch {
    return null;
  }
}

function allStats(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(Number(name));
    if (s) out.push(s);
  }
  return out;
}

/** CPU ms of one process (itself only). */
export function processCpuMs(pid: number): number {
  const s = readStat(pid);
  return s ? (s.utime + s.stime) * TICK_MS : 0;
}

/**
 * CPU ms of PostgreSQL under `rootPid`: every postmaster that descends from it, with its exited children
 * (a backend that ended is reaped by the postmaster and lands in its cutime), plus every live child.
 * Null when no postmaster is found (an external DATABASE_URL): the bench then reports the server side only.
 */
export function postgresCpuMs(rootPid: number): number | null {
  const stats = allStats();
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) {
    const list = children.get(s.ppid);
    if (list) list.push(s);
    else children.set(s.ppid, [s]);
  }
  let total = 0;
  let found = false;
  const walk = (pid: number, insidePostgres: boolean) => {
    for (const child of children.get(pid) ?? []) {
      const isPostgres = child.comm.startsWith('postgres');
      if (isPostgres && !insidePostgres) {
        found = true;
        total += (child.utime + child.stime + child.cutime + child.cstime) * TICK_MS;
      } else if (isPostgres) {
        total += (child.utime + child.stime) * TICK_MS;
      }
      walk(child.pid, insidePostgres || isPostgres);
    }
  };
  walk(rootPid, false);
  return found ? total : null;
}
