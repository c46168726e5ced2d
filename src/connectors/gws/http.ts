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
/** Google's per-minute read quotas (Policy API, Directory) reset within a minute; ScubaGoggles waits 30 s and more. */
const PER_MINUTE_QUOTA_WAIT_MS = 30_000;

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
          const backoff =
            verdict.retryAfterMs ??
            Math.min(MAX_BACKOFF_MS, verdict.perMinuteQuota ? PER_MINUTE_QUOTA_WAIT_MS * attempt : 1000 * 2 ** (attempt - 1));
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

  /**
   * Follows nextPageToken (other parameters stay identical); blank pages are normal. A list that could not be
   * read to its end (page budget spent, or Google repeating a page token) is a section error, because checks
   * would otherwise judge part of the tenant as the whole; `allowPartial` returns it flagged instead.
   */
  async pages<S extends z.ZodTypeAny>(
    ctx: ReadContext,
    schema: S,
    request: (pageToken: string | undefined) => Promise<{ data: unknown }>,
    maxPages = 500,
    options: { allowPartial?: boolean } = {},
  ): Promise<{ pages: z.output<S>[]; truncated: boolean }> {
    const pages: z.output<S>[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    let why = `stopped after ${maxPages} pages`;
    for (let i = 0; i < maxPages; i += 1) {
      const page = await this.get(ctx, schema, () => request(token));
      pages.push(page);
      const next = (page as { nextPageToken?: string }).nextPageToken;
      if (!next) return { pages, truncated: false };
      if (seen.has(next)) {
        why = 'Google returned the same page token twice';
        break;
      }
      seen.add(next);
      token = next;
    }
    if (options.allowPartial) return { pages, truncated: true };
    throw new SectionFailure({
      code: 'budget',
      message: `${ctx.what} was not read to its end (${why}); the section is left unjudged rather than judged on part of the list. Rerun, or audit the tenant alone if it is very large.`,
      endpoint: ctx.endpoint,
    });
  }
}
