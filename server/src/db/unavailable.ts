/**
 * True when an error means PostgreSQL could not be reached or did not answer in time (as opposed to a bug or a
 * constraint): no connection within DB_CONNECT_TIMEOUT_MS, none free within DB_ACQUIRE_TIMEOUT_MS, no answer
 * within DB_QUERY_TIMEOUT_MS, a statement cut by DB_STATEMENT_TIMEOUT_MS, or a lost or refused connection.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (name === 'KnexTimeoutError' || name === 'ConnectionException') return true;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  }
  return false;
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN',
  '57014', // query_canceled: statement_timeout
  '57P01', '57P02', '57P03', // the server is shutting down or not yet accepting connections
  '53300', // too_many_connections
]);

// node-postgres and knex report timeouts and lost connections by message only.
const UNAVAILABLE_MESSAGES = /Query read timeout|Connection terminated|timeout expired|Timeout acquiring a connection|Client has encountered a connection error|Connection ended unexpectedly/i;
