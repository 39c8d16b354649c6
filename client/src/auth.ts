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

/** Swaps the refresh token once, however many requests failed at the same moment. */
export function refreshOnce(uri = '/graphql'): Promise<boolean> {
  refreshing ??= (async () => {
    const session = readSession();
    if (!session) return false;
    try {
      const res = await fetch(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // By hash, like every other operation, so it works where only trusted documents are accepted.
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: refreshHash } }, variables: { input: { refreshToken: session.refreshToken } } }),
      });
      const body = await res.json();
      const payload = body?.data?.refreshSession;
      if (!payload?.accessToken) {
        saveSession(null);
        return false;
      }
      saveSession({ accessToken: payload.accessToken, refreshToken: payload.refreshToken });
      return true;
    } catch {
      return false;
    } finally {
      setTimeout(() => (refreshing = null), 0);
    }
  })();
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
