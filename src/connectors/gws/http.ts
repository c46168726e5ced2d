import pLimit, { type LimitFunction } from 'p-limit';
import type { z } from 'zod';
import type { ConnectorRuntime } from '../../core/connector.js';
import { classify, SectionFailure, type ReadContext } from './errors.js';

/** Per Cloud project: tenants audited with one project share the Directory API's per-user-per-project quota. */
const limiters = new Map<string, LimitFunction>();
export const CONCURRENCY_PER_PROJECT = 4;

function limiterFor(key: string): LimitFunction {
  let limit = limiters.get(key);
  if (!limit) {
    limit = pLimit(CONCURRENCY_PER_PROJECT);
    limiters.set(key, limit);
  }
  return limit;
}

interface ErrorLike {
  status?: number;
  response?: { status?: number; data?: unknown; headers?: unknown };
  message?: string;
}

const MAX_BACKOFF_MS = 60_000;

export class GwsHttp {
  private readonly limit: LimitFunction;

  constructor(
    private readonly runtime: ConnectorRuntime,
    quotaKey: string,
    private readonly signal?: AbortSignal,
  ) {
    this.limit = limiterFor(quotaKey);
  }

  /** One GET with bounded concurrency, retries on 429/5xx/quota-403 honouring Retry-After, and schema validation. */
  async get<S extends z.ZodTypeAny>(ctx: ReadContext, schema: S, request: () => Promise<{ data: unknown }>): Promise<z.output<S>> {
    const tries = Math.max(1, this.runtime.maxTries);
    for (let attempt = 1; ; attempt += 1) {
      if (this.signal?.aborted) throw new SectionFailure({ code: 'not_collected', message: 'Collection was interrupted.' });
      let data: unknown;
      try {
        data = (await this.limit(request)).data;
      } catch (error) {
        const e = error as ErrorLike;
        const status = e.response?.status ?? e.status;
        const body = e.response?.data ?? { error: { message: e.message } };
        const verdict = classify(status, body, e.response?.headers, ctx);
        if (verdict.retry && attempt < tries) {
          const backoff = verdict.retryAfterMs ?? Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (attempt - 1));
          await this.runtime.sleep(backoff);
          continue;
        }
        throw new SectionFailure(verdict.error);
      }
      const parsed = schema.safeParse(data ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new SectionFailure({ code: 'shape', message: `${ctx.what} answered an unexpected shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`, endpoint: ctx.endpoint });
      }
      return parsed.data as z.output<S>;
    }
  }

  /** Follows nextPageToken (other parameters stay identical); blank pages are normal. Stops at maxPages. */
  async pages<S extends z.ZodTypeAny>(
    ctx: ReadContext,
    schema: S,
    request: (pageToken: string | undefined) => Promise<{ data: unknown }>,
    maxPages = 500,
  ): Promise<{ pages: z.output<S>[]; truncated: boolean }> {
    const pages: z.output<S>[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    for (let i = 0; i < maxPages; i += 1) {
      const page = await this.get(ctx, schema, () => request(token));
      pages.push(page);
      const next = (page as { nextPageToken?: string }).nextPageToken;
      if (!next || seen.has(next)) return { pages, truncated: false };
      seen.add(next);
      token = next;
    }
    return { pages, truncated: true };
  }
}
