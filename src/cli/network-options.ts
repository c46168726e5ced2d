import { InvalidArgumentError, type Command } from 'commander';
import type { ConnectorRuntime } from '../core/connector.js';
import { DEFAULT_LIMITS, DEFAULT_TENANT_DEADLINE_MS } from '../transport/limits.js';
import { positiveInt } from './options.js';

export interface NetworkFlags {
  maxTries: number;
  requestTimeout: number;
  tenantDeadline: number;
  maxRetryWait: number;
  maxResponseMb: number;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number above 0');
  return n;
}

/** The transport's limits as flags of a command that reads tenants. */
export function addNetworkOptions(command: Command): Command {
  return command
    .option('--max-tries <n>', 'tries per API request (throttling, 5xx, resets, timeouts)', positiveInt, DEFAULT_LIMITS.maxTries)
    .option('--request-timeout <seconds>', 'longest one API request may take; also the wait for response headers and between body chunks, each capped at 30 s', positiveNumber, DEFAULT_LIMITS.requestTimeoutMs / 1000)
    .option('--tenant-deadline <minutes>', 'longest the reads of one tenant may take; past it the tenant is reported failed', positiveNumber, DEFAULT_TENANT_DEADLINE_MS / 60_000)
    .option('--max-retry-wait <seconds>', 'longest wait honoured from a Retry-After header', positiveNumber, DEFAULT_LIMITS.maxRetryWaitMs / 1000)
    .option('--max-response-mb <n>', 'largest API response body read; a larger one is a section error', positiveNumber, DEFAULT_LIMITS.maxBodyBytes / 1024 / 1024);
}

/** The part of the connectors' runtime the flags set. */
export function networkRuntime(flags: NetworkFlags): Pick<ConnectorRuntime, 'maxTries' | 'limits' | 'tenantDeadlineMs'> {
  const requestMs = flags.requestTimeout * 1000;
  return {
    maxTries: flags.maxTries,
    tenantDeadlineMs: flags.tenantDeadline * 60_000,
    limits: {
      maxTries: flags.maxTries,
      requestTimeoutMs: requestMs,
      headersTimeoutMs: Math.min(DEFAULT_LIMITS.headersTimeoutMs, requestMs),
      idleTimeoutMs: Math.min(DEFAULT_LIMITS.idleTimeoutMs, requestMs),
      maxRetryWaitMs: flags.maxRetryWait * 1000,
      maxBodyBytes: Math.round(flags.maxResponseMb * 1024 * 1024),
    },
  };
}
