import { useMemo } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { App } from './App';
import { SessionProvider } from './lib/session';
import { LocaleProvider, useLocale, type Locale } from './i18n/locale';
import { ToastProvider } from './ui/Toast';

/**
 * The whole app below the router: the browser (main.tsx) and the server's first render (entry-server.tsx) build the
 * same tree, so the server's HTML hydrates without a difference.
 */
export function AppRoot({ clientFor, locale, hydrating }: { clientFor: (locale: Locale) => ApolloClient; locale?: Locale; hydrating?: boolean }) {
  return (
    <LocaleProvider locale={locale}>
      <WithApollo clientFor={clientFor} hydrating={hydrating} />
    </LocaleProvider>
  );
}

function WithApollo({ clientFor, hydrating }: { clientFor: (locale: Locale) => ApolloClient; hydrating?: boolean }) {
  const { locale } = useLocale();
  // A language switch re-creates the client so every cached, localised field is fetched again in the new language.
  const client = useMemo(() => clientFor(locale), [clientFor, locale]);
  return (
    <ApolloProvider client={client}>
      <SessionProvider hydrating={hydrating}>
        <ToastProvider>
          <App />
        </ToastProvider>
      </SessionProvider>
    </ApolloProvider>
  );
}
