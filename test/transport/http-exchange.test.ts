import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { httpExchange, type ExchangeBounds } from '../../src/transport/http-exchange.js';
import { TransportError } from '../../src/transport/transport-error.js';
import { exchangeInChild } from './exchange-in-child.js';
import { localServers, type Handler } from './local-server.js';

const { serve, servers } = localServers();

const BOUNDS: ExchangeBounds = {
  endpoint: 'GET /x',
  headersTimeoutMs: 2_000,
  idleTimeoutMs: 2_000,
  requestTimeoutMs: 5_000,
  maxBodyBytes: 64 * 1024,
  stopped: () => new TransportError('aborted', 'GET /x: the run was interrupted', 'GET /x'),
};
const get = (url: string, bounds: Partial<ExchangeBounds> = {}) => httpExchange({ url, method: 'GET' }, { ...BOUNDS, ...bounds });
const failureOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

const DOCUMENT = JSON.stringify({ value: Array.from({ length: 200 }, (_, i) => ({ id: `id-${i}`, displayName: `User ${i}` })) });
const encoded = (encoding: string, body: Buffer): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': body.byteLength });
  res.end(body);
};

describe('httpExchange', () => {
  it('asks for compressed answers and decodes gzip, x-gzip, deflate and br', async () => {
    const plain = Buffer.from(DOCUMENT);
    for (const [encoding, body] of [
      ['gzip', gzipSync(plain)],
      ['x-gzip', gzipSync(plain)],
      ['deflate', deflateSync(plain)],
      ['br', brotliCompressSync(plain)],
    ] as const) {
      const api = await serve(encoded(encoding, body));
      const answer = await get(`${api.base}/x`);
      expect(answer.text, encoding).toBe(DOCUMENT);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-encoding')).toBe(encoding);
      expect(api.seen[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
    }
  });

  it('undoes a list of encodings in reverse order, and reads an encoded answer without a body as empty', async () => {
    const twice = await serve(encoded('deflate, gzip', gzipSync(deflateSync(Buffer.from(DOCUMENT)))));
    expect((await get(`${twice.base}/x`)).text).toBe(DOCUMENT);
    const empty = await serve((_req, res) => {
      res.writeHead(204, { 'content-encoding': 'gzip' });
      res.end();
    });
    expect(await get(`${empty.base}/x`)).toMatchObject({ status: 204, text: '' });
  });

  it('reads an answer with an encoding it does not know as it came', async () => {
    const api = await serve(encoded('zstd-unknown', Buffer.from('raw bytes')));
    expect((await get(`${api.base}/x`)).text).toBe('raw bytes');
  });

  it('caps the decoded body: a small compressed answer that inflates past the cap is refused', async () => {
    const big = Buffer.alloc(BOUNDS.maxBodyBytes * 4, 'a');
    const body = gzipSync(big);
    expect(body.byteLength).toBeLessThan(BOUNDS.maxBodyBytes);
    const api = await serve(encoded('gzip', body));
    expect(await failureOf(get(`${api.base}/x`))).toMatchObject({ failure: 'too_large', httpStatus: 200, message: expect.stringContaining('over 64 KiB') });
  });

  it('refuses a declared Content-Length over the cap before reading it', async () => {
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(BOUNDS.maxBodyBytes + 1) });
      res.write('x');
    });
    expect(await failureOf(get(`${api.base}/x`))).toMatchObject({ failure: 'too_large' });
  });

  it('fails on a corrupt compressed body instead of returning what it could decode', async () => {
    const body = gzipSync(Buffer.from(DOCUMENT));
    body.fill(0x41, 20, 60);
    const api = await serve(encoded('gzip', body));
    expect(await failureOf(get(`${api.base}/x`))).toMatchObject({ failure: 'network', message: expect.stringContaining('gzip-encoded body could not be decoded') });
  });

  it('fails on a compressed body cut short', async () => {
    const whole = gzipSync(Buffer.from(DOCUMENT));
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(whole.subarray(0, whole.byteLength - 12));
    });
    expect(await failureOf(get(`${api.base}/x`))).toMatchObject({ failure: 'network' });
  });

  it('fails on a 200 whose body ends before its Content-Length, not with a short text', async () => {
    const api = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"value":[');
      setTimeout(() => req.socket.destroy(), 20);
    });
    expect(await failureOf(get(`${api.base}/x`))).toMatchObject({ failure: 'network', message: 'GET /x failed: ECONNRESET' });
  });

  it('names the error code of a refused connection', async () => {
    const api = await serve(() => undefined);
    const closed = api.base;
    for (const s of servers.splice(0)) s.close();
    expect(await failureOf(get(`${closed}/x`))).toMatchObject({ failure: 'network', message: 'GET /x failed: ECONNREFUSED' });
  });

  it('sends no request to a URL that carries credentials, nor to one that is not HTTP', async () => {
    const api = await serve((_req, res) => res.end('{}'));
    expect(await failureOf(get(api.base.replace('//', '//user:pass@') + '/x'))).toMatchObject({ failure: 'network', message: expect.stringContaining('carries credentials') });
    expect(await failureOf(get('ftp://127.0.0.1/x'))).toMatchObject({ failure: 'network' });
    expect(api.seen).toHaveLength(0);
  });

  it('returns a redirect as the answer without following it', async () => {
    const api = await serve((_req, res) => {
      res.writeHead(302, { location: '/elsewhere' });
      res.end();
    });
    const answer = await get(`${api.base}/x`);
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/elsewhere');
    expect(api.seen.map((r) => r.url)).toEqual(['/x']);
  });

  it('sends a POST body with its length, and keeps repeated answer headers', async () => {
    const api = await serve((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end(JSON.stringify({ body, length: req.headers['content-length'], type: req.headers['content-type'] }));
      });
    });
    const answer = await httpExchange({ url: `${api.base}/post`, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"é":1}' }, BOUNDS);
    expect(JSON.parse(answer.text)).toEqual({ body: '{"é":1}', length: '8', type: 'application/json' });
    expect(answer.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('ends a request whose answer never starts, and one the tenant signal stops', async () => {
    const api = await serve(() => undefined);
    expect(await failureOf(get(`${api.base}/x`, { headersTimeoutMs: 100 }))).toMatchObject({ failure: 'timeout', message: 'GET /x: no response headers within 0.1 s' });
    const stop = new AbortController();
    const pending = failureOf(get(`${api.base}/y`, { signal: stop.signal }));
    setTimeout(() => stop.abort(), 20);
    expect(await pending).toMatchObject({ failure: 'aborted' });
    stop.abort();
    expect(await failureOf(get(`${api.base}/z`, { signal: stop.signal }))).toMatchObject({ failure: 'aborted' });
    expect(api.seen.map((r) => r.url)).toEqual(['/x', '/y']);
  });

  it('reuses one kept-alive connection across requests', async () => {
    const api = await serve((_req, res) => res.end('{}'));
    for (let i = 0; i < 3; i++) await get(`${api.base}/x`);
    expect(new Set(api.seen.map((r) => r.socket)).size).toBe(1);
  });

  it('leaves no idle kept-alive socket holding the process open', async () => {
    const api = await serve((_req, res) => res.end('{}'));
    api.server.keepAliveTimeout = 120_000;
    // The server would hold the connection for two minutes: a child that exits did so with the socket still open.
    expect(await exchangeInChild(`${api.base}/x`)).toEqual({ out: '{}', code: 0 });
  }, 70_000);
});
