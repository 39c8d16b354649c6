import type { ChildProcess } from 'node:child_process';

/**
 * Request and reply over a child's IPC channel, as the bench drives the servers it measures (server-process.ts,
 * peer/server.mjs): sends `msg` (null: only wait, for a message the child sends by itself, like `ready`) and
 * resolves with the first message of type `reply`; rejects if the child exits first, naming it.
 */
export type IpcRequest = <T>(msg: object | null, reply: string) => Promise<T>;

export function ipcRequester(child: ChildProcess, name: string): IpcRequest {
  return <T>(msg: object | null, reply: string) =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${name} exited with ${code}`));
      const onMessage = (m: { type: string } & Record<string, unknown>) => {
        if (m.type !== reply) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as T);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      if (msg) child.send(msg);
    });
}
