import 'reflect-metadata';
import pino from 'pino';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config';
import { startServer } from '../src/server';
import { startSession } from '../src/modules/accounts/sessions';
import { User } from '../src/modules/accounts/user.entity';

/**
 * The server under test, in its own process so the bench can read its CPU time from /proc apart from autocannon's
 * (and so `node --cpu-prof` profiles the server alone). Driven by the bench over IPC.
 */
async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL as string;
  const logger = pino({ level: 'warn' });
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', OTP_PROVIDER: 'authentica', AUTHENTICA_API_KEY: 'bench', PAYMENTS_ENABLED: 'false', JWT_SECRET: 'b'.repeat(40), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKER_IN_PROCESS: 'false', DATABASE_URL: databaseUrl });
  const server = await startServer({ config, logger, databaseUrl });
  process.on('message', async (msg: { type: string; ids?: string[]; enabled?: boolean }) => {
    if (msg.type === 'responseCache') {
      // The bench measures the read path with the shared response cache off, then its hits and misses.
      server.responseCache.enabled = msg.enabled === true;
      process.send?.({ type: 'responseCache' });
    } else if (msg.type === 'tokens') {
      const tokens: string[] = [];
      for (const id of msg.ids ?? []) {
        const em = server.app.orm.em.fork() as EntityManager;
        tokens.push((await em.transactional(async (tx) => startSession(server.app, tx, await tx.findOneOrFail(User, { id })))).accessToken);
      }
      process.send?.({ type: 'tokens', tokens });
    } else if (msg.type === 'stop') {
      await server.stop();
      process.send?.({ type: 'stopped' }, () => process.exit(0));
    }
  });
  process.send?.({ type: 'ready', url: server.url });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
