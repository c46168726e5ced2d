/** How long and how often the transport may try; every figure has a default and can be configured. */
export interface TransportLimits {
  /** From sending a request to its response headers (connecting included). */
  headersTimeoutMs: number;
  /** Longest silence while a response body streams in. */
  idleTimeoutMs: number;
  /** One request from start to its last byte, retries not included. */
  requestTimeoutMs: number;
  /** Tries for one request, the first included. */
  maxTries: number;
  /** The longest wait honoured from Retry-After; a longer ask waits this long. */
  maxRetryWaitMs: number;
  /** First backoff step when the server gives no Retry-After; doubles each try, with jitter. */
  backoffBaseMs: number;
  /** Ceiling of the exponential backoff. */
  backoffMaxMs: number;
  /** A response body larger than this ends the read with an error instead of exhausting memory. */
  maxBodyBytes: number;
  /** Pages one list may take before it is reported as not read to its end. */
  maxPages: number;
}

export const DEFAULT_LIMITS: TransportLimits = {
  headersTimeoutMs: 30_000,
  idleTimeoutMs: 30_000,
  requestTimeoutMs: 120_000,
  maxTries: 5,
  maxRetryWaitMs: 120_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 60_000,
  maxBodyBytes: 128 * 1024 * 1024,
  maxPages: 10_000,
};

/** Per-tenant wall-clock budget: collection of one tenant never runs longer. */
export const DEFAULT_TENANT_DEADLINE_MS = 15 * 60_000;
