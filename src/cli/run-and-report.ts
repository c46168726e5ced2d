import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../io/write-atomic.js';
import { loadCatalog } from '../core/catalog.js';
import { defaultSleep, type ConnectorRuntime } from '../core/connector.js';
import type { Severity } from '../core/model.js';
import type { AuditResults } from '../core/results.js';
import type { AuditConfig } from '../config/load-config.js';
import { prepareOutputFolder } from '../io/output-folder.js';
import { loadPreviousResults, outputFileNames, writeOutputs, writeTenantOutputs, type OutputFormat } from '../output/write-outputs.js';
import { createRedactor } from '../redaction/redactor.js';
import { runAudit } from '../runner/run-audit.js';
import type { Reporter } from './console-log.js';
import { exitCodeFor } from './exit-codes.js';
import { compareResults } from '../report/drift.js';
import { formatCounts } from './format-counts.js';
import { checkFrameworkFlag } from './options.js';
import { historyAsResults, historyRun, readHistory, writeHistoryRun } from '../history/run-history.js';
import { scorePoint } from '../report/executive-summary.js';
import { historyInsights } from '../report/history-insights.js';

export interface AuditRunFlags {
  out: string;
  concurrency?: number;
  failOn?: Severity | 'none';
  formats: OutputFormat[];
  compare?: string;
  /** With compare: exit 1 only for failures that are new since the compared run. */
  failOnNewOnly?: boolean;
  /** Tries, timeouts, deadline and size caps of the connectors' transport. */
  network: Pick<ConnectorRuntime, 'maxTries' | 'limits' | 'tenantDeadlineMs'>;
  /** Also write each tenant's own reports to <out>/tenants/<tenant>/. */
  perTenant?: boolean;
  /** Print the full findings and check reference in report.html. */
  appendix?: boolean;
  /** --history DIR: keep this run there, and report trends over the runs kept; the last one is --compare's default. */
  history?: string;
  /** --framework: limit the rendered reports to one framework. */
  framework?: string;
  /** Also write each tenant's snapshot to <out>/snapshots/<tenant>.snapshot.json. */
  saveSnapshots?: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** Runs an audit over a loaded config, writes the outputs, prints where they are; returns the exit code. */
export async function runAndReport(config: AuditConfig, flags: AuditRunFlags, reporter: Reporter): Promise<{ code: number; results: AuditResults }> {
  checkFrameworkFlag(flags.framework);
  const failOn = flags.failOn ?? config.failOn ?? 'none';
  const redactor = reporter.redactor ?? createRedactor();
  const kept = flags.history ? await readHistory(flags.history) : [];
  const previous = flags.compare ? await loadPreviousResults(flags.compare) : kept.length ? historyAsResults(kept[kept.length - 1]!) : undefined;
  const names = config.tenants.map((t) => t.name);
  const reports = outputFileNames(flags.formats);
  await prepareOutputFolder(flags.out, '--out', [
    ...reports,
    ...(flags.saveSnapshots ? names.map((name) => join('snapshots', `${name}.snapshot.json`)) : []),
    ...(flags.perTenant ? names.flatMap((name) => reports.map((file) => join('tenants', name, file))) : []),
  ]);
  const catalog = await loadCatalog();
  const total = config.tenants.length;
  let done = 0;
  reporter.line(`Auditing ${total} tenant${total === 1 ? '' : 's'}…`);
  const results = await runAudit(config, {
    catalog,
    concurrency: flags.concurrency ?? config.concurrency ?? 4,
    failOn,
    runtime: { env: flags.env, sleep: defaultSleep, ...flags.network },
    redactor,
    logFor: (tenant) => reporter.tenantLog(tenant.name),
    onSnapshot: flags.saveSnapshots
      ? (tenant, snapshot) => writeFileAtomic(join(resolve(flags.out), 'snapshots', `${tenant.name}.snapshot.json`), redactor(`${JSON.stringify(snapshot, null, 2)}\n`))
      : undefined,
    onTenantDone: (audit) => {
      done++;
      const prefix = `  [${done}/${total}] ${audit.tenant.name} (${audit.tenant.provider}): `;
      if (audit.outcome === 'failed') reporter.error(`${prefix}could not be audited: ${audit.error?.message ?? 'unknown error'}`);
      else reporter.line(`${prefix}${formatCounts(audit.counts)}`);
    },
  });
  const outDir = resolve(flags.out);
  const report = {
    appendix: Boolean(flags.appendix),
    ...(flags.framework ? { framework: flags.framework } : {}),
    ...(flags.history ? { trend: kept.map((run) => scorePoint(historyAsResults(run))), history: historyInsights([...kept, historyRun(redactor.redactDeep(results))]) } : {}),
  };
  const written = await writeOutputs(results, outDir, flags.formats, previous, redactor, report);
  if (flags.perTenant) {
    const folders = await writeTenantOutputs(results, outDir, flags.formats, previous, redactor, report);
    reporter.line(`  per tenant: ${folders.length} folders under ${join(outDir, 'tenants')}`);
  }
  if (flags.history) reporter.line(`  history ${await writeHistoryRun(resolve(flags.history), redactor.redactDeep(results))} (${kept.length + 1} runs kept)`);
  reporter.line(`Total: ${formatCounts(results.counts)}`);
  for (const [format, path] of Object.entries(written)) if (path) reporter.line(`  ${format.padEnd(4)} ${path}`);
  const newSince = flags.failOnNewOnly && previous ? compareResults(previous, results) : undefined;
  return { code: exitCodeFor(results, failOn, { newSince }), results };
}
