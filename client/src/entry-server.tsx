import { prerenderStatic } from '@apollo/client/react/ssr';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppRoot } from './root';
import { createServerApolloClient } from './apollo';
import { apiLanguage, loadCatalogue, type Locale } from './i18n/locale';
import type { ServerRender } from './server-render';

/**
 * The pages the server renders before the script arrives: the public landing page, whose content (the salons and
 * their photos) is the largest paint a visitor waits for. Every other page is rendered in the browser.
 */
export const serverRenderedPaths = ['/'];

export interface RenderRequest {
  path: string;
  locale: Locale;
  /** The GraphQL endpoint of the server that renders, so the data comes through the same API as the browser's. */
  graphqlUrl: string;
  signal?: AbortSignal;
}

export async function render({ path, locale, graphqlUrl, signal }: RenderRequest): Promise<{ html: string; data: ServerRender }> {
  await loadCatalogue(locale);
  const client = createServerApolloClient(apiLanguage(locale), graphqlUrl);
  const { result, aborted } = await prerenderStatic({
    tree: (
      <StaticRouter location={path}>
        <AppRoot clientFor={() => client} locale={locale} />
      </StaticRouter>
    ),
    renderFunction: renderToString,
    signal,
  });
  if (aborted) throw new Error('server render aborted');
  return { html: result, data: { locale, state: client.extract() } };
}
