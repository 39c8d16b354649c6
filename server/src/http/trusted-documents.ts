import fs from 'node:fs';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger';

export type TrustedDocumentsMode = 'allow' | 'only';

/** hash → document text, as GraphQL Code Generator's client preset writes it (`persistedDocuments: true`). */
export type Manifest = Record<string, string>;

export function loadManifest(file: string, logger: Logger): Manifest {
  if (!fs.existsSync(file)) {
    logger.warn({ event: 'trusted-documents.missing', file }, 'No trusted-documents manifest found');
    return {};
  }
  // GraphQL Code Generator writes keys as "sha256:<hex>"; Apollo's persisted-query extension sends the bare hex.
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  return Object.fromEntries(Object.entries(raw).map(([key, document]) => [key.replace(/^sha256:/, ''), document]));
}

function hashOf(body: any): string | undefined {
  const hash = body?.extensions?.persistedQuery?.sha256Hash ?? body?.documentId;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : undefined;
}

function reject(res: Parameters<RequestHandler>[1], code: string, message: string) {
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Resolves first-party documents by hash. In `only` mode nothing else runs: a leaked token cannot be used to
 * send arbitrary queries, and the server only executes what our own apps were built with. In `allow` mode
 * other documents and Apollo's automatic persisted queries keep working.
 */
export function trustedDocuments(mode: TrustedDocumentsMode, manifest: Manifest): RequestHandler {
  return (req, res, next) => {
    const body = req.method === 'GET' ? parseGetParams(req.query) : req.body;
    const hash = hashOf(body);
    const known = hash ? manifest[hash] : undefined;
    if (mode === 'only') {
      if (!known) {
        reject(res, 'PERSISTED_QUERY_NOT_FOUND', 'Only trusted documents are accepted by this server.');
        return;
      }
      if (typeof body.query === 'string' && body.query !== known) {
        reject(res, 'BAD_REQUEST', 'The document does not match its hash.');
        return;
      }
    }
    // The response cache serves a request that names a hash only when this resolved it.
    if (known) res.locals.trustedDocument = known;
    if (known && req.method !== 'GET') {
      req.body = { ...body, query: known };
      delete req.body.documentId;
    }
    if (known && req.method === 'GET') {
      // Express 5's req.query is a getter; Apollo's integration reads the search string of req.url anyway.
      const url = new URL(req.url, 'http://localhost');
      url.searchParams.set('query', known);
      url.searchParams.delete('documentId');
      req.url = `${url.pathname}${url.search}`;
    }
    next();
  };
}

function parseGetParams(query: Record<string, unknown>): any {
  try {
    return {
      query: query.query,
      documentId: query.documentId,
      extensions: typeof query.extensions === 'string' ? JSON.parse(query.extensions) : undefined,
    };
  } catch {
    return {};
  }
}
