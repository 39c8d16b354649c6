import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny S3 on 127.0.0.1: path-style PUT, GET and DELETE of objects in one bucket, each request checked against
 * AWS Signature Version 4 (header auth) the way S3 checks it: the canonical request rebuilt from what arrived,
 * the payload hash compared with the body, the signature recomputed with the secret. Wrong signature: 403
 * SignatureDoesNotMatch. `failPuts` makes the next n PUTs answer 503, as a bucket having a bad minute.
 */
export async function startS3Fake(o: { bucket: string; region: string; accessKeyId: string; secretAccessKey: string }) {
  const objects = new Map<string, { body: Buffer; headers: http.IncomingHttpHeaders }>();
  const log: { method: string; key: string; status: number }[] = [];
  const state = { failPuts: 0 };
  const hex = (d: string | Buffer) => createHash('sha256').update(d).digest('hex');
  const hmac = (k: string | Buffer, d: string) => createHmac('sha256', k).update(d).digest();

  function verify(req: http.IncomingMessage, body: Buffer): string | null {
    const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? '');
    if (!auth) return 'AccessDenied';
    const [, keyId, day, region, signedHeaders, signature] = auth;
    if (keyId !== o.accessKeyId) return 'InvalidAccessKeyId';
    if (region !== o.region) return 'AuthorizationHeaderMalformed';
    const payloadHash = hex(body);
    if (req.headers['x-amz-content-sha256'] !== payloadHash) return 'XAmzContentSHA256Mismatch';
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    if (amzDate.slice(0, 8) !== day) return 'AccessDenied';
    const names = signedHeaders.split(';');
    if (!names.includes('host') || !names.includes('x-amz-date')) return 'AccessDenied';
    const [path] = req.url!.split('?');
    const canonical = [req.method, path, '', ...names.map((h) => `${h}:${String(req.headers[h] ?? '').trim()}`), '', signedHeaders, payloadHash].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, hex(canonical)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${o.secretAccessKey}`, day), region), 's3'), 'aws4_request');
    const expected = createHmac('sha256', key).update(toSign).digest();
    return timingSafeEqual(expected, Buffer.from(signature, 'hex')) ? null : 'SignatureDoesNotMatch';
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const [path] = req.url!.split('?');
      const prefix = `/${o.bucket}/`;
      const key = path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : '';
      const answer = (status: number, text = '', headers: Record<string, string> = {}) => {
        log.push({ method: req.method!, key, status });
        res.writeHead(status, headers);
        res.end(text);
      };
      if (!key) return answer(404, '<Error><Code>NoSuchBucket</Code></Error>');
      if (req.method === 'GET') {
        const object = objects.get(key);
        return object ? answer(200, object.body as never, { 'content-type': String(object.headers['content-type']) }) : answer(404, '<Error><Code>NoSuchKey</Code></Error>');
      }
      const error = verify(req, body);
      if (error) return answer(403, `<Error><Code>${error}</Code></Error>`);
      if (req.method === 'PUT') {
        if (state.failPuts > 0) {
          state.failPuts--;
          return answer(503, '<Error><Code>SlowDown</Code></Error>');
        }
        objects.set(key, { body, headers: req.headers });
        return answer(200);
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        return answer(204);
      }
      return answer(405);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    log,
    state,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
