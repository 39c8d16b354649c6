import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoot } from './root';
import { createApolloClient } from './apollo';
import { readSession } from './auth';
import { apiLanguage, initialLocale, loadCatalogue, rememberLocale, type Locale } from './i18n/locale';
import { readServerRender } from './server-render';
// The Arabic typeface, served by the app itself: the Arabic subset only, in the two weights the design uses.
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import './styles.css';

const locale = initialLocale();
// The server renders the first page in the language this cookie names (it cannot read localStorage).
rememberLocale(locale);
const rendered = readServerRender();
// The server renders pages as a signed-out visitor sees them, in one language: a signed-in person or another
// language gets a fresh render instead of a hydration that would not match.
const hydrate = rendered !== null && rendered.locale === locale && !readSession();
let initialState = hydrate ? rendered.state : undefined;

function clientFor(language: Locale) {
  const client = createApolloClient(() => apiLanguage(language));
  // The server's answers, once: the page renders with the data the HTML was made from, without asking again.
  if (initialState) client.cache.restore(initialState as never);
  initialState = undefined;
  return client;
}

await loadCatalogue(locale);

const tree = (
  <StrictMode>
    <BrowserRouter>
      <AppRoot clientFor={clientFor} hydrating={hydrate} />
    </BrowserRouter>
  </StrictMode>
);
const root = document.getElementById('root')!;
if (hydrate) hydrateRoot(root, tree);
else createRoot(root).render(tree);
