import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { authLink, refreshLink } from './auth';
import { accessErrorLink } from './lib/access';

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { salons: relayStylePagination(['filter', 'orderBy']), myBookings: relayStylePagination(['filter']) } },
      Salon: { fields: { reviews: relayStylePagination() } },
    },
  });
}

/**
 * Operations go by the hash GraphQL Code Generator gave them (the trusted-documents manifest), so a server in
 * GRAPHQL_TRUSTED_DOCUMENTS=only mode runs them, and requests stay small. The server knows every document the app
 * was built with, so unlike automatic persisted queries there is never a retry with the full text.
 */
export const trustedDocumentsLink = new ApolloLink((operation, forward) => {
  const hash = String((operation.query as { __meta__?: { hash?: string } }).__meta__?.hash ?? '').replace(/^sha256:/, '');
  operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } };
  operation.setContext({ http: { includeQuery: false, includeExtensions: true } });
  return forward(operation);
});

/** One client per app; `getLanguage` is read on every request so a language switch applies at once. */
export function createApolloClient(getLanguage: () => string, uri = '/graphql') {
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': getLanguage() },
    }));
    return forward(operation);
  });
  return new ApolloClient({ link: ApolloLink.from([accessErrorLink, refreshLink, language, authLink, trustedDocumentsLink, new HttpLink({ uri })]), cache: createCache() });
}

/**
 * The server's first render (entry-server.tsx) asks as a signed-out visitor, through the same API and trusted
 * documents as the browser; `ssrMode` keeps it from refetching what it has.
 */
export function createServerApolloClient(language: string, uri: string) {
  const headers = new ApolloLink((operation, forward) => {
    operation.setContext({ headers: { 'accept-language': language } });
    return forward(operation);
  });
  return new ApolloClient({ ssrMode: true, link: ApolloLink.from([headers, trustedDocumentsLink, new HttpLink({ uri })]), cache: createCache() });
}
