import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import type { Request, Response } from 'express';
import { importEsm } from '../import-esm';
import type { Logger } from '../logger';

/** The web app's server entry (client/src/entry-server.tsx, built into client/dist-ssr by `npm run build`). */
interface RenderModule {
  serverRenderedPaths: string[];
  render(request: { path: string; locale: 'ar-SA' | 'en'; graphqlUrl: string; signal?: AbortSignal }): Promise<{ html: string; data: unknown }>;
}

const LOCALE_COOKIE = /(?:^|;\s*)salon\.locale=(ar-SA|en)(?:;|$)/;

/**
 * Renders the landing page's HTML on the server, so a visitor's phone paints the salons and their photos before the
 * app's script has arrived and run; the script then hydrates that HTML. It is an optimisation, never a dependency:
 * without a build of the entry, on an error, or past the time limit, the page is the plain app shell as before.
 */
export function createServerRender(dir: string, logger: Logger, timeLimitMs: number) {
  const entry = path.join(dir, 'entry-server.js');
  let loaded: Promise<RenderModule | null> | undefined;
  const load = () =>
    (loaded ??= fs.existsSync(entry)
      ? importEsm(pathToFileURL(entry).href).catch((err: unknown) => {
          logger.warn({ event: 'web.render_unavailable', err }, 'The web app server render could not be loaded');
          return null;
        })
      : Promise.resolve(null));

  /** The shell with the page rendered into it, or null when the plain shell should be sent. */
  return async function renderPage(req: Request, shell: string): Promise<string | null> {
    const mod = await load();
    if (!mod || !mod.serverRenderedPaths.includes(req.path) || !shell.includes(ROOT)) return null;
    const locale = LOCALE_COOKIE.exec(req.header('cookie') ?? '')?.[1] === 'en' ? 'en' : 'ar-SA';
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`no render within ${timeLimitMs} ms`));
      }, timeLimitMs);
    });
    try {
      // The data comes through this server's own API, the way the browser would ask for it.
      const graphqlUrl = `http://127.0.0.1:${req.socket.localPort}/graphql`;
      const { html, data } = await Promise.race([mod.render({ path: req.path, locale, graphqlUrl, signal: controller.signal }), limit]);
      return fill(shell, html, data, locale);
    } catch (err) {
      logger.warn({ event: 'web.render_failed', path: req.path, err }, 'Server render failed; sending the app shell');
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
}

const ROOT = '<div id="root"></div>';

function fill(shell: string, html: string, data: unknown, locale: 'ar-SA' | 'en'): string {
  // `<` escaped so nothing in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const page = shell.replace(ROOT, () => `<div id="root">${html}</div><script type="application/json" id="server-render">${json}</script>`);
  return locale === 'en' ? page.replace(/<html lang="ar" dir="rtl">/, '<html lang="en" dir="ltr">') : page;
}

/** A rendered page differs per request, so it is compressed as it is sent (the shell's twins are precompressed). */
export function sendHtml(req: Request, res: Response, html: string): void {
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('vary', 'accept-encoding, cookie');
  res.type('html');
  const body = Buffer.from(html);
  if (req.acceptsEncodings('br') === 'br') {
    res.setHeader('content-encoding', 'br');
    res.send(zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }));
  } else if (req.acceptsEncodings('gzip') === 'gzip') {
    res.setHeader('content-encoding', 'gzip');
    res.send(zlib.gzipSync(body, { level: 6 }));
  } else res.send(body);
}
