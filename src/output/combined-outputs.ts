import { join } from 'node:path';
import { emptyCounts, type Provider, type Severity } from '../core/model.js';
import { RESULTS_SCHEMA_VERSION, type AuditResults, type TenantAudit } from '../core/results.js';
import { writeChunksAtomic } from '../io/write-chunks-atomic.js';
import type { Redactor } from '../redaction/redactor.js';
import { CSV_HEADER, csvTenantLines, UTF8_BOM } from '../report/csv.js';
import { TOOL } from '../version.js';
import { leanTenant } from './lean-tenant.js';
import { loadFrameworks } from '../frameworks/load-frameworks.js';
import { limitToFramework } from '../report/framework-compliance.js';
import { iterateTenantResults } from './tenant-files.js';
import { OUTPUT_FORMATS, outputFileNames, tenantResults, writeOutputs, type OutputFormat, type OutputOptions } from './write-outputs.js';
import { tenantFolder } from './tenant-files.js';

export interface CombinedRun {
  startedAt: string;
  failOn: Severity | 'none';
  profile: string;
  /** The config's tenants, in its order: the combined reports list them in this order. */
  tenants: readonly string[];
  incomplete?: AuditResults['incomplete'];
}

/**
 * The combined reports of a run assembled from the tenant results on disk. results.json and results.csv
 * are streamed, one tenant at a time; summary.md, action-plan.csv and the exit code work from lean copies
 * (leanTenant). The HTML report (and drift against --compare) still render from the whole results in memory.
 * Returns the lean results (counts exact) and where each format was written.
 */
export async function writeCombinedOutputs(outDir: string, run: CombinedRun, formats: readonly OutputFormat[], redactor: Redactor, previous?: AuditResults, optionsFor: OutputOptions | ((lean: AuditResults) => OutputOptions) = {}): Promise<{ lean: AuditResults; written: Record<OutputFormat, string | undefined> }> {
  const texts = new Map();
  const leanTenants: TenantAudit[] = [];
  const counts = emptyCounts();
  const providers = new Set<Provider>();
  for await (const audit of iterateTenantResults(outDir, run.tenants)) {
    for (const status of Object.keys(counts) as (keyof typeof counts)[]) counts[status] += audit.counts[status] ?? 0;
    providers.add(audit.tenant.provider);
    leanTenants.push(leanTenant(audit, texts));
  }
  const head: Omit<AuditResults, 'tenants'> = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { ...TOOL },
    startedAt: run.startedAt,
    finishedAt: new Date().toISOString(),
    options: { failOn: run.failOn, profile: run.profile, providers: [...providers] },
    counts,
    ...(run.incomplete ? { incomplete: run.incomplete } : {}),
  };
  const lean: AuditResults = { ...head, tenants: leanTenants };
  const options = typeof optionsFor === 'function' ? optionsFor(lean) : optionsFor;
  const fileOf = (format: OutputFormat) => join(outDir, outputFileNames([format])[0]!);
  const written = Object.fromEntries(OUTPUT_FORMATS.map((format) => [format, undefined])) as Record<OutputFormat, string | undefined>;
  if (formats.includes('json')) await writeChunksAtomic((written.json = fileOf('json')), jsonChunks(outDir, run.tenants, head, redactor));
  if (formats.includes('csv')) await writeChunksAtomic((written.csv = fileOf('csv')), csvChunks(outDir, run.tenants, head, redactor, options));
  // A lean copy has no per-control verdicts, so --framework renders the summaries from the whole results.
  const fromLean = options.framework ? [] : formats.filter((f): f is 'md' | 'actions' => (f === 'md' && !previous) || f === 'actions');
  Object.assign(written, pick(await writeOutputs(lean, outDir, fromLean, undefined, redactor, options), fromLean));
  const whole = formats.filter((f) => f !== 'json' && f !== 'csv' && !(fromLean as OutputFormat[]).includes(f));
  if (whole.length) {
    const tenants: TenantAudit[] = [];
    for await (const audit of iterateTenantResults(outDir, run.tenants)) tenants.push(audit);
    Object.assign(written, pick(await writeOutputs({ ...head, tenants }, outDir, whole, previous, redactor, options), whole));
  }
  return { lean, written };
}

function pick<T extends string>(from: Record<string, string | undefined>, keys: readonly T[]): Partial<Record<T, string>> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<Record<T, string>>;
}

/**
 * results.json exactly as JSON.stringify(results, null, 2) would print it, one tenant at a time. A tenant's
 * part is not redacted again: writeTenantResult redacted that same JSON text (every string in the same
 * JSON-escaped form) as it wrote the file, and a full pass over a 100 MB file costs seconds.
 */
async function* jsonChunks(outDir: string, names: readonly string[], head: Omit<AuditResults, 'tenants'>, redactor: Redactor): AsyncGenerator<string> {
  const opening = JSON.stringify(head, null, 2);
  yield redactor(`${opening.slice(0, opening.lastIndexOf('\n}'))},\n  "tenants": [`);
  let first = true;
  for await (const audit of iterateTenantResults(outDir, names)) {
    yield `${first ? '\n' : ',\n'}    ${JSON.stringify(audit, null, 2).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}

async function* csvChunks(outDir: string, names: readonly string[], head: Omit<AuditResults, 'tenants'>, redactor: Redactor, options: OutputOptions): AsyncGenerator<string> {
  yield `${options.csvBom ? UTF8_BOM : ''}${CSV_HEADER}\r\n`;
  const frameworks = options.framework ? loadFrameworks() : [];
  for await (const whole of iterateTenantResults(outDir, names)) {
    const audit = options.framework ? limitToFramework({ ...head, tenants: [whole] }, options.framework, frameworks).tenants[0]! : whole;
    const lines = csvTenantLines(audit);
    if (lines.length) yield redactor(`${lines.join('\r\n')}\r\n`);
  }
}

/** Each tenant's own reports under OUT/tenants/<name>/ (--per-tenant), read from disk one tenant at a time. */
export async function writePerTenantOutputs(outDir: string, run: CombinedRun, formats: readonly OutputFormat[], redactor: Redactor, previous?: AuditResults, options: OutputOptions = {}): Promise<number> {
  let folders = 0;
  for await (const audit of iterateTenantResults(outDir, run.tenants)) {
    const own: AuditResults = tenantResults({ schemaVersion: RESULTS_SCHEMA_VERSION, tool: { ...TOOL }, startedAt: run.startedAt, finishedAt: new Date().toISOString(), options: { failOn: run.failOn, profile: run.profile, providers: [] }, counts: audit.counts, tenants: [audit] }, 0);
    const before = previous?.tenants.find((t) => t.tenant.name === audit.tenant.name && t.tenant.provider === audit.tenant.provider);
    await writeOutputs(own, tenantFolder(outDir, audit.tenant.name), formats, previous ? { ...previous, tenants: before ? [before] : [] } : undefined, redactor, options);
    folders++;
  }
  return folders;
}
