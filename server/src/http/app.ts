import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { AppServices } from '../app-services';
import { pendingMigrations } from '../db/orm';
import { repoRoot } from '../db/paths';
import { requestScope } from './request-scope';
import { createServerRender, sendHtml } from './server-render';
import type { GraphqlHandler } from './graphql-middleware';
import type { ResponseCache } from './response-cache';
import { loadManifest, trustedDocuments } from './trusted-documents';
import { paymentRoutes } from '../modules/payments/payments.http';
import { mediaRoutes } from '../modules/media/media.http';
import { moyasarSettings } from '../modules/payments/settings';
import { createMoyasarSimulator } from '../modules/payments/simulator/simulator';
import { whatsAppWebhookRoutes } from '../modules/notifications/whatsapp/webhook';
import { whatsAppSettings } from '../modules/notifications/whatsapp/settings';
import { createWhatsAppStandIn } from '../modules/notifications/whatsapp/stand-in';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The one HTTP surface: GraphQL, health probes, the Moyasar webhook and the built web app. */
export function createHttpApp(app: AppServices, graphql: GraphqlHandler, lifecycle: { stopping: boolean } = { stopping: false }, responseCache?: ResponseCache): Express {
  const server = express();
  server.disable('x-powered-by');
  server.set('trust proxy', parseTrustProxy(app.config.TRUST_PROXY));

  server.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const scope = { requestId, sqlStatements: 0, sqlRoundTrips: 0 };
    const started = process.hrtime.bigint();
    const writeHead = res.writeHead;
    // Set just before headers go out, when the request's statements have all run.
    res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
      if (!res.headersSent) {
        res.setHeader('x-sql-statements', String(scope.sqlStatements));
        res.setHeader('x-sql-round-trips', String(scope.sqlRoundTrips));
      }
      return writeHead.apply(this, args);
    } as Response['writeHead'];
    res.on('finish', () => {
      app.logger.info({
        event: 'http.request',
        requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        sqlStatements: scope.sqlStatements,
        sqlRoundTrips: scope.sqlRoundTrips,
      });
    });
    requestScope.run(scope, next);
  });

  server.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    // A draining instance takes no new traffic; load balancers see that here first.
    if (lifecycle.stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      // Bounded on its own: a probe must answer in time even when PostgreSQL has stopped answering.
      const pending = await withTimeout(app.config.READYZ_TIMEOUT_MS, async () => {
        await app.orm.em.getConnection().execute('select 1');
        return pendingMigrations(app.orm);
      });
      if (pending > 0) {
        res.status(503).json({ status: 'migrations-pending', pending });
        return;
      }
      res.json({ status: 'ready' });
    } catch (err) {
      app.logger.warn({ event: 'readyz.failed', err }, 'Readiness check failed');
      res.status(503).json({ status: 'database-unavailable' });
    }
  });

  server.use(paymentRoutes(app));
  server.use(mediaRoutes(app));
  const moyasar = moyasarSettings(app.config);
  if (moyasar.simulated && !app.config.MOYASAR_BASE_URL) {
    // No Moyasar key: the local simulator takes its place, so the demo's payment flow works offline.
    const { router } = createMoyasarSimulator({
      secretKey: moyasar.secretKey, publishableKey: moyasar.publishableKey, webhookSecret: moyasar.webhookSecret,
      webhookUrl: `${app.config.PUBLIC_URL}/webhooks/moyasar`, publicUrl: () => `${app.config.PUBLIC_URL}/moyasar-sim`,
    });
    server.use('/moyasar-sim', router);
  }
  server.use(whatsAppWebhookRoutes(app));
  const whatsapp = whatsAppSettings(app.config);
  if (whatsapp?.standIn) {
    // WhatsApp on without keys, outside production: the local stand-in plays Meta, statuses and all.
    const { router } = createWhatsAppStandIn({ ...whatsapp, webhookUrl: `${app.config.PUBLIC_URL}/webhooks/whatsapp` });
    server.use('/whatsapp-sim', router);
  }

  const manifestFile = app.config.GRAPHQL_TRUSTED_DOCUMENTS_MANIFEST ?? path.join(repoRoot, 'client', 'src', 'gql', 'persisted-documents.json');
  server.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    trustedDocuments(app.config.GRAPHQL_TRUSTED_DOCUMENTS, loadManifest(manifestFile, app.logger)),
    ...(responseCache ? [responseCache.middleware()] : []),
    graphql.handler,
  );

  const renderPage = createServerRender(app.config.CLIENT_SSR_DIR ?? path.join(repoRoot, 'client', 'dist-ssr'), app.logger, app.config.SERVER_RENDER_TIMEOUT_MS);
  serveWebApp(server, app.config.CLIENT_DIST_DIR ?? path.join(repoRoot, 'client', 'dist'), renderPage);

  server.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
    const requestId = res.getHeader('x-request-id');
    if (status >= 500) app.logger.error({ event: 'http.error', requestId, err }, 'Unhandled error');
    if (res.headersSent) return;
    res.status(status).json({
      error: status >= 500 ? 'internal_error' : 'bad_request',
      message: status >= 500 ? 'Something went wrong on our side.' : 'The request could not be read.',
      requestId,
    });
  });
  return server;
}

function serveWebApp(server: Express, dist: string, renderPage: ReturnType<typeof createServerRender>) {
  const index = path.join(dist, 'index.html');
  // The built shell does not change while the server runs.
  let shell: string | undefined;
  server.use(precompressedAssets(dist));
  server.use(
    express.static(dist, {
      index: false,
      setHeaders: (res, file) => res.setHeader('cache-control', cacheControl(dist, file)),
    }),
  );
  // Client-side routes (/salons/:id, /bookings…) all load the single-page app.
  server.get(/^\/(?!graphql|webhooks|payments\/moyasar|moyasar-sim|whatsapp-sim|healthz|readyz|media\/).*/, async (req, res, next) => {
    if (!fs.existsSync(index)) {
      next();
      return;
    }
    shell ??= fs.readFileSync(index, 'utf8');
    const rendered = await renderPage(req, shell);
    if (rendered !== null) {
      sendHtml(req, res, rendered);
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    const encoding = precompressedEncoding(req, index);
    res.setHeader('vary', 'accept-encoding');
    if (!encoding) {
      res.sendFile(index);
      return;
    }
    res.setHeader('content-encoding', encoding.name);
    res.type('html');
    res.sendFile(encoding.file);
  });
}

/** Vite names built assets by their content hash: a changed file gets a new name, so the old one never changes. */
function cacheControl(dist: string, file: string): string {
  return path.relative(dist, file).startsWith(`assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/** The build writes file.br and file.gz beside each text asset (client/build/precompress.ts). */
function precompressedEncoding(req: Request, file: string): { name: string; file: string } | null {
  // Brotli whenever it is accepted at all: browsers list it after gzip but it is smaller.
  const match = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name);
  return match && fs.existsSync(file + match.ext) ? { name: match.name, file: file + match.ext } : null;
}

/** Sends the precompressed twin of a requested asset when the browser accepts its encoding. */
function precompressedAssets(dist: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let file: string;
    try {
      file = path.join(dist, path.normalize(decodeURIComponent(req.path)));
    } catch {
      return next(); // a malformed %-escape names no asset
    }
    if (!file.startsWith(dist + path.sep) || !/\.(js|css|svg|json|txt|webmanifest)$/.test(file) || !fs.existsSync(file)) return next();
    res.setHeader('vary', 'accept-encoding');
    const encoding = precompressedEncoding(req, file);
    if (!encoding) return next();
    res.setHeader('content-encoding', encoding.name);
    res.setHeader('cache-control', cacheControl(dist, file));
    res.type(path.extname(file));
    res.sendFile(encoding.file, { cacheControl: false });
  };
}

function withTimeout<T>(ms: number, run: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the database within ${ms} ms`)), ms);
  });
  return Promise.race([run(), timeout]).finally(() => clearTimeout(timer));
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
