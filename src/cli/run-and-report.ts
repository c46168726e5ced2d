import { join, resolve } from 'node:path';
import { rm } from 'node:fs/promises';
import { catalogTexts, loadCatalog } from '../core/catalog.js';
import type { Severity } from '../core/model.js';
import type { AuditResults } from '../core/results.js';
import type { AuditConfig } from '../config/load-config.js';
import { prepareOutputFolder } from '../io/output-folder.js';
import { writeCombinedOutputs, type CombinedRun, type TenantHead } from '../output/combined-outputs.js';
import { RUN_MANIFEST_FILE, writeRunManifest, type RecordedRunFlags, type RunManifest } from '../output/run-manifest.js';
import { TENANT_RESULT_FILE, TENANT_SNAPSHOT_FILE, tenantResultPath, tenantSnapshotPath } from '../output/tenant-files.js';
import type { ConnectorRuntime } from '../core/connector.js';
import { runTenantAudits } from './run-tenant-audits.js';
import { formatCounts } from './format-counts.js';
import { loadPreviousResults, OUTPUT_FORMATS, outputFileNames, type OutputFormat, type OutputOptions } from '../output/write-outputs.js';
import { resumableTenants } from '../output/resumable-tenants.js';
import { createRedactor } from '../redaction/redactor.js';
import { profileOf } from '../runner/run-audit.js';
import { exitCodeForSignal, type Interrupt } from '../runner/interrupt.js';
import { DEFAULT_MEMORY_TARGET_MB, HeapGovernor, heapShareBytes } from '../runner/heap-governor.js';
import type { Reporter } from './console-log.js';
import { exitCodeFor } from './exit-codes.js';
import { compareResults } from '../report/drift.js';
import { startStatusLine } from './status-line.js';
import { RunProgress } from '../runner/run-progress.js';
import { checkFrameworkFlag } from './options.js';
import { historyAsResults, historyRun, readHistory, writeHistoryRun } from '../history/run-history.js';
import { scorePoint } from '../report/executive-summary.js';
import { historyInsights } from '../report/history-insights.js';

export interface AuditRunFlags {
  out: string;
  concurrency?: number;
  /** --workers: threads the tenants are spread over (1: this thread; default: one per core for a large run). */
  workers?: number;
  /** --memory-target: what all threads together aim to stay near, in MB. */
  memoryTargetMb?: number;
  failOn?: Severity | 'none';
  formats: OutputFormat[];
  compare?: string;
  /** With compare: exit 1 only for failures that are new since the compared run. */
  failOnNewOnly?: boolean;
  /** Tries, timeouts, deadline and size caps of the connectors' transport. */
  network: Pick<ConnectorRuntime, 'maxTries' | 'limits' | 'tenantDeadlineMs'>;
  /** Start results.csv with a UTF-8 byte-order mark. */
  csvBom?: boolean;
  /** Also write each tenant's own reports to <out>/tenants/<tenant>/. */
  perTenant?: boolean;
  /** Print the full findings and check reference in report.html. */
  appendix?: boolean;
  /** --history DIR: keep this run there, and report trends over the runs kept; the last one is --compare's default. */
  history?: string;
  /** --framework: limit the rendered reports to one framework. */
  framework?: string;
  /** Also write each tenant's snapshot to <out>/tenants/<tenant>/snapshot.json. */
  saveSnapshots?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** SIGINT/SIGTERM: stop starting tenants, then abort; the reports are written marked incomplete. */
  interrupt?: Interrupt;
  /** Finish the run in `out`: audit only the tenants without a result there (from its run.json). */
  resume?: RunManifest;
  /** Keep a live status line (done, running, queued, ETA) at the bottom of the terminal. */
  statusLine?: boolean;
  /** Recorded in <out>/run.json so `--resume` can finish the run; without it (demo) run.json says it cannot be resumed. */
  manifest?: RecordedRunFlags;
}

/**
 * Runs an audit over a loaded config, writing each tenant's result under <out>/tenants/<name>/ as it is
 * done, then the combined outputs from those files; prints where they are; returns the exit code.
 */
export async function runAndReport(config: AuditConfig, flags: AuditRunFlags, console: Reporter): Promise<{ code: number; results: AuditResults }> {
  checkFrameworkFlag(flags.framework);
  const total = config.tenants.length;
  const progress = new RunProgress(total, Date.now());
  const status = flags.statusLine ? startStatusLine(console, () => progress.statusLine(Date.now())) : undefined;
  try {
    return await auditAndReport(config, flags, status?.reporter ?? console, progress, () => status?.update());
  } finally {
    status?.stop();
  }
}

async function auditAndReport(config: AuditConfig, flags: AuditRunFlags, reporter: Reporter, progress: RunProgress, redraw: () => void): Promise<{ code: number; results: AuditResults }> {
  const failOn = flags.failOn ?? config.failOn ?? 'none';
  const redactor = reporter.redactor ?? createRedactor();
  const kept = flags.history ? await readHistory(flags.history) : [];
  const previous = flags.compare ? await loadPreviousResults(flags.compare) : kept.length ? historyAsResults(kept[kept.length - 1]!) : undefined;
  const names = config.tenants.map((t) => t.name);
  const reports = outputFileNames(flags.formats);
  const everyReport = outputFileNames(OUTPUT_FORMATS);
  const outDir = resolve(flags.out);
  await prepareOutputFolder(flags.out, '--out', [
    ...reports,
    RUN_MANIFEST_FILE,
    ...names.map((name) => join('tenants', name, TENANT_RESULT_FILE)),
    ...(flags.saveSnapshots ? names.map((name) => join('tenants', name, TENANT_SNAPSHOT_FILE)) : []),
    ...names.flatMap((name) => everyReport.map((file) => join('tenants', name, file))),
  ]);
  const now = new Date().toISOString();
  const startedAt = flags.resume?.startedAt ?? now;
  const resumable = flags.resume ? await resumableTenants(outDir, config.tenants, startedAt) : undefined;
  const done = resumable?.done ?? new Map<string, TenantHead>();
  for (const tenant of resumable?.redone ?? []) reporter.error(`  ${tenant.name}: audited again: ${tenant.reason}`);
  // A result, snapshot or per-tenant report left by an earlier run in this folder is not this run's.
  const notThisRuns = (name: string) => [tenantResultPath(outDir, name), tenantSnapshotPath(outDir, name), ...everyReport.map((file) => join(outDir, 'tenants', name, file))];
  const stale = flags.resume ? (resumable?.redone ?? []).map((t) => t.name) : names;
  await Promise.all(stale.flatMap(notThisRuns).map((path) => rm(path, { force: true })));
  if (!flags.resume) {
    await writeRunManifest(outDir, flags.manifest ? { kind: 'tenant-audit-run', command: 'audit', startedAt, ...flags.manifest } : { kind: 'tenant-audit-run', command: 'demo', startedAt });
  } else if (flags.manifest && flags.manifest.config !== flags.resume.config) {
    // The config moved (`-c` with --resume): a later resume finds it without being told again.
    await writeRunManifest(outDir, { ...flags.resume, config: flags.manifest.config });
  }
  const todo = { ...config, tenants: config.tenants.filter((t) => !done.has(t.name)) };
  const catalog = await loadCatalog();
  redactor.trust(catalogTexts(catalog));
  const total = todo.tenants.length;
  for (let i = 0; i < done.size; i++) progress.finished('audited');
  reporter.line(flags.resume ? `Resuming: ${done.size} of ${names.length} tenants already done, auditing ${total}…` : `Auditing ${total} tenant${total === 1 ? '' : 's'}…`);
  const run = await runTenantAudits({
    config: todo,
    catalog,
    outDir,
    concurrency: flags.concurrency ?? config.concurrency ?? 4,
    workers: flags.workers,
    memoryTargetMb: flags.memoryTargetMb,
    saveSnapshots: Boolean(flags.saveSnapshots),
    env: flags.env,
    network: flags.network,
    interrupt: flags.interrupt,
    redactor,
    reporter,
    progress,
    redraw,
  });
  const signal = flags.interrupt?.received();
  const combined: CombinedRun = {
    startedAt,
    ...(flags.resume ? { resumedAt: now } : {}),
    failOn,
    profile: profileOf(config.tenants),
    tenants: names,
    ...(run.unfinished.length ? { incomplete: { reason: signal ? `interrupted by ${signal}` : 'interrupted', missingTenants: run.unfinished } } : {}),
  };
  const plain: OutputOptions = { csvBom: flags.csvBom, appendix: Boolean(flags.appendix), ...(flags.framework ? { framework: flags.framework } : {}) };
  // Only the history needs every lean result before the pass; without it each tenant file is read once.
  const options = flags.history
    ? (lean: AuditResults): OutputOptions => ({ ...plain, trend: kept.map((past) => scorePoint(historyAsResults(past))), history: historyInsights([...kept, historyRun(lean)]) })
    : plain;
  // The worker threads are gone by now: the main thread has the whole share. The lean copies are made here,
  // from the tenant files, in every kind of run: kept from the start, they grew the heap of a 1,000-tenant
  // in-process run by ~36 MB, and twice that in RSS, while its tenants were still in flight.
  const governor = new HeapGovernor(heapShareBytes(flags.memoryTargetMb ?? DEFAULT_MEMORY_TARGET_MB, 1));
  const { lean, written, perTenantFolders } = await writeCombinedOutputs(outDir, combined, flags.formats, redactor, previous, options, { perTenant: flags.perTenant, governor, heads: new Map([...done, ...run.heads]) });
  if (flags.perTenant) reporter.line(`  per tenant: ${perTenantFolders} folders under ${join(outDir, 'tenants')}`);
  // An interrupted run is not kept: its missing tenants would read as checks that vanished.
  if (flags.history && !lean.incomplete) reporter.line(`  history ${await writeHistoryRun(resolve(flags.history), lean)} (${kept.length + 1} runs kept)`);
  reporter.line(`Total: ${formatCounts(lean.counts)}`);
  for (const [format, path] of Object.entries(written)) if (path) reporter.line(`  ${format.padEnd(4)} ${path}`);
  if (lean.incomplete) {
    reporter.error(`Incomplete: ${lean.incomplete.missingTenants.length} tenant(s) not audited (${lean.incomplete.reason}); finish with: tenant-audit audit --resume ${flags.out}`);
    return { code: signal ? exitCodeForSignal(signal) : 1, results: lean };
  }
  const newSince = flags.failOnNewOnly && previous ? compareResults(previous, lean) : undefined;
  return { code: exitCodeFor(lean, failOn, { newSince }), results: lean };
}
