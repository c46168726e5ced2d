import { availableParallelism } from 'node:os';
import { AuditError } from '../core/errors.js';
import type { AuditConfig } from '../config/load-config.js';
import { writeTenantResult } from '../output/tenant-files.js';
import { createRedactor } from '../redaction/redactor.js';
import { tenantsRun, type RunTenantsOptions, type TenantsRun } from './run-tenants.js';
import { failedTenant } from './tenant-audit.js';
import { DEFAULT_MEMORY_TARGET_MB } from './heap-governor.js';
import { runWithinBudget } from './tenant-budget.js';
import { tenantLanes } from './tenant-lanes.js';
import { registerTenantSecrets } from './tenant-secrets.js';
import { startWorker, TENANT_WORKER } from './workers/start-worker.js';
import { TenantWorkerPool } from './workers/worker-pool.js';
import { summaryOf, type TenantStore, type TenantSummary, type WorkerInit } from './workers/worker-protocol.js';

/** The worker thread auditing the tenant crashed or was stopped: the tenant fails with that reason, the run goes on. */
export class WorkerCrashError extends AuditError {
  readonly code = 'E_WORKER';
}

/**
 * Below this many tenants per thread, starting threads costs more than it saves: on the farm (bench/RESULTS.md)
 * two threads lost at 100 tenants and won at 300.
 */
const TENANTS_PER_WORKER = 100;

/**
 * What each worker thread needs of the run's memory target: on the 1,000-tenant farm (bench/RESULTS.md) two
 * worker threads peaked at 570–620 MB of RSS where the one thread of an in-process run stayed near 400 MB.
 * Each thread holds its own copy of the code and catalog, a young generation and its share of the tenants.
 */
export const MB_PER_WORKER_THREAD = 300;

/**
 * How many worker threads a run uses: `--workers` when given, else one per core the machine offers, as many
 * as the memory target has room for (MB_PER_WORKER_THREAD each); never more than one per TENANTS_PER_WORKER
 * tenants when not asked for, nor more than one per tenant. 1 is the in-process run.
 */
export function workerCount(asked: number | undefined, tenants: number, cores = availableParallelism(), memoryTargetMb = DEFAULT_MEMORY_TARGET_MB): number {
  const wanted = asked ?? Math.min(cores, Math.floor(tenants / TENANTS_PER_WORKER), Math.floor(memoryTargetMb / MB_PER_WORKER_THREAD));
  return Math.max(1, Math.min(wanted, tenants));
}

export interface WorkerRunOptions extends Omit<RunTenantsOptions, 'onTenantDone' | 'onSnapshot' | 'runtime'> {
  runtime: Omit<RunTenantsOptions['runtime'], 'sleep'>;
  workers: number;
  /** Each worker's share of the run's memory target: its heap is collected early past it. */
  heapShareBytes?: number;
  /** Where the workers write each tenant's result (and snapshot). */
  store: TenantStore;
  /** Called with each finished tenant's summary once its result is on disk. */
  onTenantDone?: (summary: TenantSummary) => void | Promise<void>;
  /** The workers' entry module (tests put a faulty one in). */
  workerEntry?: URL;
}

const definedOnly = (env: Readonly<Record<string, string | undefined>>) => Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));

/**
 * Audits every tenant of the config on `workers` threads: one budget (the concurrency, the limits per
 * provider and credential) decides here which tenant starts, the least busy worker collects, judges and
 * writes it, and only a summary comes back. A worker that dies fails its tenants, never the run.
 */
export async function runTenantsInWorkers(config: AuditConfig, options: WorkerRunOptions): Promise<TenantsRun> {
  const redactor = options.redactor ?? createRedactor();
  const runtime = { ...options.runtime, configDir: config.dir };
  // The main thread only writes the result of a tenant whose worker died; its text must be clean too.
  await registerTenantSecrets(redactor, config.tenants.map((t) => t.entry), runtime);
  const lanesOf = await tenantLanes(config, options.limits ?? config.limits, runtime);
  const init: WorkerInit = {
    configDir: config.dir,
    network: { maxTries: runtime.maxTries, limits: runtime.limits, tenantDeadlineMs: runtime.tenantDeadlineMs },
    store: options.store,
    entries: config.tenants.map((t) => t.entry),
    ...(options.heapShareBytes ? { heapShareBytes: options.heapShareBytes } : {}),
  };
  const entry = options.workerEntry ?? TENANT_WORKER;
  const pool = new TenantWorkerPool(options.workers, () => startWorker(entry, { workerData: init, env: definedOnly(runtime.env) }));
  const abort = () => pool.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  if (options.signal?.aborted) abort();
  const stopped = () => Boolean(options.signal?.aborted || options.stopStarting?.aborted);
  try {
    const finished = await runWithinBudget(
      config.tenants,
      Math.max(1, options.concurrency),
      lanesOf,
      async (tenant): Promise<boolean> => {
        options.onTenantStart?.(tenant);
        const started = Date.now();
        const outcome = await pool.run(tenant, { log: options.logFor(tenant), retryWait: (waitMs, throttled) => runtime.onRetryWait?.({ waitMs, throttled }) });
        if (outcome.kind === 'interrupted' || (outcome.kind === 'crashed' && options.signal?.aborted)) return false;
        let summary: TenantSummary;
        if (outcome.kind === 'done') summary = outcome.summary;
        else {
          const audit = redactor.redactDeep(failedTenant(tenant, new WorkerCrashError(redactor(outcome.reason)), Date.now() - started));
          await writeTenantResult(options.store.outDir, audit, redactor);
          summary = summaryOf(audit);
        }
        await options.onTenantDone?.(summary);
        return true;
      },
      stopped,
      false,
    );
    return tenantsRun(config, finished);
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await pool.close();
  }
}
