import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpExchange } from '../../src/transport/http-exchange.js';
import { TransportError } from '../../src/transport/transport-error.js';
import { exchangeInChild } from './exchange-in-child.js';

// A certificate made for this run only (openssl), for 127.0.0.1, that no one trusts unless told to.
// CI installs openssl (.ci/run); a machine without it skips these, saying so.
const HAS_OPENSSL = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const BOUNDS = { endpoint: 'GET /x', headersTimeoutMs: 5_000, idleTimeoutMs: 5_000, requestTimeoutMs: 10_000, maxBodyBytes: 65_536, stopped: () => new TransportError('aborted', 'stopped', 'GET /x') };

describe.skipIf(!HAS_OPENSSL)('httpExchange over https', () => {
  let dir: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tenant-audit-tls-'));
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync('{"value":["over TLS"]}'));
    });
    server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies the server certificate as Node does by default: an untrusted one is a network failure naming why', async () => {
    const failure = await httpExchange({ url: `${base}/x`, method: 'GET' }, BOUNDS).then(() => undefined, (e: unknown) => e);
    expect(failure).toMatchObject({ failure: 'network', message: 'GET /x failed: DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  it('reads a gzip answer from a server whose certificate the process trusts (NODE_EXTRA_CA_CERTS), and exits with the socket kept alive', async () => {
    expect(await exchangeInChild(`${base}/x`, { NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') })).toEqual({ out: '{"value":["over TLS"]}', code: 0 });
  }, 70_000);
});
