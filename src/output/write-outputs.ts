import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditResults } from '../core/results.js';
import { ConfigError } from '../core/errors.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { writeChunksAtomic } from '../io/write-chunks-atomic.js';
import { createRedactor, type Redactor } from '../redaction/redactor.js';
import { actionPlanCsvChunks, renderCsv } from '../report/csv.js';
import { compareResults, type Drift } from '../report/drift.js';
import { scorePoint, type ScorePoint } from '../report/executive-summary.js';
import type { HistoryInsights } from '../report/history-insights.js';
import { renderHtml } from '../report/html.js';
import { renderJunit } from '../report/junit.js';
import { limitToFramework } from '../report/framework-compliance.js';
import { loadFrameworks } from '../frameworks/load-frameworks.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderOcsf } from '../report/ocsf.js';
import { LeanTenants } from './lean-tenant.js';
import { renderSarif } from '../report/sarif.js';

export const OUTPUT_FORMATS = ['json', 'html', 'csv', 'actions', 'md', 'sarif', 'junit', 'ocsf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
/** Written when --format is not given; the CI formats are asked for by name. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['json', 'html', 'csv', 'actions', 'md'];

const FILE_NAMES: Record<OutputFormat, string> = {
  json: 'results.json',
  html: 'report.html',
  csv: 'results.csv',
  actions: 'action-plan.csv',
  md: 'summary.md',
  sarif: 'results.sarif',
  junit: 'junit.xml',
  ocsf: 'results.ocsf.json',
};

export interface OutputOptions {
  /** Start results.csv with a UTF-8 byte-order mark, for Excel on Windows. */
  csvBom?: boolean;
  /** Print the full findings and the check reference in report.html (--appendix). */
  appendix?: boolean;
  /** --framework: the HTML, CSV and Markdown cover only the checks citing this framework (id or family); results.json stays whole. */
  framework?: string;
  /** --history: what the kept runs say about first seen, fixed and time to fix. */
  history?: HistoryInsights;
  /** Earlier runs' scores, oldest first; without it the compared run (if any) is the one earlier point. */
  trend?: readonly ScorePoint[];
}

/** The files writeOutputs writes for these formats, relative to its folder. */
export function outputFileNames(formats: readonly OutputFormat[]): string[] {
  return formats.map((format) => FILE_NAMES[format]);
}

/**
 * Reads an earlier results.json to compare against, cut to lean copies (every verdict, a failure's first
 * evidence items): drift and the trend read no more, and a thousand tenants' whole results are let go.
 */
export async function loadPreviousResults(file: string): Promise<AuditResults> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: cannot read it as an earlier results.json (${(error as Error).message.split('\n')[0]})`, file);
  }
  const candidate = parsed as Partial<AuditResults>;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.schemaVersion !== 'string' || !Array.isArray(candidate.tenants)) {
    throw new ConfigError(`${file}: not a tenant-audit results.json (schemaVersion or tenants missing)`, file, 'schemaVersion');
  }
  const lean = new LeanTenants();
  return { ...(candidate as AuditResults), tenants: candidate.tenants.map((audit) => (audit && typeof audit === 'object' ? lean.add(audit) : audit)) };
}

/** One tenant's share of a run, as results of their own: an MSP sends each client only its report. */
export function tenantResults(results: AuditResults, index: number): AuditResults {
  const tenant = results.tenants[index]!;
  return { ...results, options: { ...results.options, providers: [tenant.tenant.provider] }, counts: tenant.counts, tenants: [tenant] };
}

/**
 * Writes every requested format from the canonical results; each file is written whole or not at all.
 * The results are redacted before rendering (HTML escaping would hide a secret from a scan of the page)
 * and each file again once rendered; without the run's redactor, credential shapes are still redacted.
 */
export async function writeOutputs(results: AuditResults, outDir: string, formats: readonly OutputFormat[], previous?: AuditResults, redactor: Redactor = createRedactor(), options: OutputOptions = {}): Promise<Record<OutputFormat, string | undefined>> {
  const current = redactor.redactDeep(results);
  const drift: Drift | undefined = previous ? compareResults(redactor.redactDeep(previous), current) : undefined;
  const trend = options.trend ?? (previous ? [scorePoint(previous)] : []);
  const shown = options.framework ? limitToFramework(current, options.framework, loadFrameworks()) : current;
  const render: Record<Exclude<OutputFormat, 'actions'>, () => string> = {
    json: () => `${JSON.stringify(current, null, 2)}\n`,
    html: () => renderHtml(shown, { ...(drift ? { drift } : {}), trend, appendix: options.appendix === true, ...(options.history ? { history: options.history } : {}), ...(options.framework ? { framework: options.framework } : {}) }),
    csv: () => renderCsv(shown, { bom: options.csvBom }),
    md: () => renderMarkdown(shown, drift ? { drift } : undefined),
    sarif: () => renderSarif(current),
    junit: () => renderJunit(current),
    ocsf: () => renderOcsf(current),
  };
  const written = Object.fromEntries(OUTPUT_FORMATS.map((format) => [format, undefined])) as Record<OutputFormat, string | undefined>;
  for (const format of formats) {
    const path = join(outDir, FILE_NAMES[format]);
    if (format === 'actions') await writeChunksAtomic(path, actionPlanCsvChunks(shown), redactor);
    else await writeFileAtomic(path, redactor(render[format]()));
    written[format] = path;
  }
  return written;
}
