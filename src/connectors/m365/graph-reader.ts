import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import pLimit, { type LimitFunction } from 'p-limit';
import { documentedJson, documentedObject, errorJson } from '../../transport/json-body.js';
import { readAllPages } from '../../transport/paging.js';
import { RETRYABLE_STATUSES } from '../../transport/retry-policy.js';
import type { Transport } from '../../transport/transport.js';
import { TransportError } from '../../transport/transport-error.js';
import { ExchangeSlot, RetryBudget, TenantScopedAuthMiddleware, TransportHandler, middlewareChain, type TokenSource } from './graph-middleware.js';

export type GraphVersion = 'v1.0' | 'beta';

/** A non-success answer from Graph (or another Microsoft 365 API, named by service), with its own error code. */
export class GraphApiError extends Error {
  constructor(
    readonly status: number,
    readonly graphCode: string,
    message: string,
    readonly path: string,
    readonly service: string = 'Graph',
  ) {
    super(message);
    this.name = 'GraphApiError';
  }
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** A sub-response that claimed success without the documented body. */
  failure?: TransportError;
}

interface Pending {
  version: GraphVersion;
  path: string;
  headers?: Record<string, string>;
  attempt: number;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

export interface GraphReaderOptions {
  /** Graph base URL without a version, e.g. https://graph.microsoft.com. */
  graphBase: string;
  token: TokenSource;
  /** The tenant's transport: timeouts, retries of whole requests, origin rule, size cap. */
  transport: Transport;
  /** Sub-requests per $batch; Graph allows 20. */
  batchSize?: number;
  /** HTTP requests (a $batch counts once) open at once for this tenant; default 4. */
  maxConcurrentRequests?: number;
}

/** Round trips made, for benchmarks and logs. */
export interface GraphStats {
  httpRequests: number;
  batchedRequests: number;
  retries: number;
}

/**
 * Reads Microsoft Graph through @microsoft/microsoft-graph-client. GETs issued in the same tick are
 * combined into $batch requests of up to 20; a throttled sub-response inside a 200 batch is retried
 * on its own after its Retry-After. Paging follows @odata.nextLink to the end.
 */
export class GraphReader {
  private readonly counts = { batchedRequests: 0 };
  private readonly client: Client;
  private readonly origin: string;
  private readonly queue: Pending[] = [];
  private flushScheduled = false;
  /** Caps the HTTP requests one tenant has open at once, so a burst of look-ups does not invite throttling. */
  private readonly inFlight: LimitFunction;

  constructor(private readonly options: GraphReaderOptions) {
    this.origin = new URL(options.graphBase).origin;
    this.inFlight = pLimit(options.maxConcurrentRequests ?? 4);
    this.client = Client.initWithMiddleware({
      baseUrl: options.graphBase,
      middleware: middlewareChain(new TenantScopedAuthMiddleware(this.origin, options.token), new TransportHandler(options.transport)),
    });
  }

  get stats(): GraphStats {
    const wire = this.options.transport.stats;
    return { httpRequests: wire.requests, batchedRequests: this.counts.batchedRequests, retries: wire.retries };
  }

  /** GET one resource; throws GraphApiError on a non-success answer. */
  async get<T = unknown>(path: string, version: GraphVersion = 'v1.0', headers?: Record<string, string>): Promise<T> {
    const answer = await this.enqueue(version, path, headers);
    if (answer.status >= 200 && answer.status < 300) return answer.body as T;
    throw toGraphError(answer, path);
  }

  /** GET a collection and every following page. */
  async list<T = unknown>(path: string, version: GraphVersion = 'v1.0', headers?: Record<string, string>): Promise<T[]> {
    return this.listMapped(path, (rows) => rows as T[], version, headers);
  }

  /**
   * GET a collection to its end, turning each page into its compact rows as the page arrives, so a
   * large list never holds every page's raw objects and the rows made from them at once. `toRows`
   * gets the page's items and the index of its first item in the whole list (for error paths).
   */
  async listMapped<R>(path: string, toRows: (items: unknown[], offset: number) => R[], version: GraphVersion = 'v1.0', headers?: Record<string, string>): Promise<R[]> {
    const rows: R[] = [];
    let read = 0;
    await readAllPages<{ next?: string }>({
      endpoint: `GET /${version}${path.split('?')[0]}`,
      maxPages: this.options.transport.limits.maxPages,
      page: async (cursor) => {
        const at = cursor ? this.relative(cursor) : { version, path };
        const body: { value?: unknown[]; '@odata.nextLink'?: unknown } = await this.get(at.path, at.version, headers);
        if (!Array.isArray(body.value)) throw new GraphApiError(200, 'shape', `Expected a collection with "value" from ${path}`, path);
        for (const row of toRows(body.value, read)) rows.push(row);
        read += body.value.length;
        const next = body['@odata.nextLink'];
        return { next: typeof next === 'string' && next ? next : undefined };
      },
      next: (page) => page.next,
    });
    return rows;
  }

  /** Turns an absolute Graph URL from a response into version + relative path, refusing other hosts. */
  private relative(absolute: string): { version: GraphVersion; path: string } {
    const url = new URL(absolute);
    if (url.origin !== this.origin) throw new TransportError('foreign_origin', `Graph pointed paging at another host (${url.origin}); not followed`, url.pathname);
    const match = /^\/(v1\.0|beta)(\/.*)$/.exec(url.pathname);
    if (!match) throw new GraphApiError(0, 'shape', `Unexpected nextLink path ${url.pathname}`, url.pathname);
    return { version: match[1] as GraphVersion, path: `${match[2]}${url.search}` };
  }

  private enqueue(version: GraphVersion, path: string, headers?: Record<string, string>): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ version, path, headers, attempt: 1, resolve, reject });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      const pending = this.queue.splice(0);
      for (const version of ['v1.0', 'beta'] as const) {
        const group = pending.filter((p) => p.version === version);
        const size = this.options.batchSize ?? 20;
        for (let i = 0; i < group.length; i += size) {
          const chunk = group.slice(i, i + size);
          void this.inFlight(() => this.send(version, chunk));
        }
      }
    });
  }

  private async send(version: GraphVersion, chunk: Pending[]): Promise<void> {
    try {
      if (chunk.length === 1) {
        // A lone request goes out as a plain GET; the retry middleware has already handled its throttling.
        const only = chunk[0]!;
        only.resolve(await this.direct(only));
        return;
      }
      const answers = await this.batch(version, chunk);
      await Promise.all(chunk.map((p, i) => this.settle(p, answers[i]!)));
    } catch (error) {
      for (const p of chunk) p.reject(error);
    }
  }

  /** Resolves a batched request, or requeues it when its own sub-response was throttled and tries remain. */
  private async settle(pending: Pending, answer: Answer): Promise<void> {
    const transport = this.options.transport;
    if (RETRYABLE_STATUSES.has(answer.status) && pending.attempt < transport.limits.maxTries) {
      const delay = transport.waitFor(answer.headers['retry-after'], pending.attempt);
      await transport.wait(delay, { endpoint: `GET ${pending.path.split('?')[0]}`, status: answer.status });
      pending.attempt++;
      this.queue.push(pending);
      this.scheduleFlush();
      return;
    }
    if (answer.failure) pending.reject(answer.failure);
    else pending.resolve(answer);
  }

  private async direct(pending: Pending): Promise<Answer> {
    let request = this.client.api(pending.path).version(pending.version).responseType(ResponseType.RAW);
    if (pending.headers) request = request.headers(pending.headers);
    const slot = new ExchangeSlot();
    // A read requeued from a $batch has spent tries already; the limit bounds them all.
    const budget = pending.attempt > 1 ? [new RetryBudget(Math.max(1, this.options.transport.limits.maxTries - pending.attempt + 1))] : [];
    const response = await unwrapped(slot, () => request.middlewareOptions([slot, ...budget]).get() as Promise<Response>);
    const text = slot.text ?? (await response.text());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    const endpoint = `GET /${pending.version}${pending.path.split('?')[0]}`;
    return { status: response.status, headers, body: response.ok ? documentedJson(text, endpoint, response.status) : errorJson(text) };
  }

  private async batch(version: GraphVersion, chunk: Pending[]): Promise<Answer[]> {
    this.counts.batchedRequests += chunk.length;
    const requests = chunk.map((p, i) => ({ id: String(i + 1), method: 'GET', url: p.path, ...(p.headers ? { headers: p.headers } : {}) }));
    const slot = new ExchangeSlot();
    const response = await unwrapped(slot, () =>
      this.client.api('/$batch').version(version).responseType(ResponseType.RAW).header('Content-Type', 'application/json').middlewareOptions([slot]).post({ requests }) as Promise<Response>,
    );
    const text = slot.text ?? (await response.text());
    if (response.status !== 200) throw toGraphError({ status: response.status, headers: {}, body: errorJson(text) }, '/$batch');
    const body = documentedJson(text, `POST /${version}/$batch`);
    const responses = (body as { responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] } | null)?.responses;
    if (!Array.isArray(responses)) throw new GraphApiError(200, 'shape', 'The $batch answer had no "responses" array', '/$batch');
    const byId = new Map(responses.map((r) => [String(r.id), r]));
    return chunk.map((_, i) => {
      const sub = byId.get(String(i + 1));
      if (!sub) return { status: 500, headers: {}, body: { error: { code: 'missingBatchResponse', message: 'Graph left this request out of the $batch answer' } } };
      const headers = Object.fromEntries(Object.entries(sub.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
      if (sub.status < 200 || sub.status >= 300) return { status: sub.status, headers, body: sub.body ?? null };
      try {
        return { status: sub.status, headers, body: documentedObject(sub.body, `GET /${version}${chunk[i]!.path.split('?')[0]}`, sub.status) };
      } catch (error) {
        return { status: sub.status, headers, body: null, failure: error as TransportError };
      }
    });
  }
}

/** Runs a Graph client call, rethrowing the transport's own failure rather than the client's rewrapped copy. */
async function unwrapped<T>(slot: ExchangeSlot, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw slot.failure ?? error;
  }
}

function toGraphError(answer: Answer, path: string): GraphApiError {
  const error = (answer.body as { error?: { code?: string; message?: string } } | null)?.error;
  return new GraphApiError(answer.status, error?.code ?? `http${answer.status}`, error?.message ?? `HTTP ${answer.status}`, path);
}
