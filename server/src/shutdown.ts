import type { Logger } from './logger';

/**
 * The one orderly stop for a process (the server or the worker): on the first SIGINT/SIGTERM it logs
 * `<name>.stopping`, runs `stop`, logs `<name>.stopped` and exits 0. A stop that is still running after
 * `timeoutMs` (a database that stopped answering, a request that never ends) is cut short: it logs
 * `<name>.stopped` with `forced: true` and exits 1, so an orchestrator's kill deadline is never the bound.
 */
export function stopOnSignals(name: 'server' | 'worker', logger: Logger, timeoutMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = performance.now();
    logger.info({ event: `${name}.stopping`, signal, timeoutMs }, 'Shutting down');
    setTimeout(() => {
      logger.error({ event: `${name}.stopped`, forced: true, durationMs: Math.round(performance.now() - started) }, `Did not stop within ${timeoutMs} ms; exiting anyway`);
      process.exit(1);
    }, timeoutMs);
    stop().then(
      () => {
        logger.info({ event: `${name}.stopped`, durationMs: Math.round(performance.now() - started) }, 'Stopped');
        process.exit(0);
      },
      (err) => {
        logger.error({ event: `${name}.stopped`, err, durationMs: Math.round(performance.now() - started) }, 'Stopped with an error');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
