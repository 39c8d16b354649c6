import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config';

/**
 * Where photo files live. Keys are relative paths (`photos/<id>-<width>-<hash>.webp`), never taken from a request.
 * Files are written once and never changed (the key holds a hash of the content), so they are cached for a year.
 */
export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Deleting a key that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** The address browsers load the file from (absolute, or relative to this server). */
  urlOf(key: string): string;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
const KEY = /^[a-z0-9]+(\/[a-z0-9][a-z0-9.-]*)+$/;

function checkKey(key: string): string {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`Invalid media key: ${key}`);
  return key;
}

/** The local disk, under the data folder by default; served at /media by media.http.ts. */
export class LocalDiskStorage implements MediaStorage {
  constructor(readonly dir: string, private readonly urlPrefix = '/media') {}

  async put(key: string, body: Buffer): Promise<void> {
    const file = path.join(this.dir, checkKey(key));
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Written beside and renamed, so a reader never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    await fs.writeFile(partial, body);
    await fs.rename(partial, file);
  }

  async delete(key: string): Promise<void> {
    await fs.rm(path.join(this.dir, checkKey(key)), { force: true });
  }

  urlOf(key: string): string {
    return `${this.urlPrefix}/${checkKey(key)}`;
  }
}

export interface S3Options {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  publicUrl?: string;
  timeoutSeconds: number;
  /** The signing time: the app clock (requests signed more than 15 minutes off are refused by S3). */
  now: () => Date;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding of each path segment, as SigV4 wants it. */
const encodeSegment = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * An S3-compatible bucket (AWS S3, Cloudflare R2, MinIO…), path-style addressing, requests signed with AWS
 * Signature Version 4 (header auth, signed payload hash). Only PUT and DELETE of single objects are needed, so
 * the signer is written here rather than pulling in an SDK.
 */
export class S3Storage implements MediaStorage {
  constructor(private readonly o: S3Options) {}

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.send('PUT', key, body, { 'content-type': contentType, 'cache-control': IMMUTABLE });
  }

  async delete(key: string): Promise<void> {
    await this.send('DELETE', key, Buffer.alloc(0), {});
  }

  urlOf(key: string): string {
    const base = this.o.publicUrl ?? `${this.o.endpoint.replace(/\/$/, '')}/${this.o.bucket}`;
    return `${base.replace(/\/$/, '')}/${checkKey(key)}`;
  }

  /** The signed request, exposed for the test against a fake S3 server. */
  sign(method: string, key: string, body: Buffer, extra: Record<string, string>): { url: string; headers: Record<string, string> } {
    const endpoint = new URL(this.o.endpoint);
    const basePath = endpoint.pathname.replace(/\/$/, '');
    const canonicalPath = `${basePath}/${[this.o.bucket, ...checkKey(key).split('/')].map(encodeSegment).join('/')}`;
    const amzDate = this.o.now().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const day = amzDate.slice(0, 8);
    const payloadHash = sha256(body);
    const headers: Record<string, string> = { ...extra, host: endpoint.host, 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDate };
    const names = Object.keys(headers).map((h) => h.toLowerCase()).sort();
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')]));
    const canonical = [method, canonicalPath, '', ...names.map((h) => `${h}:${lower[h]}`), '', names.join(';'), payloadHash].join('\n');
    const scope = `${day}/${this.o.region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
    const signingKey = hmac(hmac(hmac(hmac(`AWS4${this.o.secretAccessKey}`, day), this.o.region), 's3'), 'aws4_request');
    const signature = createHmac('sha256', signingKey).update(toSign).digest('hex');
    headers.authorization = `AWS4-HMAC-SHA256 Credential=${this.o.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
    delete headers.host;
    return { url: `${endpoint.origin}${canonicalPath}`, headers };
  }

  private async send(method: 'PUT' | 'DELETE', key: string, body: Buffer, extra: Record<string, string>): Promise<void> {
    const { url, headers } = this.sign(method, key, body, extra);
    const res = await fetch(url, { method, headers, body: method === 'PUT' ? body : undefined, signal: AbortSignal.timeout(this.o.timeoutSeconds * 1000) });
    // S3 answers 204 to a DELETE whether or not the object was there.
    if (!res.ok) throw new Error(`S3 ${method} ${key} failed with HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
  }
}

export function createMediaStorage(config: Config, now: () => Date): MediaStorage {
  if (config.MEDIA_STORAGE === 's3') {
    return new S3Storage({
      endpoint: config.S3_ENDPOINT!, region: config.S3_REGION, bucket: config.S3_BUCKET!, accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!, publicUrl: config.S3_PUBLIC_URL, timeoutSeconds: config.S3_TIMEOUT_SECONDS, now,
    });
  }
  return new LocalDiskStorage(path.resolve(config.MEDIA_DIR));
}
