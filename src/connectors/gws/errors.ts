import type { SectionError } from '../../core/model.js';

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
  /**
   * The resource the Admin SDK's `kind` names for this answer ("users" for admin#directory#users; Google's own
   * pages spell the prefix several ways, so only the part after the last "#" is compared). An answer
   * without it is not the documented object.
   */
  kind?: string;
}

const THROTTLE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'RATE_LIMIT_EXCEEDED', 'RESOURCE_EXHAUSTED']);
const SCOPE_REASONS = new Set(['insufficientPermissions', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT']);

function reasonsOf(body: unknown): Set<string> {
  const err = (body as GoogleErrorBody | undefined)?.error;
  return new Set<string>([...(err?.errors ?? []).map((e) => e.reason ?? ''), ...(err?.details ?? []).map((d) => d.reason ?? ''), err?.status ?? '']);
}

/** A 403 that is Google saying "over quota", not "not allowed". */
export function isQuotaRefusal(body: unknown): boolean {
  return [...reasonsOf(body)].some((r) => THROTTLE_REASONS.has(r));
}

/** A per-minute quota: short exponential waits would only burn the remaining tries. */
export function isPerMinuteQuota(body: unknown): boolean {
  return /per minute/i.test((body as GoogleErrorBody | undefined)?.error?.message ?? '');
}

/** Turns a Google API failure (after the transport's retries) into the section error a person can act on. */
export function classify(status: number | undefined, body: unknown, ctx: ReadContext): SectionError {
  const err = (body as GoogleErrorBody | undefined)?.error;
  const reasons = reasonsOf(body);
  const message = err?.message ?? (typeof body === 'string' ? body.slice(0, 200) : '');
  const base = { endpoint: ctx.endpoint, httpStatus: status };
  if (status === 429 || (status === 403 && isQuotaRefusal(body))) {
    return { ...base, code: 'throttled', message: `${ctx.what} kept answering ${status} (quota: ${message || 'rate limit exceeded'}); tenants sharing one Cloud project share its quota — retry later or lower concurrency.` };
  }
  if (status !== undefined && status >= 500) {
    return { ...base, code: 'api_error', message: `${ctx.what} failed with HTTP ${status}: ${message}` };
  }
  if (status === 401) {
    return { ...base, code: 'auth', message: `${ctx.what} refused the credentials (401): ${message}. Check the token or the service account key.` };
  }
  if (status === 403 && (reasons.has('SERVICE_DISABLED') || reasons.has('accessNotConfigured') || /has not been used in project|is disabled/i.test(message))) {
    return { ...base, code: 'api_disabled', message: `The ${ctx.api} is not enabled in the service account's Google Cloud project: enable it under APIs & Services > Library, wait a few minutes and rerun. (${message})`, permission: ctx.scope };
  }
  if (status === 403 && ([...reasons].some((r) => SCOPE_REASONS.has(r)) || /insufficient authentication scopes/i.test(message))) {
    return { ...base, code: 'permission', message: `${ctx.what} needs the scope ${ctx.scope}: add it to the service account's client in Admin console > Security > API controls > Domain-wide delegation.`, permission: ctx.scope };
  }
  if (status === 403) {
    return { ...base, code: 'permission', message: `${ctx.what} was refused (403: ${message || 'forbidden'}). The impersonated subject must be a super admin and ${ctx.scope} must be authorised for domain-wide delegation.`, permission: ctx.scope };
  }
  if (status === 404) return { ...base, code: 'not_found', message: `${ctx.what} returned 404: ${message}. Check customerId.` };
  if (status === undefined) return { ...base, code: 'network', message: `${ctx.what} could not be reached: ${message || 'network error'}` };
  return { ...base, code: 'api_error', message: `${ctx.what} failed with HTTP ${status}: ${message}` };
}
