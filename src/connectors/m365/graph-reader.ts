import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import pLimit, { type LimitFunction } from 'p-limit';
import { RETRYABLE_STATUSES, retryDelayMs } from '../../http/retry-delay.js';
import { BoundedRetryMiddleware, RetryBudget, TenantScopedAuthMiddleware, middlewareChain, type TokenSource } from './graph-middleware.js';

export type GraphVersion = 'v1.0' | 'beta';

/** A non-success answer from Graph, with Graph's own error code. */
export class GraphApiError extends Error {
  constructor(
    readonly status: number,
    readonly graphCode: string,
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'GraphApiError';
  }
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
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
  sleep: (ms: number) => Promise<void>;
  maxTries: number;
  /** Sub-requests per $batch; Graph allows 20. */
  batchSize?: number;
  onRetry?: (status: number, delayMs: number) => void;
  /** HTTP requests (a $batch counts once) open at once for this tenant; default 4. */
  maxConcurrentRequests?: number;
}

/** Round trips made, for benchmarks and logs. */
export interface GraphStats {
  httpRequests: number;
  batchedRequests: number;
  retries: number;
}

const MAX_PAGES = 10_000;

/**
 * Reads Microsoft Graph through @microsoft/microsoft-graph-client. GETs issued in the same tick are
 * combined into $batch requests of up to 20; a throttled sub-response inside a 200 batch is retried
 * on its own after its Retry-After. Paging follows @odata.nextLink to the end.
 */
export class GraphReader {
  readonly stats: GraphStats = { httpRequests: 0, batchedRequests: 0, retries: 0 };
  private readonly client: Client;
  private readonly origin: string;
  private readonly queue: Pending[] = [];
  private flushScheduled = false;
  /** Caps the HTTP requests one tenant has open at once, so a burst of look-ups does not invite throttling. */
  private readonly inFlight: LimitFunction;

  constructor(private readonly options: GraphReaderOptions) {
    this.origin = new URL(options.graphBase).origin;
    this.inFlight = pLimit(options.maxConcurrentRequests ?? 4);
    const onRetry = (status: number, delay: number) => {
      this.stats.retries++;
      this.stats.httpRequests++;
      options.onRetry?.(status, delay);
    };
    this.client = Client.initWithMiddleware({
      baseUrl: options.graphBase,
      middleware: middlewareChain(
        new TenantScopedAuthMiddleware(this.origin, options.token),
        new BoundedRetryMiddleware(options.maxTries, options.sleep, onRetry),
      ),
    });
  }

  /** GET one resource; throws GraphApiError on a non-success answer. */
  async get<T = unknown>(path: string, version: GraphVersion = 'v1.0', headers?: Record<string, string>): Promise<T> {
    const answer = await this.enqueue(version, path, headers);
    if (answer.status >= 200 && answer.status < 300) return answer.body as T;
    throw toGraphError(answer, path);
  }

  /** GET a collection and every following page. */
  async list<T = unknown>(path: string, version: GraphVersion = 'v1.0', headers?: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    let next: { version: GraphVersion; path: string } | null = { version, path };
    for (let page = 0; next; page++) {
      if (page >= MAX_PAGES) throw new GraphApiError(0, 'tooManyPages', `Stopped after ${MAX_PAGES} pages of ${path}; the list was not read to the end`, path);
      const body: { value?: T[]; '@odata.nextLink'?: string } = await this.get(next.path, next.version, headers);
      if (!Array.isArray(body.value)) throw new GraphApiError(200, 'shape', `Expected a collection with "value" from ${path}`, path);
      items.push(...body.value);
      next = body['@odata.nextLink'] ? this.relative(body['@odata.nextLink']) : null;
    }
    return items;
  }

  /** Turns an absolute Graph URL from a response into version + relative path, refusing other hosts. */
  private relative(absolute: string): { version: GraphVersion; path: string } {
    const url = new URL(absolute);
    if (url.origin !== this.origin) throw new GraphApiError(0, 'foreignNextLink', `Graph pointed paging at another host (${url.origin}); not followed`, absolute);
    const match = /^\/(v1\.0|beta)(\/.*)$/.exec(url.pathname);
    if (!match) throw new GraphApiError(0, 'shape', `Unexpected nextLink path ${url.pathname}`, absolute);
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
    if (RETRYABLE_STATUSES.has(answer.status) && pending.attempt < this.options.maxTries) {
      const delay = retryDelayMs(answer.headers['retry-after'], pending.attempt);
      this.stats.retries++;
      this.options.onRetry?.(answer.status, delay);
      await this.options.sleep(delay);
      pending.attempt++;
      this.queue.push(pending);
      this.scheduleFlush();
      return;
    }
    pending.resolve(answer);
  }

  private async direct(pending: Pending): Promise<Answer> {
    this.stats.httpRequests++;
    let request = this.client.api(pending.path).version(pending.version).responseType(ResponseType.RAW);
    if (pending.headers) request = request.headers(pending.headers);
    // A read requeued from a $batch has spent tries already; maxTries bounds them all.
    if (pending.attempt > 1) request = request.middlewareOptions([new RetryBudget(Math.max(1, this.options.maxTries - pending.attempt + 1))]);
    const response = (await request.get()) as Response;
    const text = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    return { status: response.status, headers, body: text ? safeJson(text) : null };
  }

  private async batch(version: GraphVersion, chunk: Pending[]): Promise<Answer[]> {
    this.stats.httpRequests++;
    this.stats.batchedRequests += chunk.length;
    const requests = chunk.map((p, i) => ({ id: String(i + 1), method: 'GET', url: p.path, ...(p.headers ? { headers: p.headers } : {}) }));
    const response = (await this.client
      .api('/$batch')
      .version(version)
      .responseType(ResponseType.RAW)
      .header('Content-Type', 'application/json')
      .post({ requests })) as Response;
    const text = await response.text();
    const body = text ? safeJson(text) : null;
    if (response.status !== 200) {
      const error = toGraphError({ status: response.status, headers: {}, body }, '/$batch');
      throw error;
    }
    const responses = (body as { responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] } | null)?.responses;
    if (!Array.isArray(responses)) throw new GraphApiError(200, 'shape', 'The $batch answer had no "responses" array', '/$batch');
    const byId = new Map(responses.map((r) => [String(r.id), r]));
    return chunk.map((_, i) => {
      const sub = byId.get(String(i + 1));
      if (!sub) return { status: 500, headers: {}, body: { error: { code: 'missingBatchResponse', message: 'Graph left this request out of the $batch answer' } } };
      const headers = Object.fromEntries(Object.entries(sub.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
      return { status: sub.status, headers, body: sub.body ?? null };
    });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: { code: 'nonJson', message: text.slice(0, 200) } };
  }
}

function toGraphError(answer: Answer, path: string): GraphApiError {
  const error = (answer.body as { error?: { code?: string; message?: string } } | null)?.error;
  return new GraphApiError(answer.status, error?.code ?? `http${answer.status}`, error?.message ?? `HTTP ${answer.status}`, path);
}
