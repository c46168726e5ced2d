import { DEFAULT_LIMITS, type TransportLimits } from './limits.js';
import { httpExchange, type ExchangeAnswer } from './http-exchange.js';
import { RETRYABLE_STATUSES, retryWaitMs } from './retry-policy.js';
import { networkFailure, TransportError, type TransportFailure } from './transport-error.js';

export interface TransportRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** A POST that only reads ($batch of GETs, a SOAP read) may be retried like a GET. */
  readOnlyPost?: boolean;
  /** How errors name the call, e.g. "GET /v1.0/users"; defaults to the method and path. */
  endpoint?: string;
  /** Fewer tries than the limit, for a read whose earlier tries were spent elsewhere (inside a $batch). */
  maxTries?: number;
  /** 'return': a redirect is the answer, not followed (to learn where a service lives from its Location). */
  redirect?: 'follow' | 'return';
}

export interface TransportAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The URL that answered, after same-origin redirects. */
  url: string;
  /** HTTP exchanges this answer took, retries and redirects included (an API budget counts each). */
  exchanges: number;
}

export interface TransportStats {
  requests: number;
  retries: number;
}

/** What a retry waits for: an HTTP status or a failure without one. */
export interface RetryNotice {
  endpoint: string;
  status?: number;
  failure?: TransportFailure;
  waitMs: number;
  /** The server asked the caller to slow down (429, a Retry-After, a provider's quota answer), not a failure. */
  throttled?: boolean;
}

export interface TransportOptions {
  /** The only origins this tenant's requests may go to; anything else is refused unsent. */
  origins: readonly string[];
  limits?: Partial<TransportLimits>;
  sleep: (ms: number) => Promise<void>;
  /** Ends every request of the tenant: its collection deadline or the run's interruption. */
  signal?: AbortSignal;
  /** Wall-clock time (ms) after which no retry wait may start. */
  deadlineAt?: number;
  now?: () => number;
  random?: () => number;
  /** A provider's own "throttled" answers that do not use a retryable status (Google's quota 403s). */
  retryableAnswer?: (answer: TransportAnswer) => boolean;
  /** Lowest wait a retryable answer may get, e.g. Google's per-minute quotas. */
  minRetryWaitMs?: (answer: TransportAnswer) => number | undefined;
  onRetry?: (retry: RetryNotice) => void;
  /** Told every credential the tenant's requests carry, so the run's redactor knows it before any output. */
  onCredential?: (secret: string) => void;
}

const MAX_REDIRECTS = 5;
const RETRYABLE_FAILURES: ReadonlySet<TransportFailure> = new Set(['timeout', 'network']);

/**
 * The one HTTP client of every connector: requests only to the tenant's origins, redirects followed
 * only within the same origin, timeouts on headers, on body silence and on the whole request, bounded
 * retries with Retry-After (capped) or jittered backoff, and a body size cap.
 */
export class Transport {
  readonly limits: TransportLimits;
  readonly stats: TransportStats = { requests: 0, retries: 0 };
  private readonly origins: Set<string>;
  private readonly credentials = new Set<string>();
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: TransportOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.origins = new Set(options.origins.map((o) => new URL(o).origin));
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** Whether a URL is on one of the tenant's origins (paging links and redirects must be). */
  allows(url: string): boolean {
    try {
      return this.origins.has(new URL(url).origin);
    } catch {
      return false;
    }
  }

  /**
   * Sends a request and returns the final HTTP answer, retryable statuses included once the tries are
   * spent (the connector names them). Throws TransportError when no answer could be had.
   */
  async request(request: TransportRequest): Promise<TransportAnswer> {
    const endpoint = request.endpoint ?? describe(request);
    const method = request.method ?? 'GET';
    const retriable = method === 'GET' || request.readOnlyPost === true;
    const maxTries = Math.max(1, Math.min(request.maxTries ?? this.limits.maxTries, this.limits.maxTries));
    const exchanges = { exchanges: 0 };
    for (let attempt = 1; ; attempt++) {
      this.throwIfStopped(endpoint);
      let answer: TransportAnswer;
      try {
        answer = await this.follow(request, endpoint, exchanges);
      } catch (error) {
        const failure = networkFailure(endpoint, error);
        if (!retriable || attempt >= maxTries || !RETRYABLE_FAILURES.has(failure.failure)) throw failure;
        await this.wait(retryWaitMs(undefined, attempt, this.limits, this.now(), this.random), { endpoint, failure: failure.failure });
        continue;
      }
      const quota = this.options.retryableAnswer?.(answer) ?? false;
      const retryable = RETRYABLE_STATUSES.has(answer.status) || quota;
      if (!retryable || !retriable || attempt >= maxTries) return answer;
      const asked = retryWaitMs(answer.headers.get('retry-after'), attempt, this.limits, this.now(), this.random);
      const floor = Math.min(this.options.minRetryWaitMs?.(answer) ?? 0, this.limits.maxRetryWaitMs);
      const throttled = quota || answer.status === 429 || answer.headers.has('retry-after');
      await this.wait(Math.max(asked, floor), { endpoint, status: answer.status, throttled });
    }
  }

  private async follow(request: TransportRequest, endpoint: string, count: { exchanges: number }): Promise<TransportAnswer> {
    this.learnCredential(request.headers);
    let url = request.url;
    for (let hop = 0; ; hop++) {
      if (!this.allows(url)) {
        throw new TransportError('foreign_origin', `${endpoint}: refused to send a request to ${originOf(url)}, which is not this tenant's API`, endpoint);
      }
      count.exchanges++;
      const response = await this.once(url, request, endpoint);
      if (response.status < 300 || response.status >= 400 || response.status === 304) return { ...response, url, exchanges: count.exchanges };
      const location = response.headers.get('location');
      if (!location || request.redirect === 'return') return { ...response, url, exchanges: count.exchanges };
      const target = URL.canParse(location, url) ? new URL(location, url).toString() : undefined;
      if (target === undefined) throw new TransportError('redirect_refused', `${endpoint} redirected to a Location that is not a URL; not followed`, endpoint, response.status);
      if (originOf(target) !== originOf(url) || (request.method ?? 'GET') !== 'GET') {
        throw new TransportError('redirect_refused', `${endpoint} redirected to ${originOf(target)}; not followed (credentials go only to the tenant's own API)`, endpoint, response.status);
      }
      if (hop >= MAX_REDIRECTS) throw new TransportError('redirect_refused', `${endpoint} redirected more than ${MAX_REDIRECTS} times`, endpoint, response.status);
      url = target;
    }
  }

  /** One HTTP exchange under the three timeouts and the tenant's signal. */
  private once(url: string, request: TransportRequest, endpoint: string): Promise<ExchangeAnswer> {
    this.stats.requests++;
    return httpExchange(
      { url, method: request.method ?? 'GET', headers: request.headers, body: request.body },
      {
        endpoint,
        headersTimeoutMs: this.limits.headersTimeoutMs,
        idleTimeoutMs: this.limits.idleTimeoutMs,
        requestTimeoutMs: this.limits.requestTimeoutMs,
        maxBodyBytes: this.limits.maxBodyBytes,
        signal: this.options.signal,
        stopped: () => this.stoppedError(endpoint),
      },
    );
  }

  /** Waits before a retry, unless the wait would outlast the tenant's deadline. */
  async wait(ms: number, why: Omit<RetryNotice, 'waitMs'>): Promise<void> {
    if (this.options.deadlineAt !== undefined && this.now() + ms > this.options.deadlineAt) {
      const what = why.status ? `HTTP ${why.status}` : (why.failure ?? 'a retryable answer');
      throw new TransportError('deadline', `${why.endpoint}: ${what}, and waiting ${Math.ceil(ms / 1000)} s to retry would pass the tenant's deadline`, why.endpoint, why.status);
    }
    this.stats.retries++;
    this.options.onRetry?.({ ...why, throttled: why.throttled ?? why.status === 429, waitMs: ms });
    await this.options.sleep(ms);
  }

  /** The wait before try `attempt + 1` of an answer the caller retries itself (a $batch sub-response). */
  waitFor(retryAfter: string | null | undefined, attempt: number): number {
    return retryWaitMs(retryAfter, attempt, this.limits, this.now(), this.random);
  }

  private learnCredential(headers: Record<string, string> | undefined): void {
    if (!headers || !this.options.onCredential) return;
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() !== 'authorization' || this.credentials.has(value)) continue;
      this.credentials.add(value);
      this.options.onCredential(value.replace(/^\s*\S+\s+/, ''));
    }
  }

  private throwIfStopped(endpoint: string): void {
    if (this.options.signal?.aborted) throw this.stoppedError(endpoint);
  }

  private stoppedError(endpoint: string): TransportError {
    const reason: unknown = this.options.signal?.reason;
    const timedOut = reason instanceof DOMException && reason.name === 'TimeoutError';
    return timedOut
      ? new TransportError('deadline', `${endpoint}: the tenant's collection deadline passed`, endpoint)
      : new TransportError('aborted', `${endpoint}: the run was interrupted`, endpoint);
  }
}

function describe(request: TransportRequest): string {
  try {
    return `${request.method ?? 'GET'} ${new URL(request.url).pathname}`;
  } catch {
    return request.method ?? 'GET';
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'an invalid URL';
  }
}
