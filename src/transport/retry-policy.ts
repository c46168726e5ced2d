import type { TransportLimits } from './limits.js';

/** Statuses that say "try again": throttled, or the service briefly failing. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

type BackoffLimits = Pick<TransportLimits, 'maxRetryWaitMs' | 'backoffBaseMs' | 'backoffMaxMs'>;

/**
 * Milliseconds the server asked for in Retry-After (delta-seconds or an HTTP date), or undefined when
 * it asked for nothing usable: absent, garbage, zero or negative, or a date already past.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const ms = Number(text) * 1000;
    return ms > 0 ? ms : undefined;
  }
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  const ms = date - now;
  return ms > 0 ? ms : undefined;
}

/**
 * How long to wait before try `attempt + 1`: what Retry-After asked, capped at maxRetryWaitMs; otherwise
 * exponential backoff with jitter (half fixed, half random), so a herd of tenants does not retry in step.
 */
export function retryWaitMs(retryAfter: string | null | undefined, attempt: number, limits: BackoffLimits, now: number, random: () => number): number {
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== undefined) return Math.min(asked, limits.maxRetryWaitMs);
  const step = Math.min(limits.backoffBaseMs * 2 ** Math.max(0, attempt - 1), limits.backoffMaxMs);
  return Math.round(step / 2 + (step / 2) * random());
}
