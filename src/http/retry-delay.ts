/** Statuses worth retrying: throttled or briefly unavailable. */
export const RETRYABLE_STATUSES = new Set([429, 503, 504]);

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;

/**
 * How long to wait before try number `attempt + 1`: the server's Retry-After (seconds or an HTTP
 * date) when it sent one, else exponential backoff (1 s, 2 s, 4 s … capped at 60 s).
 */
export function retryDelayMs(retryAfter: string | null | undefined, attempt: number, now: number = Date.now()): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_DELAY_MS * 5);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, Math.min(date - now, MAX_DELAY_MS * 5));
  }
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
}
