import http from 'node:http';
import https from 'node:https';
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import { networkFailure, TransportError } from './transport-error.js';

export interface ExchangeRequest {
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What bounds one exchange: its three timeouts, the body cap and the tenant's signal. */
export interface ExchangeBounds {
  /** How errors name the call, e.g. "GET /v1.0/users". */
  endpoint: string;
  headersTimeoutMs: number;
  idleTimeoutMs: number;
  requestTimeoutMs: number;
  /** Cap on the decoded body. */
  maxBodyBytes: number;
  signal?: AbortSignal;
  /** The error a request ended by `signal` fails with. */
  stopped: () => TransportError;
}

export interface ExchangeAnswer {
  status: number;
  headers: Headers;
  text: string;
}

// One keep-alive pool per protocol for the whole process: sockets are reused across tenants of one
// host (a farm, a proxy, Graph itself), and Node unrefs a free keep-alive socket, so an idle pool
// never keeps the process alive. TLS verification is Node's default. A free socket is closed after
// 4 s, or a second before the server's Keep-Alive hint if that is sooner (undici's rule), so a request
// is not sent on a connection the server is about to drop; on a busy socket the timeout closes nothing.
const POOL = { keepAlive: true, timeout: 4_000 };
const AGENTS = {
  'http:': { client: http, agent: new http.Agent(POOL) },
  'https:': { client: https, agent: new https.Agent(POOL) },
} as const;

/** What fetch asked for; the answers of Graph, Google and Salesforce come gzip'd. */
const ACCEPT_ENCODING = 'gzip, deflate, br';
/** fetch sent "node"; some gateways turn away a request without any. */
const USER_AGENT = 'tenant-audit';

const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * One HTTP exchange on node:http / node:https (fetch's streams, AbortSignals and Request objects cost
 * several times the CPU of the request itself): redirects are answers, never followed here; the body is
 * decoded by its Content-Encoding and read whole, under the size cap counted on the decoded bytes.
 */
export function httpExchange(request: ExchangeRequest, bounds: ExchangeBounds): Promise<ExchangeAnswer> {
  return new Promise<ExchangeAnswer>((resolve, reject) => {
    const { endpoint } = bounds;
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return reject(new TransportError('network', `${endpoint} failed: not a URL`, endpoint));
    }
    const pool = AGENTS[url.protocol as keyof typeof AGENTS] as (typeof AGENTS)[keyof typeof AGENTS] | undefined;
    if (!pool) return reject(new TransportError('network', `${endpoint} failed: ${url.protocol} is not HTTP`, endpoint));
    // Node would send a URL's user:password as Basic credentials; fetch refused such a URL, and so do we.
    if (url.username || url.password) return reject(new TransportError('network', `${endpoint} failed: the URL carries credentials; not sent`, endpoint));
    if (bounds.signal?.aborted) return reject(bounds.stopped());

    const streams: Readable[] = [];
    let settled = false;
    const settle = (error: TransportError | undefined, answer?: ExchangeAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      clearTimeout(idle);
      bounds.signal?.removeEventListener('abort', onStop);
      if (error) {
        req.destroy(error);
        for (const stream of streams) stream.destroy();
        reject(error);
      } else resolve(answer!);
    };
    const timer = (ms: number, what: string) =>
      setTimeout(() => settle(new TransportError('timeout', `${endpoint}: no ${what} within ${Math.round(ms / 100) / 10} s`, endpoint)), ms);
    const onStop = () => settle(bounds.stopped());
    const failed = (error: unknown) => settle(networkFailure(endpoint, error));

    const headers: Record<string, string | number> = { accept: '*/*', 'accept-encoding': ACCEPT_ENCODING, 'user-agent': USER_AGENT, ...request.headers };
    if (request.body !== undefined) {
      if (!hasHeader(headers, 'content-type')) headers['content-type'] = 'text/plain;charset=UTF-8';
      headers['content-length'] = Buffer.byteLength(request.body);
    }
    let req: http.ClientRequest;
    try {
      req = pool.client.request(url, { method: request.method, headers, agent: pool.agent });
    } catch (error) {
      // A header value Node refuses (a control character) is thrown here, before anything is sent.
      return reject(networkFailure(endpoint, error));
    }
    const total = timer(bounds.requestTimeoutMs, 'complete answer');
    let idle = timer(bounds.headersTimeoutMs, 'response headers');
    bounds.signal?.addEventListener('abort', onStop, { once: true });
    req.on('error', failed);
    req.on('response', (res) => {
      clearTimeout(idle);
      if (settled) return void res.destroy();
      idle = timer(bounds.idleTimeoutMs, 'data');
      const data = idle;
      streams.push(res);
      res.on('error', failed);
      const status = res.statusCode ?? 0;
      let answerHeaders: Headers;
      try {
        answerHeaders = headersOf(res.rawHeaders);
      } catch (error) {
        return failed(error);
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > bounds.maxBodyBytes) return settle(tooLarge(endpoint, bounds.maxBodyBytes, status));
      const chunks: Buffer[] = [];
      let size = 0;
      const collect = (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > bounds.maxBodyBytes) return settle(tooLarge(endpoint, bounds.maxBodyBytes, status));
        chunks.push(chunk);
      };
      const done = () => settle(undefined, { status, headers: answerHeaders, text: Buffer.concat(chunks, size).toString('utf8') });
      const decoders = decoderChain(res.headers['content-encoding'], endpoint, (error) => settle(error));
      // The idle timer is re-armed in place for every chunk: a new timer per chunk of a large body was measurable.
      if (decoders.length === 0) {
        res.on('data', (chunk: Buffer) => {
          data.refresh();
          collect(chunk);
        });
        res.on('end', done);
        return;
      }
      streams.push(...decoders);
      const first = decoders[0]!;
      const last = decoders[decoders.length - 1]!;
      last.on('data', collect);
      last.on('end', done);
      let received = false;
      res.on('data', (chunk: Buffer) => {
        data.refresh();
        received = true;
        first.write(chunk);
      });
      // An encoded answer without a byte of body (a 204, a 304 or a HEAD-like empty 200) has nothing to decode.
      res.on('end', () => (received ? first.end() : done()));
    });
    req.end(request.body);
  });
}

/**
 * The decoders that undo a Content-Encoding, outermost first, piped one into the next; none for
 * identity, and none for an encoding we do not know, whose body is read as it came (as fetch did).
 */
function decoderChain(contentEncoding: string | undefined, endpoint: string, fail: (error: TransportError) => void): Transform[] {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity');
  if (codings.some((c) => !DECODERS[c])) return [];
  const decoders = codings.reverse().map((coding) => {
    const decoder = DECODERS[coding]!();
    decoder.on('error', (error: NodeJS.ErrnoException) =>
      fail(new TransportError('network', `${endpoint} failed: its ${coding}-encoded body could not be decoded (${error.code ?? error.message})`, endpoint)),
    );
    return decoder;
  });
  for (let i = 1; i < decoders.length; i++) decoders[i - 1]!.pipe(decoders[i]!);
  return decoders;
}

function headersOf(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

function hasHeader(headers: Record<string, unknown>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

function tooLarge(endpoint: string, maxBytes: number, status: number): TransportError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MiB` : `${Math.round(maxBytes / 1024)} KiB`;
  return new TransportError('too_large', `${endpoint} answered with a body over ${size}; not read (raise the response size limit if the tenant really is this large)`, endpoint, status);
}
