import { Client } from 'pg';
import type { TestServer } from './harness';

/** Runs SQL against a test server's own database, outside the application (for fixtures and checks). */
export async function sql<T = any>(t: TestServer, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: t.app.orm.config.get('clientUrl') });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}
