import type { Locale } from './i18n/locale';

/** What the server put beside its HTML (server/src/http/server-render.ts): the language and Apollo's cache. */
export interface ServerRender {
  locale: Locale;
  state: unknown;
}

export const SERVER_RENDER_ID = 'server-render';

export function readServerRender(): ServerRender | null {
  const text = document.getElementById(SERVER_RENDER_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as ServerRender;
  } catch {
    return null;
  }
}
