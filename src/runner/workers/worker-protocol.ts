import type { ConnectorRuntime } from '../../core/connector.js';
import type { TenantAudit } from '../../core/results.js';
import type { TenantConfig } from '../../config/load-config.js';

/** Where a worker writes each finished tenant: OUT/tenants/<name>/ (and OUT/snapshots/ with --save-snapshots). */
export interface TenantStore {
  outDir: string;
  saveSnapshots: boolean;
}

/**
 * What every worker of a run is started with (workerData). No secrets: the worker reads them itself from
 * its environment and the key files, as the connectors do.
 */
export interface WorkerInit {
  configDir: string;
  network: Pick<ConnectorRuntime, 'maxTries' | 'limits' | 'tenantDeadlineMs'>;
  store: TenantStore;
  /** Every tenant entry of the run: the worker's redactor learns all their credentials, as the in-process run's does. */
  entries: readonly unknown[];
  /** The worker's share of the run's memory target (HeapGovernor). */
  heapShareBytes?: number;
}

/** The little the main thread keeps of a finished tenant: the whole result is on disk. */
export type TenantSummary = Pick<TenantAudit, 'tenant' | 'outcome' | 'error' | 'durationMs' | 'counts'>;

export const summaryOf = (audit: TenantAudit): TenantSummary => ({ tenant: audit.tenant, outcome: audit.outcome, ...(audit.error ? { error: audit.error } : {}), durationMs: audit.durationMs, counts: audit.counts });

export type ToWorker =
  | { type: 'audit'; id: number; tenant: TenantConfig }
  /** The run is interrupted: every tenant of the worker is cut short. */
  | { type: 'abort' };

export type FromWorker =
  | { type: 'log'; id: number; level: 'info' | 'warn'; message: string }
  | { type: 'retry-wait'; id: number; waitMs: number; throttled: boolean }
  /** The tenant's result is on disk. */
  | { type: 'done'; id: number; summary: TenantSummary }
  /** The run's interruption cut the tenant short: no result. */
  | { type: 'interrupted'; id: number }
  /** The result could not be written (the disk, not the tenant): the run cannot go on. */
  | { type: 'store-failed'; id: number; message: string };
