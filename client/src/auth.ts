import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap } from 'rxjs';
import { graphql } from './gql';

const KEY = 'salon.session';

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
}

type Listener = (session: StoredSession | null) => void;
const listeners = new Set<Listener>();

export function readSession(): StoredSession | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

export function saveSession(session: StoredSession | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l(session));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const RefreshDocument = graphql(`
  mutation Refresh($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken errors { code } } }
`);
const refreshHash = String((RefreshDocument as { __meta__?: { hash?: string } }).__meta__?.hash ?? '').replace(/^sha256:/, '');

let refreshing: Promise<boolean> | null = null;

/** Runs `fn` while no other tab of this origin runs it (Web Locks); alone where the browser has no Web Locks. */
function acrossTabs<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request('salon.session.refresh', fn) as Promise<T>) : fn();
}

/**
 * Swaps the refresh token once, however many requests failed at the same moment, in this tab and across tabs:
 * a refresh token is single-use, so two tabs sending the same one would look like theft. The tab that waited
 * for the lock finds the other tab's new tokens in storage and uses them instead of refreshing again.
 */
export function refreshOnce(uri = '/graphql'): Promise<boolean> {
  const stale = readSession()?.refreshToken;
  refreshing ??= acrossTabs(async () => {
    const session = readSession();
    if (!session) return false;
    if (session.refreshToken !== stale) return true;
    try {
      const res = await fetch(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // By hash, like every other operation, so it works where only trusted documents are accepted.
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: refreshHash } }, variables: { input: { refreshToken: session.refreshToken } } }),
      });
      const body = await res.json();
      const payload = body?.data?.refreshSession;
      if (payload?.accessToken) {
        saveSession({ accessToken: payload.accessToken, refreshToken: payload.refreshToken });
        return true;
      }
      // Only a refused token ends the session; an outage (503 SERVICE_UNAVAILABLE) keeps it for a later try.
      if (payload?.errors?.length) saveSession(null);
      return false;
    } catch {
      return false;
    }
  }).finally(() => setTimeout(() => (refreshing = null), 0));
  return refreshing;
}

/** Attaches the access token to every request. */
export const authLink = new ApolloLink((operation, forward) => {
  const session = readSession();
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}) },
  }));
  return forward(operation);
});

/**
 * On UNAUTHENTICATED: refresh once with the rotating refresh token, then retry the operation. When the session
 * cannot be refreshed it is gone (signed out), and the operation is retried without it: a public query such as
 * the home page's salons then simply works, and a private one fails as for anyone signed out.
 */
export const refreshLink = new ErrorLink(({ error, operation, forward }) => {
  const unauthenticated = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (!unauthenticated || !readSession() || operation.getContext().retried) return;
  return from(refreshOnce()).pipe(
    switchMap(() => {
      operation.setContext({ retried: true });
      return forward(operation);
    }),
  );
});
