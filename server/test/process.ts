import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const serverDir = path.resolve(__dirname, '..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  lines: Record<string, any>[];
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Runs `src/main.ts` as a real child process and waits for its "server.ready" log line. */
export function spawnServer(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<ServerProcess> {
  return spawnProcess('src/main.ts', 'server.ready', env, timeoutMs);
}

/** Runs `src/worker.ts` (`npm run worker`) as a real child process and waits for its "worker.ready" log line. */
export function spawnWorker(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<ServerProcess> {
  return spawnProcess('src/worker.ts', 'worker.ready', env, timeoutMs);
}

function spawnProcess(script: string, readyEvent: string, env: Record<string, string | undefined>, timeoutMs: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', script], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, any>[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not become ready: ${JSON.stringify(lines.slice(-5))}`)), timeoutMs);
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += String(chunk);
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        try {
          const parsed = JSON.parse(line);
          lines.push(parsed);
          if (parsed.event === readyEvent) {
            clearTimeout(timer);
            resolve({ child, url: parsed.url, lines, exited });
          }
        } catch {
          lines.push({ raw: line });
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready: ${JSON.stringify(lines.slice(-5))}`));
    });
  });
}

/** Runs `src/main.ts` to completion, for start-up failures. */
export function runServerToExit(env: Record<string, string | undefined>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += String(c)));
  child.stderr.on('data', (c) => (stderr += String(c)));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}
