import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

/**
 * A stand-in for Apple's Apple Pay gateway on 127.0.0.1 for the browser suite: merchant validation over mutual TLS,
 * with a throw-away CA, server and Merchant Identity certificates made now with the openssl CLI. Returns the
 * settings that point the server at it (the test-only host and CA) and the requests it saw.
 */
export async function startFakeApplePayGateway() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apple-pay-e2e-'));
  const file = (name) => path.join(dir, name);
  const openssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=E2E Apple Pay CA');
  fs.writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  for (const [name, subject, ext] of [['server', '/CN=127.0.0.1', ['-extfile', 'server.ext']], ['merchant', '/CN=merchant.sa.e2e.salon', []]]) {
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', ...ext);
  }
  const requests = [];
  const server = https.createServer({ key: fs.readFileSync(file('server.key')), cert: fs.readFileSync(file('server.pem')), ca: fs.readFileSync(file('ca.pem')), requestCert: true, rejectUnauthorized: true }, (req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      requests.push({ body: JSON.parse(raw), clientCn: req.socket.getPeerCertificate().subject?.CN });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ merchantSessionIdentifier: 'SSH_E2E', nonce: 'e2e', merchantIdentifier: 'E2E', domainName: '127.0.0.1', displayName: 'Salon', signature: 'ZTJl' }));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    validationUrl: `https://127.0.0.1:${server.address().port}/paymentservices/paymentSession`,
    requests,
    env: {
      APPLE_PAY_MERCHANT_ID: 'merchant.sa.e2e.salon', APPLE_PAY_DISPLAY_NAME: 'Salon', APPLE_PAY_DOMAIN: '127.0.0.1',
      APPLE_PAY_CERT_PATH: file('merchant.pem'), APPLE_PAY_KEY_PATH: file('merchant.key'),
      APPLE_PAY_EXTRA_VALIDATION_HOSTS: '127.0.0.1', APPLE_PAY_VALIDATION_CA_PATH: file('ca.pem'),
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
