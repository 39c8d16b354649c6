import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { Client } from 'pg';
import type { Logger } from '../logger';
import { isUuid } from '../graphql/ids';
import { localeFromAcceptLanguage } from '../i18n/locale';
import { QUERY_LIMITS } from './graphql-middleware';

/** The NOTIFY channel the triggers of Migration20261204600000ResponseCacheNotify send on. */
export const RESPONSE_CACHE_CHANNEL = 'response_cache';

/** Root fields whose anonymous answers are shared: the catalogue (list and places) and one salon's page. */
const CATALOGUE_FIELDS = new Set(['salons', 'salonCities']);
const CATALOGUE = 'catalogue';
/** Distinct documents whose cacheability is remembered (first in, first out past this). */
const MAX_DOCUMENTS = 1000;
const RECONNECT_MS = 1000;
/**
 * The barrier before a hit is one `select 1`; past this the listener is presumed unreachable: the request runs
 * normally (and meets the database's own timeouts) and the listener is replaced.
 */
const SYNC_TIMEOUT_MS = 1000;

/** What an answer depends on: the catalogue as a whole, or one salon (`salon:<id>`). */
type Tag = string;
/** How a cacheable document names its tag from its variables; null: this request is not cached. */
type Plan = (variables: Record<string, unknown> | null) => Tag | null;

interface Entry {
  body: Buffer;
  contentType: string;
  etag: string;
  tag: Tag;
  /** The tag's generation and the cache's epoch when the answer's reads began. */
  generation: number;
  epoch: number;
  bytes: number;
}

interface CacheRequest {
  query: string;
  operationName: string | null;
  variablesJson: string;
  variables: Record<string, unknown> | null;
}

export interface ResponseCacheOptions {
  databaseUrl: string;
  logger: Logger;
  now: () => Date;
  maxBytes: number;
  connectTimeoutMs: number;
}

/**
 * A shared cache of whole GraphQL answers for anonymous catalogue and salon reads (ADR 0022).
 *
 * Keyed by document text, operation name, variables, locale, Accept and the current minute of the app clock (the
 * catalogue's "open now" filter and the closures read the clock; their boundaries are whole minutes, so an answer
 * computed in a minute is the answer for all of it). Every answer carries the generation of its tag when its
 * reads began; a NOTIFY from the database (sent by triggers when the writing transaction commits) raises the
 * generation of the salon it names and of the catalogue, so an answer that read anything older is never served.
 *
 * Before a hit is served, one `select 1` round trip on the listening connection (shared by every hit waiting at
 * that moment) makes PostgreSQL hand over every notification committed before it: a change that any instance
 * committed before this request arrived has reached this instance's generations first. Without the listening
 * connection nothing is served or stored.
 */
export class ResponseCache {
  /** Off: every request runs (the bench measures the uncached read path this way). */
  enabled: boolean;
  /** Notifications applied so far (for tests and the bench). */
  invalidations = 0;
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly generations = new Map<Tag, number>();
  private counter = 0;
  /** Raised whenever notifications may have been missed (listener lost or reconnected): everything is stale. */
  private epoch = 0;
  private readonly documents = new Map<string, Plan | null>();
  private client: Client | null = null;
  private stopped = false;
  private reconnect: NodeJS.Timeout | undefined;
  private sent: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(private readonly options: ResponseCacheOptions) {
    this.enabled = options.maxBytes > 0;
  }

  /** Connects the listener; if PostgreSQL is not there, the cache stays off and keeps trying in the background. */
  async start(): Promise<void> {
    if (!this.enabled) return;
    await this.connect().catch((err) => {
      this.options.logger.warn({ event: 'response-cache.listener-failed', err }, 'Response cache is off until its database listener connects');
      this.lost(null, err);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = null;
    // Bounded: a database that stopped answering must not hold up shutdown.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([client?.end().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, SYNC_TIMEOUT_MS)))]);
    clearTimeout(timer);
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      if (!this.enabled || !this.client || req.headers.authorization !== undefined) return next();
      const request = cacheRequest(req, res);
      const tag = request ? this.plan(request.query, request.operationName)?.(request.variables) : null;
      if (!request || !tag) return next();
      const locale = localeFromAcceptLanguage(req.headers['accept-language']);
      const minute = Math.floor(this.options.now().getTime() / 60_000);
      const key = `${locale}\n${minute}\n${req.headers.accept ?? ''}\n${request.operationName ?? ''}\n${request.variablesJson}\n${request.query}`;
      const entry = this.entries.get(key);
      if (!entry) return this.miss(key, tag, req, res, next);
      this.sync().then(
        () => {
          if (this.valid(entry)) this.send(entry, req, res);
          else this.miss(key, tag, req, res, next);
        },
        () => next(),
      );
    };
  }

  /** Applies one notification: `c:<salon>` raises the salon and the catalogue, `b:<salon>` the salon. */
  private notified(payload: string | undefined): void {
    this.invalidations += 1;
    const [kind, salon] = (payload ?? '').split(':');
    this.counter += 1;
    if (kind === 'b' && salon) this.generations.set(`salon:${salon}`, this.counter);
    else if (kind === 'c' && salon) {
      this.generations.set(`salon:${salon}`, this.counter);
      this.generations.set(CATALOGUE, this.counter);
    } else this.epoch += 1;
  }

  private valid(entry: Entry): boolean {
    return this.client !== null && entry.epoch === this.epoch && entry.generation === (this.generations.get(entry.tag) ?? 0);
  }

  private send(entry: Entry, req: Request, res: Response): void {
    res.setHeader('x-response-cache', 'hit');
    if (req.method === 'GET') {
      httpCacheHeaders(res, entry.etag);
      if (matches(req, entry.etag)) {
        res.status(304).end();
        return;
      }
    }
    res.setHeader('content-type', entry.contentType);
    res.setHeader('content-length', entry.body.length);
    res.status(200).end(entry.body);
  }

  /** Runs the request and keeps its answer if nothing it read changed meanwhile. */
  private miss(key: string, tag: Tag, req: Request, res: Response, next: NextFunction): void {
    const epoch = this.epoch;
    const generation = this.generations.get(tag) ?? 0;
    this.entries.delete(key);
    res.setHeader('x-response-cache', 'miss');
    const send = res.send;
    res.send = (body: unknown) => {
      res.send = send;
      if (res.statusCode !== 200 || typeof body !== 'string' || !body.startsWith('{"data":') || body.includes('"errors":')) return res.send(body);
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      if (this.client && epoch === this.epoch && generation === (this.generations.get(tag) ?? 0)) {
        const contentType = String(res.getHeader('content-type') ?? 'application/json; charset=utf-8');
        this.store(key, { body: Buffer.from(body), contentType, etag, tag, generation, epoch, bytes: 2 * key.length + body.length });
      }
      if (req.method === 'GET') {
        httpCacheHeaders(res, etag);
        if (matches(req, etag)) return res.status(304).end();
      }
      return res.send(body);
    };
    next();
  }

  private store(key: string, entry: Entry): void {
    if (entry.bytes > this.options.maxBytes / 8) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= old.bytes;
    }
  }

  /**
   * Which requests of a document are cached: one query whose only root field is `salons` or `salonCities` (tag:
   * the catalogue) or `salon(id:)` with a salon id (tag: that salon). Parsed once per distinct document.
   */
  private plan(query: string, operationName: string | null): Plan | null {
    const memoKey = `${operationName ?? ''}\n${query}`;
    let plan = this.documents.get(memoKey);
    if (plan !== undefined) return plan;
    plan = planOf(query, operationName);
    if (this.documents.size >= MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value as string);
    this.documents.set(memoKey, plan);
    return plan;
  }

  /** Resolves once every notification committed before this call has been applied (see the class comment). */
  private sync(): Promise<void> {
    if (this.queued) return this.queued;
    if (!this.sent) return this.ping();
    const queued: Promise<void> = this.sent.then(
      () => this.ping(),
      () => this.ping(),
    ).finally(() => {
      if (this.queued === queued) this.queued = null;
    });
    this.queued = queued;
    return queued;
  }

  private ping(): Promise<void> {
    const client = this.client;
    if (!client) return Promise.reject(new Error('response cache listener is not connected'));
    const sent = client.query({ text: 'select 1', query_timeout: SYNC_TIMEOUT_MS } as { text: string }).then(
      () => undefined,
      (err: unknown) => {
        this.lost(client, err);
        throw err;
      },
    );
    this.sent = sent;
    sent.then(
      () => (this.sent === sent ? (this.sent = null) : undefined),
      () => (this.sent === sent ? (this.sent = null) : undefined),
    );
    return sent;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl, connectionTimeoutMillis: this.options.connectTimeoutMs, keepAlive: true, application_name: 'response-cache' });
    client.on('notification', (message) => {
      if (message.channel === RESPONSE_CACHE_CHANNEL) this.notified(message.payload);
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    await client.connect();
    try {
      await client.query(`listen ${RESPONSE_CACHE_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    // Whatever changed while nobody listened is unknown: start from nothing.
    this.epoch += 1;
    this.client = client;
  }

  /** The listener is gone: nothing is served or stored until a new one listens. */
  private lost(client: Client | null, err?: unknown): void {
    if (client && this.client !== client) return;
    this.client = null;
    this.epoch += 1;
    if (client) {
      void client.end().catch(() => undefined);
      this.options.logger.warn({ event: 'response-cache.listener-lost', err }, 'Response cache is off until its database listener reconnects');
    }
    if (this.stopped || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      if (!this.stopped) void this.connect().catch((e) => this.lost(null, e));
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}

/** Cached anonymous GETs may be kept by browsers and proxies, but must be revalidated (ETag → 304) every time. */
function httpCacheHeaders(res: Response, etag: string): void {
  res.setHeader('cache-control', 'public, no-cache');
  res.setHeader('etag', etag);
  res.setHeader('vary', 'accept, accept-language, authorization');
}

function matches(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  return !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The document, operation and variables of a request Apollo would run (after trusted-documents resolved its
 * hash), or null for anything else: Apollo answers those itself, with its own checks and errors.
 */
function cacheRequest(req: Request, res: Response): CacheRequest | null {
  let query: unknown;
  let operationName: unknown;
  let variables: unknown;
  let persisted: boolean;
  if (req.method === 'POST') {
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object') return null;
    ({ query, operationName, variables } = body);
    persisted = (body.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery !== undefined;
  } else if (req.method === 'GET') {
    // Apollo's CSRF prevention answers a GET without one of these headers with 400; so does this cache, by not serving it.
    if (!req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) return null;
    const params = new URL(req.url, 'http://localhost').searchParams;
    query = params.get('query');
    operationName = params.get('operationName');
    persisted = params.has('extensions');
    try {
      variables = params.has('variables') ? JSON.parse(params.get('variables') as string) : undefined;
    } catch {
      return null;
    }
  } else return null;
  // A persisted-query hash is only known to match its document when trusted-documents resolved it.
  if (persisted && res.locals.trustedDocument !== query) return null;
  if (typeof query !== 'string' || (operationName != null && typeof operationName !== 'string')) return null;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  return {
    query,
    operationName: (operationName as string | null | undefined) ?? null,
    variablesJson: JSON.stringify(variables ?? null),
    variables: (variables as Record<string, unknown> | null | undefined) ?? null,
  };
}

function planOf(query: string, operationName: string | null): Plan | null {
  let operation: OperationDefinitionNode | undefined;
  try {
    const document = parse(query, { noLocation: true, maxTokens: QUERY_LIMITS.maxTokens });
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || (operationName !== null && operations[0].name?.value !== operationName)) return null;
    operation = operations[0];
  } catch {
    return null;
  }
  const roots = operation.selectionSet.selections;
  if (operation.operation !== 'query' || roots.length !== 1 || roots[0].kind !== Kind.FIELD || roots[0].directives?.length) return null;
  const root = roots[0];
  if (CATALOGUE_FIELDS.has(root.name.value)) return () => CATALOGUE;
  if (root.name.value !== 'salon') return null;
  const id = root.arguments?.find((a) => a.name.value === 'id')?.value;
  const salonTag = (value: unknown) => (typeof value === 'string' && isUuid(value) ? `salon:${value.toLowerCase()}` : null);
  if (id?.kind === Kind.STRING) return () => salonTag((id as { value: string }).value);
  if (id?.kind === Kind.VARIABLE) {
    const name = id.name.value;
    return (variables) => salonTag(variables?.[name]);
  }
  return null;
}
