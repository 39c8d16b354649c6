import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { SessionProvider } from './lib/session';
import { createApolloClient } from './apollo';
import { apiLanguage, initialLocale, loadCatalogue, LocaleProvider, useLocale } from './i18n/locale';
import './styles.css';

function WithApollo() {
  const { locale } = useLocale();
  // A language switch re-creates the client so every cached, localised field is fetched again in the new language.
  const client = useMemo(() => createApolloClient(() => apiLanguage(locale)), [locale]);
  return (
    <ApolloProvider client={client}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </ApolloProvider>
  );
}

await loadCatalogue(initialLocale());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <LocaleProvider>
        <WithApollo />
      </LocaleProvider>
    </BrowserRouter>
  </StrictMode>,
);
