import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { salons: relayStylePagination(['filter', 'orderBy']) } },
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
  return new ApolloClient({ link: ApolloLink.from([language, new HttpLink({ uri })]), cache: createCache() });
}
