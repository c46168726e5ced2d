import pLimit, { type LimitFunction } from 'p-limit';
import type { z } from 'zod';
import { SectionFailure } from '../../core/section-failure.js';
import { transportFetch } from '../../transport/fetch-adapter.js';
import { documentedObject, errorJson } from '../../transport/json-body.js';
import { readAllPages } from '../../transport/paging.js';
import type { Transport, TransportAnswer } from '../../transport/transport.js';
import { TransportError } from '../../transport/transport-error.js';
import { classify, isPerMinuteQuota, isQuotaRefusal, type ReadContext } from './errors.js';

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
  cause?: unknown;
}

/** Google's per-minute read quotas (Policy API, Directory) reset within a minute; ScubaGoggles waits 30 s and more. */
const PER_MINUTE_QUOTA_WAIT_MS = 30_000;

/** Google's quota refusals come as 403s with a reason; the transport retries them like a 429. */
export const googleRetryTuning = {
  retryableAnswer: (answer: TransportAnswer) => answer.status === 403 && isQuotaRefusal(errorJson(answer.text)),
  minRetryWaitMs: (answer: TransportAnswer) => (isPerMinuteQuota(errorJson(answer.text)) ? PER_MINUTE_QUOTA_WAIT_MS : undefined),
};

/** Options for every googleapis call: gaxios's own retries off, and every byte through the tenant's transport. */
export interface GoogleCallOptions {
  retry: false;
  fetchImplementation: typeof fetch;
}

export class GwsHttp {
  private readonly limit: LimitFunction;
  readonly callOptions: GoogleCallOptions;

  constructor(transport: Transport, quotaKey: string) {
    this.limit = limiterFor(quotaKey);
    this.callOptions = { retry: false, fetchImplementation: transportFetch(transport) };
  }

  /** One GET with bounded concurrency per Cloud project; the answer must be the documented object, checked by the schema. */
  async get<S extends z.ZodTypeAny>(ctx: ReadContext, schema: S, request: () => Promise<{ data: unknown }>): Promise<z.output<S>> {
    let data: unknown;
    try {
      data = (await this.limit(request)).data;
    } catch (error) {
      const e = error as ErrorLike;
      if (e.cause instanceof TransportError) throw e.cause;
      if (error instanceof TransportError) throw error;
      const status = e.response?.status ?? e.status;
      throw new SectionFailure(classify(status, e.response?.data ?? { error: { message: e.message } }, ctx));
    }
    const body = documentedObject(data, ctx.endpoint);
    if (ctx.kind && !(typeof body['kind'] === 'string' && body['kind'].endsWith(`#${ctx.kind}`))) {
      throw new SectionFailure({ code: 'shape', message: `${ctx.what} answered 200 without the documented "kind" (…#${ctx.kind}); not read as an empty answer`, endpoint: ctx.endpoint });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SectionFailure({ code: 'shape', message: `${ctx.what} answered an unexpected shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`, endpoint: ctx.endpoint });
    }
    return parsed.data as z.output<S>;
  }

  /**
   * Follows nextPageToken (other parameters stay identical); blank pages are normal. A list that could not be
   * read to its end is a section error; `keepPartial` returns it flagged instead, for bounded log reads.
   */
  async pages<S extends z.ZodTypeAny>(
    ctx: ReadContext,
    schema: S,
    request: (pageToken: string | undefined) => Promise<{ data: unknown }>,
    maxPages = 500,
    options: { keepPartial?: boolean } = {},
  ): Promise<{ pages: z.output<S>[]; truncated: boolean }> {
    return readAllPages<z.output<S>>({
      endpoint: ctx.endpoint,
      maxPages,
      keepPartial: options.keepPartial,
      page: (token) => this.get(ctx, schema, () => request(token)),
      next: (page) => (page as { nextPageToken?: string }).nextPageToken || undefined,
    });
  }
}
