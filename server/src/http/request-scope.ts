import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  requestId: string;
  sqlStatements: number;
}

/** Per-request values that code far from the request (ORM hooks, loggers) needs to see. */
export const requestScope = new AsyncLocalStorage<RequestScope>();
