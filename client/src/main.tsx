import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { SessionProvider } from './lib/session';
import { createApolloClient } from './apollo';
import { apiLanguage, initialLocale, loadCatalogue, LocaleProvider, useLocale } from './i18n/locale';
import { ToastProvider } from './ui/Toast';
// The Arabic typeface, served by the app itself: the Arabic subset only, in the two weights the design uses.
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import './styles.css';

function WithApollo() {
  const { locale } = useLocale();
  // A language switch re-creates the client so every cached, localised field is fetched again in the new language.
  const client = useMemo(() => createApolloClient(() => apiLanguage(locale)), [locale]);
  return (
    <ApolloProvider client={client}>
      <SessionProvider>
        <ToastProvider>
          <App />
        </ToastProvider>
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
