import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { loadStaticAnswers, SyntheticTenant, type GraphAnswer, type TenantSize } from './synthetic-tenant.js';

export interface GraphDoubleOptions {
  tenants: number;
  size: TenantSize;
  /** Share of reads (plain GETs and $batch sub-requests) answered 429 Retry-After: 0. */
  throttleRate: number;
  seed: number;
  /** A size per tenant (the farm mixes small and large); `size` for the rest. */
  sizes?: readonly TenantSize[];
  /** Added before every HTTP answer (a $batch waits once), standing in for the network and Graph's own time. */
  latencyMs?: number;
}

/** What one tenant's double saw, counted on the server side. */
export interface TenantRequestStats {
  /** HTTP requests received: plain GETs plus $batch POSTs. */
  httpRequests: number;
  plainGets: number;
  batchPosts: number;
  /** GETs carried inside $batch POSTs. */
  subRequests: number;
  /** Reads answered 429 (plain or inside a batch). */
  throttled: number;
  /** The most times one URL was asked for (1 = never repeated; a retry repeats it). */
  maxAttemptsOneUrl: number;
  /** The most HTTP requests this tenant had open at once. */
  maxInFlight: number;
  bytesOut: number;
  /** Each HTTP request's arrival and answer times (ms, this process's clock), to find the chains of round trips. */
  timings: [number, number][];
}

const MAX_BATCH = 20;
const MAX_BODY_BYTES = 1_000_000;

/** Small deterministic PRNG so a throttled run replays the same 429s. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THROTTLED: GraphAnswer = {
  status: 429,
  headers: { 'Retry-After': '0' },
  body: { error: { code: 'TooManyRequests', message: 'Please retry again later.' } },
};

/**
 * A Microsoft Graph double for benchmarks: one loopback port per synthetic tenant, answering plain
 * GETs and $batch (up to 20 GETs) from generated data, and counting every request it gets.
 */
export async function startGraphDouble(options: GraphDoubleOptions): Promise<{ ports: number[]; stats: () => TenantRequestStats[]; close: () => Promise<void> }> {
  const sizeOf = (index: number) => options.sizes?.[index] ?? options.size;
  const statics = await loadStaticAnswers();
  const random = mulberry32(options.seed);
  const servers: Server[] = [];
  const stats: TenantRequestStats[] = [];
  const attempts: Map<string, number>[] = [];

  const read = (tenant: SyntheticTenant, url: URL): GraphAnswer => {
    const s = stats[tenant.index]!;
    const seen = (attempts[tenant.index]!.get(url.href) ?? 0) + 1;
    attempts[tenant.index]!.set(url.href, seen);
    s.maxAttemptsOneUrl = Math.max(s.maxAttemptsOneUrl, seen);
    if (options.throttleRate > 0 && random() < options.throttleRate) {
      s.throttled++;
      return THROTTLED;
    }
    return tenant.answer(url);
  };

  const handle = async (tenant: SyntheticTenant, origin: string, request: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: string }> => {
    const s = stats[tenant.index]!;
    const url = new URL(request.url ?? '/', origin);
    s.httpRequests++;
    const batch = /^\/(v1\.0|beta)\/\$batch$/.exec(url.pathname);
    if (request.method === 'POST' && batch) {
      s.batchPosts++;
      let size = 0;
      const chunks: Buffer[] = [];
      for await (const chunk of request) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY_BYTES) return json(413, { error: { code: 'RequestEntityTooLarge', message: 'batch body too large' } });
        chunks.push(chunk as Buffer);
      }
      const { requests } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { requests: { id: string; method: string; url: string }[] };
      if (!Array.isArray(requests) || requests.length > MAX_BATCH) return json(400, { error: { code: 'BadRequest', message: `a $batch holds 1 to ${MAX_BATCH} requests` } });
      s.subRequests += requests.length;
      const responses = requests.map((sub) => {
        const answer = sub.method === 'GET' ? read(tenant, new URL(`/${batch[1]}${sub.url.startsWith('/') ? '' : '/'}${sub.url}`, origin)) : { status: 405, body: { error: { code: 'MethodNotAllowed', message: 'read-only double' } } };
        return { id: sub.id, status: answer.status, headers: { 'Content-Type': 'application/json', ...answer.headers }, body: answer.body };
      });
      return json(200, { responses });
    }
    if (request.method !== 'GET') return json(405, { error: { code: 'MethodNotAllowed', message: 'read-only double' } });
    s.plainGets++;
    const answer = read(tenant, url);
    return json(answer.status, answer.body, answer.headers);
  };

  try {
    for (let index = 0; index < options.tenants; index++) {
      stats.push({ httpRequests: 0, plainGets: 0, batchPosts: 0, subRequests: 0, throttled: 0, maxAttemptsOneUrl: 0, maxInFlight: 0, bytesOut: 0, timings: [] });
      let inFlight = 0;
      attempts.push(new Map());
      let tenant: SyntheticTenant | undefined;
      let origin = '';
      const server = createServer((request: IncomingMessage, response: ServerResponse) => {
        inFlight++;
        const arrived = performance.now();
        response.once('finish', () => stats[index]!.timings.push([arrived, performance.now()]));
        stats[index]!.maxInFlight = Math.max(stats[index]!.maxInFlight, inFlight);
        response.once('close', () => inFlight--);
        handle(tenant!, origin, request)
          .then(async (result) => {
            if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
            stats[index]!.bytesOut += Buffer.byteLength(result.body);
            response.writeHead(result.status, result.headers);
            response.end(result.body);
          })
          .catch((error: unknown) => {
            response.writeHead(500, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ error: { code: 'graphDoubleError', message: String(error) } }));
          });
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      tenant = new SyntheticTenant(index, sizeOf(index), statics, origin);
    }
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }
  return {
    ports: servers.map((server) => (server.address() as AddressInfo).port),
    stats: () => stats.map((s) => ({ ...s })),
    close: async () => void (await Promise.all(servers.map(closeServer))),
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): { status: number; headers: Record<string, string>; body: string } {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
