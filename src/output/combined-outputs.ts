import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { emptyCounts, type Provider, type Severity } from '../core/model.js';
import { RESULTS_SCHEMA_VERSION, type AuditResults, type TenantAudit } from '../core/results.js';
import { openAtomicFile, type AtomicFileStream } from '../io/atomic-file-stream.js';
import { SpilledTexts } from '../io/spilled-texts.js';
import { writeChunksAtomic } from '../io/write-chunks-atomic.js';
import type { Redactor } from '../redaction/redactor.js';
import { CSV_HEADER, csvTenantLines, UTF8_BOM } from '../report/csv.js';
import { compareResults } from '../report/drift.js';
import { scorePoint, tenantTrend } from '../report/executive-summary.js';
import { tenantInsights } from '../report/history-insights.js';
import { rollupDetails, rollupHtmlChunks } from '../report/html.js';
import { ROLLUP_TENANTS, type RollupDetails } from '../report/rollup.js';
import { tenantKey } from '../report/format.js';
import { TOOL } from '../version.js';
import { LeanTenants } from './lean-tenant.js';
import { loadFrameworks } from '../frameworks/load-frameworks.js';
import { limitToFramework } from '../report/framework-compliance.js';
import { finishedTenants, iterateTenantResultFiles, iterateTenantResults, type TenantResultFile } from './tenant-files.js';
import { nestedJson } from './nested-json.js';
import { OUTPUT_FORMATS, outputFileNames, tenantResults, writeOutputs, type OutputFormat, type OutputOptions } from './write-outputs.js';
import { tenantFolder } from './tenant-files.js';

export interface CombinedRun {
  startedAt: string;
  resumedAt?: string;
  failOn: Severity | 'none';
  profile: string;
  /** The config's tenants, in its order: the combined reports list them in this order. */
  tenants: readonly string[];
  incomplete?: AuditResults['incomplete'];
}

/** What the runner kept of a tenant it finished: enough for the head of results.json, which comes before every tenant. */
export type TenantHead = Pick<TenantAudit, 'tenant' | 'counts'>;

export interface CombinedPass {
  /**
   * The tenants the runner finished in this run, by name: their files are read once, in the pass. The others
   * (a resumed run's earlier tenants), and all of them when the options are drawn from the lean results, are
   * read once more before it, to count them.
   */
  heads?: ReadonlyMap<string, TenantHead>;
  /** Also write each tenant's own reports under OUT/tenants/<name>/ (--per-tenant), in the same pass. */
  perTenant?: boolean;
  /** Asked after each tenant file is read: keeps the pass's heap near what it holds. */
  governor?: { check(): void };
}

/** What a pass over the tenant files feeds with each whole result, in config order. */
interface TenantSink {
  add(audit: TenantAudit, file: TenantResultFile): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * The combined reports of a run assembled from the tenant results on disk, each tenant file read once:
 * one pass feeds results.json and results.csv (streamed), the roll-up's per-tenant details (above 50
 * tenants) and, only for the formats that need them, whole results (the ≤ 50-tenant report, SARIF,
 * JUnit, OCSF). summary.md, action-plan.csv, drift against `previous`, the roll-up's rows and the exit
 * code work from lean copies (leanTenant), made as the pass reads each file. Only the tenants without a head
 * in `pass.heads` (a resumed run's), or all when the options are drawn from the lean results, are read first.
 * Returns the lean results (counts exact) and where each format was written.
 */
export async function writeCombinedOutputs(outDir: string, run: CombinedRun, formats: readonly OutputFormat[], redactor: Redactor, previous?: AuditResults, optionsFor: OutputOptions | ((lean: AuditResults) => OutputOptions) = {}, pass: CombinedPass = {}): Promise<{ lean: AuditResults; written: Record<OutputFormat, string | undefined>; perTenantFolders: number }> {
  const known = new LeanTenants();
  const heads = typeof optionsFor === 'function' ? new Map<string, TenantHead>() : (pass.heads ?? new Map<string, TenantHead>());
  const done = await finishedTenants(outDir, run.tenants);
  const onDisk = run.tenants.filter((name) => done.has(name));
  for await (const audit of iterateTenantResults(outDir, onDisk.filter((name) => !heads.has(name)))) {
    known.add(audit);
    pass.governor?.check();
  }
  // A file gone between the look-up and its read is left out, as an unfinished tenant is.
  const names = onDisk.filter((name) => heads.has(name) || known.get(name) !== undefined);
  const headOf = (name: string): TenantHead => heads.get(name) ?? known.get(name)!;
  const counts = emptyCounts();
  for (const name of names) for (const status of Object.keys(counts) as (keyof typeof counts)[]) counts[status] += headOf(name).counts[status] ?? 0;
  const head: Omit<AuditResults, 'tenants'> = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { ...TOOL },
    startedAt: run.startedAt,
    ...(run.resumedAt ? { resumedAt: run.resumedAt } : {}),
    finishedAt: new Date().toISOString(),
    options: { failOn: run.failOn, profile: run.profile, providers: [...new Set<Provider>(names.map((name) => headOf(name).tenant.provider))] },
    counts,
    ...(run.incomplete ? { incomplete: run.incomplete } : {}),
  };
  const leanResults = (): AuditResults => ({ ...head, tenants: names.map((name) => known.get(name)!) });
  const options = typeof optionsFor === 'function' ? optionsFor(leanResults()) : optionsFor;
  const frameworks = options.framework ? loadFrameworks() : [];
  const fileOf = (format: OutputFormat) => join(outDir, outputFileNames([format])[0]!);
  const written = Object.fromEntries(OUTPUT_FORMATS.map((format) => [format, undefined])) as Record<OutputFormat, string | undefined>;

  const rollup = formats.includes('html') && names.length > ROLLUP_TENANTS;
  const wholeFormats = formats.filter((f) => f === 'sarif' || f === 'junit' || f === 'ocsf' || (f === 'html' && !rollup));
  // Each tenant's detail JSON waits in a file of its own until the page is written: ~40 KB a tenant held otherwise.
  const spilled = rollup ? new SpilledTexts(join(outDir, `.rollup-details-${process.pid}-${randomUUID()}.tmp`)) : undefined;
  try {
    const details = spilled ? rollupDetails(options.framework ? { framework: options.framework, frameworks } : {}, spilled) : undefined;
    const whole: TenantAudit[] = [];
    const sinks: TenantSink[] = [];
    try {
      if (formats.includes('json')) sinks.push(await jsonSink((written.json = fileOf('json')), head, redactor));
      if (formats.includes('csv')) sinks.push(await csvSink((written.csv = fileOf('csv')), head, redactor, options, frameworks));
      if (details) sinks.push(detailsSink(details, head, options, frameworks));
      if (pass.perTenant) sinks.push(perTenantSink(outDir, run, formats, redactor, previous, options));
      if (wholeFormats.length) sinks.push({ add: async (audit) => void whole.push(audit), finish: async () => {}, abort: async () => {} });
      for await (const file of iterateTenantResultFiles(outDir, names)) {
        const { audit } = file;
        if (!known.get(audit.tenant.name)) known.add(audit);
        for (const sink of sinks) await sink.add(audit, file);
        pass.governor?.check();
      }
      if (names.some((name) => !known.get(name))) throw new HeadsOutOfDate();
      for (const sink of sinks) await sink.finish();
    } catch (error) {
      await Promise.all(sinks.map((sink) => sink.abort()));
      // A file the runner had counted went before its read: the head already written counts it; start again, counting from the files.
      if (error instanceof HeadsOutOfDate) return writeCombinedOutputs(outDir, run, formats, redactor, previous, optionsFor, { ...pass, heads: undefined });
      throw error;
    }
    const lean = leanResults();
    const shownLean = options.framework ? limitToFramework(lean, options.framework, frameworks) : lean;

    const fromLean = formats.filter((f): f is 'md' | 'actions' => f === 'md' || f === 'actions');
    Object.assign(written, pick(await writeOutputs(lean, outDir, fromLean, previous, redactor, options), fromLean));
    if (details) {
      const drift = previous ? compareResults(redactor.redactDeep(previous), lean) : undefined;
      const trend = options.trend ?? (previous ? [scorePoint(previous)] : []);
      const chunks = rollupHtmlChunks(shownLean, details, { ...(drift ? { drift } : {}), trend, appendix: options.appendix === true, ...(options.history ? { history: options.history } : {}), ...(options.framework ? { framework: options.framework, frameworks } : {}) });
      await writeChunksAtomic((written.html = fileOf('html')), governed(chunks, pass.governor), redactor);
    }
    if (wholeFormats.length) Object.assign(written, pick(await writeOutputs({ ...head, tenants: whole }, outDir, wholeFormats, previous, redactor, options), wholeFormats));
    return { lean, written, perTenantFolders: pass.perTenant ? names.length : 0 };
  } finally {
    spilled?.close();
  }
}

class HeadsOutOfDate extends Error {}

/** The chunks as they come, the heap checked after each: a roll-up's pieces are made from the details on disk as they are written. */
function* governed(chunks: Iterable<string>, governor: CombinedPass['governor']): Iterable<string> {
  for (const chunk of chunks) {
    yield chunk;
    governor?.check();
  }
}

function pick<T extends string>(from: Record<string, string | undefined>, keys: readonly T[]): Partial<Record<T, string>> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<Record<T, string>>;
}

function fileSink(file: AtomicFileStream, chunksOf: (audit: TenantAudit, tenantFile: TenantResultFile) => (string | Uint8Array)[], closing: () => string): TenantSink {
  return {
    add: async (audit, tenantFile) => {
      for (const chunk of chunksOf(audit, tenantFile)) if (chunk.length) await file.write(chunk);
    },
    finish: async () => {
      await file.write(closing());
      await file.commit();
    },
    abort: () => file.abort(),
  };
}

/**
 * results.json exactly as JSON.stringify(results, null, 2) would print it, one tenant at a time: a tenant
 * file this version wrote is copied as it is, already printed so; an older one is printed again. A tenant's
 * part is not redacted again: writeTenantResult redacted that same JSON text (every string in the same
 * JSON-escaped form) as it wrote the file, and a full pass over a 100 MB file costs seconds.
 */
async function jsonSink(path: string, head: Omit<AuditResults, 'tenants'>, redactor: Redactor): Promise<TenantSink> {
  const file = await openAtomicFile(path);
  const opening = JSON.stringify(head, null, 2);
  await file.write(redactor(`${opening.slice(0, opening.lastIndexOf('\n}'))},\n  "tenants": [`));
  let first = true;
  return fileSink(
    file,
    (audit, tenantFile) => {
      const separator = first ? '\n' : ',\n';
      first = false;
      return [separator, tenantFile.nested ?? nestedJson(audit)];
    },
    () => (first ? ']\n}\n' : '\n  ]\n}\n'),
  );
}

async function csvSink(path: string, head: Omit<AuditResults, 'tenants'>, redactor: Redactor, options: OutputOptions, frameworks: ReturnType<typeof loadFrameworks>): Promise<TenantSink> {
  const file = await openAtomicFile(path);
  await file.write(`${options.csvBom ? UTF8_BOM : ''}${CSV_HEADER}\r\n`);
  return fileSink(
    file,
    (whole) => {
      const audit = options.framework ? limitToFramework({ ...head, tenants: [whole] }, options.framework, frameworks).tenants[0]! : whole;
      const lines = csvTenantLines(audit);
      return lines.length ? [redactor(`${lines.join('\r\n')}\r\n`)] : [];
    },
    () => '',
  );
}

function detailsSink(details: RollupDetails, head: Omit<AuditResults, 'tenants'>, options: OutputOptions, frameworks: ReturnType<typeof loadFrameworks>): TenantSink {
  return {
    add: async (whole) => details.add(options.framework ? limitToFramework({ ...head, tenants: [whole] }, options.framework, frameworks).tenants[0]! : whole),
    finish: async () => {},
    abort: async () => {},
  };
}

/** Each tenant's own reports under OUT/tenants/<name>/ (--per-tenant): an MSP hands each client only theirs. */
function perTenantSink(outDir: string, run: CombinedRun, formats: readonly OutputFormat[], redactor: Redactor, previous: AuditResults | undefined, options: OutputOptions): TenantSink {
  const before = new Map<string, TenantAudit>();
  for (const t of previous?.tenants ?? []) if (!before.has(tenantKey(t.tenant))) before.set(tenantKey(t.tenant), t);
  return {
    add: async (audit) => {
      const own: AuditResults = tenantResults({ schemaVersion: RESULTS_SCHEMA_VERSION, tool: { ...TOOL }, startedAt: run.startedAt, ...(run.resumedAt ? { resumedAt: run.resumedAt } : {}), finishedAt: new Date().toISOString(), options: { failOn: run.failOn, profile: run.profile, providers: [] }, counts: audit.counts, tenants: [audit] }, 0);
      const key = tenantKey(audit.tenant);
      const earlier = before.get(key);
      await writeOutputs(own, tenantFolder(outDir, audit.tenant.name), formats, previous ? { ...previous, tenants: earlier ? [earlier] : [] } : undefined, redactor, ownOptions(options, key));
    },
    finish: async () => {},
    abort: async () => {},
  };
}

/** The run's report options cut to one tenant: its own trend and history, never the run's. */
function ownOptions(options: OutputOptions, key: string): OutputOptions {
  const { trend, history, ...rest } = options;
  const own = history ? tenantInsights(history, key) : undefined;
  return { ...rest, ...(trend ? { trend: tenantTrend(trend, key) } : {}), ...(own ? { history: own } : {}) };
}
