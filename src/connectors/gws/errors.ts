import type { SectionError } from '../../core/model.js';

/** A read that failed for good: becomes the section's error. */
export class SectionFailure extends Error {
  constructor(readonly error: SectionError) {
    super(error.message);
    this.name = 'SectionFailure';
  }
}

interface GoogleErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    errors?: { reason?: string; message?: string; domain?: string }[];
    details?: { '@type'?: string; reason?: string; metadata?: Record<string, string> }[];
  };
}

export interface ReadContext {
  /** e.g. "Cloud Identity Policy API policies.list". */
  what: string;
  /** The scope the read needs. */
  scope: string;
  /** The API to enable in the Cloud project when Google says it is disabled. */
  api: string;
  endpoint: string;
}

export interface Classified {
  retry: boolean;
  retryAfterMs?: number;
  /** A per-minute quota was hit: short exponential waits would only burn the remaining tries. */
  perMinuteQuota?: boolean;
  error: SectionError;
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | undefined>;
  return record[name] ?? record[name.toLowerCase()];
}

export function retryAfterMs(headers: unknown): number | undefined {
  const raw = headerValue(headers, 'retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

const THROTTLE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'RATE_LIMIT_EXCEEDED', 'RESOURCE_EXHAUSTED']);
const SCOPE_REASONS = new Set(['insufficientPermissions', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT']);

/** Turns a Google API failure (gaxios error or plain response) into a retry decision and a section error. */
export function classify(status: number | undefined, body: unknown, headers: unknown, ctx: ReadContext): Classified {
  const err = (body as GoogleErrorBody | undefined)?.error;
  const reasons = new Set<string>([
    ...(err?.errors ?? []).map((e) => e.reason ?? ''),
    ...(err?.details ?? []).map((d) => d.reason ?? ''),
    err?.status ?? '',
  ]);
  const message = err?.message ?? (typeof body === 'string' ? body.slice(0, 200) : '');
  const base = { endpoint: ctx.endpoint, httpStatus: status };
  if (status === 429 || (status === 403 && [...reasons].some((r) => THROTTLE_REASONS.has(r)))) {
    return {
      retry: true,
      retryAfterMs: retryAfterMs(headers),
      perMinuteQuota: /per minute/i.test(message),
      error: { ...base, code: 'throttled', message: `${ctx.what} kept answering ${status} (quota: ${message || 'rate limit exceeded'}); tenants sharing one Cloud project share its quota — retry later or lower concurrency.` },
    };
  }
  if (status !== undefined && status >= 500) {
    return { retry: true, retryAfterMs: retryAfterMs(headers), error: { ...base, code: 'api_error', message: `${ctx.what} failed with HTTP ${status}: ${message}` } };
  }
  if (status === 401) {
    return { retry: false, error: { ...base, code: 'auth', message: `${ctx.what} refused the credentials (401): ${message}. Check the token or the service account key.` } };
  }
  if (status === 403 && (reasons.has('SERVICE_DISABLED') || reasons.has('accessNotConfigured') || /has not been used in project|is disabled/i.test(message))) {
    return { retry: false, error: { ...base, code: 'api_disabled', message: `The ${ctx.api} is not enabled in the service account's Google Cloud project: enable it under APIs & Services > Library, wait a few minutes and rerun. (${message})`, permission: ctx.scope } };
  }
  if (status === 403 && ([...reasons].some((r) => SCOPE_REASONS.has(r)) || /insufficient authentication scopes/i.test(message))) {
    return {
      retry: false,
      error: { ...base, code: 'permission', message: `${ctx.what} needs the scope ${ctx.scope}: add it to the service account's client in Admin console > Security > API controls > Domain-wide delegation.`, permission: ctx.scope },
    };
  }
  if (status === 403) {
    return {
      retry: false,
      error: { ...base, code: 'permission', message: `${ctx.what} was refused (403: ${message || 'forbidden'}). The impersonated subject must be a super admin and ${ctx.scope} must be authorised for domain-wide delegation.`, permission: ctx.scope },
    };
  }
  if (status === 404) return { retry: false, error: { ...base, code: 'not_found', message: `${ctx.what} returned 404: ${message}. Check customerId.` } };
  if (status === undefined) return { retry: true, error: { ...base, code: 'network', message: `${ctx.what} could not be reached: ${message || 'network error'}` } };
  return { retry: false, error: { ...base, code: 'api_error', message: `${ctx.what} failed with HTTP ${status}: ${message}` } };
}
