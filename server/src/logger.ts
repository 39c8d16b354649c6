import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'LOG_PRETTY'>): Logger {
  const options = { level: config.LOG_LEVEL, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (config.LOG_PRETTY) return pino({ ...options, transport: { target: 'pino-pretty' } });
  // Synchronous stdout: the last lines before process.exit (shutdown, fatal start-up errors) must not be lost.
  return pino(options, pino.destination({ dest: 1, sync: true }));
}
