import type { Check } from '../core/define-check.js';
import { defaultSleep, type ConnectorRuntime } from '../core/connector.js';
import type { AuditConfig } from '../config/load-config.js';
import type { TenantHead } from '../output/combined-outputs.js';
import { writeTenantResult, writeTenantSnapshot } from '../output/tenant-files.js';
import type { Redactor } from '../redaction/redactor.js';
import type { Interrupt } from '../runner/interrupt.js';
import type { RunProgress } from '../runner/run-progress.js';
import { runTenants, type TenantsRun } from '../runner/run-tenants.js';
import { runTenantsInWorkers, workerCount } from '../runner/run-tenants-in-workers.js';
import { WarningSummary } from '../runner/warning-summary.js';
import type { TenantSummary } from '../runner/workers/worker-protocol.js';
import type { Reporter } from './console-log.js';
import { formatCounts } from './format-counts.js';
import { DEFAULT_MEMORY_TARGET_MB, HeapGovernor, heapShareBytes } from '../runner/heap-governor.js';

export interface TenantAuditsRun {
  config: AuditConfig;
  catalog: readonly Check[];
  outDir: string;
  concurrency: number;
  /** --workers: threads to spread the tenants over (default: one per core for a run large enough). */
  workers?: number;
  /** --memory-target in MB: each thread's heap is collected early past its share. */
  memoryTargetMb?: number;
  saveSnapshots: boolean;
  env: Readonly<Record<string, string | undefined>>;
  network: Pick<ConnectorRuntime, 'maxTries' | 'limits' | 'tenantDeadlineMs'>;
  interrupt?: Interrupt;
  redactor: Redactor;
  reporter: Reporter;
  progress: RunProgress;
  redraw: () => void;
}

/**
 * Audits the tenants of a run, on worker threads or in this one, writing each result under OUT/tenants/
 * as it is done and telling the operator: a line per tenant, the status line, warnings summed up at the end.
 */
export async function runTenantAudits(run: TenantAuditsRun): Promise<TenantsRun & { heads: Map<string, TenantHead> }> {
  const { reporter, progress, redraw, redactor, outDir } = run;
  const total = run.config.tenants.length;
  const warnings = new WarningSummary();
  let finished = 0;
  // What the head of results.json needs of each finished tenant, so the combined pass reads its file only once.
  const heads = new Map<string, TenantHead>();
  const told = (summary: TenantSummary) => {
    heads.set(summary.tenant.name, { tenant: summary.tenant, counts: summary.counts });
    progress.finished(summary.outcome);
    governor.check();
    finished++;
    const prefix = `  [${finished}/${total}] ${summary.tenant.name} (${summary.tenant.provider}): `;
    if (summary.outcome === 'failed') reporter.error(`${prefix}could not be audited: ${summary.error?.message ?? 'unknown error'}`);
    else reporter.line(`${prefix}${formatCounts(summary.counts)}`);
  };
  const shared = {
    catalog: run.catalog,
    concurrency: run.concurrency,
    redactor,
    logFor: (tenant: AuditConfig['tenants'][number]) => {
      const log = reporter.tenantLog(tenant.name);
      return { info: log.info, warn: (message: string) => void (warnings.add(tenant.name, message) && log.warn(message)) };
    },
    onTenantStart: () => {
      progress.started();
      redraw();
    },
    signal: run.interrupt?.abort,
    stopStarting: run.interrupt?.stopStarting,
  };
  const runtime = {
    env: run.env,
    ...run.network,
    onRetryWait: ({ waitMs, throttled }: { waitMs: number; throttled?: boolean }) => {
      progress.waited(waitMs, throttled);
      redraw();
    },
  };
  const memoryTargetMb = run.memoryTargetMb ?? DEFAULT_MEMORY_TARGET_MB;
  const workers = workerCount(run.workers, total, undefined, memoryTargetMb);
  const heapShare = heapShareBytes(memoryTargetMb, workers);
  const governor = new HeapGovernor(heapShare);
  const result =
    workers > 1
      ? await runTenantsInWorkers(run.config, { ...shared, runtime, workers, heapShareBytes: heapShare, store: { outDir, saveSnapshots: run.saveSnapshots }, onTenantDone: told })
      : await runTenants(run.config, {
          ...shared,
          runtime: { ...runtime, sleep: defaultSleep },
          onSnapshot: run.saveSnapshots ? (tenant, snapshot) => writeTenantSnapshot(outDir, tenant.name, snapshot, redactor) : undefined,
          onTenantDone: async (audit) => {
            await writeTenantResult(outDir, audit, redactor);
            told(audit);
          },
        });
  for (const line of warnings.lines()) reporter.line(line);
  const throttling = progress.throttling();
  if (throttling) reporter.line(`Throttling: ${throttling}`);
  return { ...result, heads };
}
