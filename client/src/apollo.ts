import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import { authLink, refreshLink } from './auth';

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
 * GRAPHQL_TRUSTED_DOCUMENTS=only mode runs them, and requests stay small.
 */
export const trustedDocumentsLink = new PersistedQueryLink({
  generateHash: (document: DocumentNode) => String((document as { __meta__?: { hash?: string } }).__meta__?.hash ?? '').replace(/^sha256:/, ''),
});

/** One client per app; `getLanguage` is read on every request so a language switch applies at once. */
export function createApolloClient(getLanguage: () => string, uri = '/graphql') {
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': getLanguage() },
    }));
    return forward(operation);
  });
  return new ApolloClient({ link: ApolloLink.from([refreshLink, language, authLink, trustedDocumentsLink, new HttpLink({ uri })]), cache: createCache() });
}
