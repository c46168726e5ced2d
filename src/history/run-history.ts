import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { AREAS, SEVERITIES, STATUSES } from '../core/model.js';
import type { Area, CheckResult, Provider, Severity, Status } from '../core/model.js';
import { RESULTS_SCHEMA_VERSION, type AuditResults } from '../core/results.js';
import { writeFileAtomic } from '../io/write-atomic.js';

/** One run as --history keeps it: the verdicts only, a few hundred bytes a tenant, enough for trends and drift. */
export interface HistoryRun {
  historyVersion: 1;
  startedAt: string;
  finishedAt: string;
  tenants: {
    name: string;
    provider: Provider;
    outcome: 'audited' | 'failed';
    results: { checkId: string; status: Status; severity: Severity; area: Area; title: string; owner: string; assignee?: string; waived?: true }[];
  }[];
}

const FILE = /^run-[0-9TZ-]+\.json$/;

/** run-2026-12-01T13-10-00Z.json: sorts in time order by name, and holds no character a file system refuses. */
export const historyFileName = (startedAt: string): string => `run-${startedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.json`;

type KeptFields = Pick<CheckResult, 'checkId' | 'status' | 'severity' | 'area' | 'title' | 'owner'>;

/** The fields a kept run holds of each result, both ways. */
const kept = (r: KeptFields): KeptFields => ({ checkId: r.checkId, status: r.status, severity: r.severity, area: r.area, title: r.title, owner: r.owner });

export function historyRun(results: AuditResults): HistoryRun {
  return {
    historyVersion: 1,
    startedAt: results.startedAt,
    finishedAt: results.finishedAt,
    tenants: results.tenants.map((audit) => ({
      name: audit.tenant.name,
      provider: audit.tenant.provider,
      outcome: audit.outcome,
      results: (audit.results ?? []).map((r) => ({
        ...kept(r),
        ...(r.assignee?.name ? { assignee: r.assignee.name } : {}),
        ...(r.waiver ? { waived: true as const } : {}),
      })),
    })),
  };
}

function isHistoryRun(value: unknown): value is HistoryRun {
  const run = value as HistoryRun;
  return (
    typeof run === 'object' && run !== null && run.historyVersion === 1 && typeof run.startedAt === 'string' && Array.isArray(run.tenants) &&
    run.tenants.every((t) => typeof t?.name === 'string' && Array.isArray(t.results) &&
      t.results.every((r) => typeof r?.checkId === 'string' && STATUSES.includes(r.status) && SEVERITIES.includes(r.severity) && AREAS.includes(r.area)))
  );
}

/** Every run kept in DIR, oldest first; a folder that does not exist yet is an empty history. */
export async function readHistory(dir: string): Promise<HistoryRun[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => FILE.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ConfigError(`--history ${dir}: cannot read the folder (${(error as Error).message})`, dir, '--history');
  }
  const runs: HistoryRun[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`${file}: not a tenant-audit history file (${(error as Error).message.split('\n')[0]})`, file);
    }
    if (!isHistoryRun(parsed)) throw new ConfigError(`${file}: not a tenant-audit history file (historyVersion 1 with tenants[].results[] expected)`, file, 'historyVersion');
    runs.push(parsed);
  }
  return runs.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export async function writeHistoryRun(dir: string, results: AuditResults): Promise<string> {
  const path = join(dir, historyFileName(results.startedAt));
  await writeFileAtomic(path, `${JSON.stringify(historyRun(results))}\n`);
  return path;
}

/** A kept run as results, for drift against it (summaries and evidence are not kept). */
export function historyAsResults(run: HistoryRun): AuditResults {
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: 'tenant-audit', version: 'history' },
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    options: { failOn: 'none', profile: 'history', providers: [...new Set(run.tenants.map((t) => t.provider))] },
    counts: { pass: 0, fail: 0, not_applicable: 0, not_assessed: 0, error: 0 },
    tenants: run.tenants.map((t) => ({
      tenant: { name: t.name, provider: t.provider },
      outcome: t.outcome,
      durationMs: 0,
      counts: { pass: 0, fail: 0, not_applicable: 0, not_assessed: 0, error: 0 },
      results: t.results.map(
        (r) =>
          ({
            ...kept(r),
            summary: '',
            evidence: [],
            evidenceTotal: 0,
            rationale: '',
            remediation: '',
            references: { docs: [] },
            provider: t.provider,
            ...(r.assignee ? { assignee: { name: r.assignee } } : {}),
            ...(r.waived ? { waiver: { reason: 'waived' } } : {}),
          }) satisfies CheckResult,
      ),
    })),
  };
}
