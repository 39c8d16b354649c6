import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '../i18n/locale';

export interface RequestScope {
  requestId: string;
  sqlStatements: number;
  /** Messages sent to PostgreSQL: one per statement, except reads gathered into one message (db/statement-batch.ts). */
  sqlRoundTrips: number;
  /** Set once the GraphQL context knows it, for errors formatted outside resolvers. */
  locale?: Locale;
}

/** Per-request values that code far from the request (ORM hooks, loggers) needs to see. */
export const requestScope = new AsyncLocalStorage<RequestScope>();
