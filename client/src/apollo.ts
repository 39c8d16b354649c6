import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { authLink, refreshLink } from './auth';

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { salons: relayStylePagination(['filter', 'orderBy']), myBookings: relayStylePagination(['filter']) } },
      Salon: { fields: { reviews: relayStylePagination() } },
    },
  });
}

/** One client per app; `getLanguage` is read on every request so a language switch applies at once. */
export function createApolloClient(getLanguage: () => string, uri = '/graphql') {
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': getLanguage() },
    }));
    return forward(operation);
  });
  return new ApolloClient({ link: ApolloLink.from([refreshLink, language, authLink, new HttpLink({ uri })]), cache: createCache() });
}
