import type { CheckResult, ControlResult, Status } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import type { Framework } from '../frameworks/model.js';

/** A control's status in one tenant: the worst of the verdicts every check citing it gave. */
export type ControlStatus = 'pass' | 'fail' | 'not_assessed' | 'not_applicable';

export interface ControlRow {
  id: string;
  title: string;
  status: ControlStatus;
  /** The checks whose verdicts decided it, with each one's own status. */
  checks: { checkId: string; status: Status }[];
  /** Set for a NIST SP 800-53 control judged through SCuBA's mapping: the SCuBA controls it comes from. */
  via: string[];
}

export interface FrameworkCompliance {
  /** "scuba-aad 1.8.0": framework id and version, as results.json names them. */
  key: string;
  id: string;
  version: string;
  name: string;
  url: string;
  counts: Record<ControlStatus, number>;
  /** Passed ÷ (passed + failed + not assessed), whole percent; null when none of those. Not assessed is never a pass. */
  percent: number | null;
  /** Controls in the framework file that no check of this tenant judged. */
  notCovered: number;
  total: number;
  controls: ControlRow[];
}

const RANK: Record<ControlStatus, number> = { fail: 0, not_assessed: 1, pass: 2, not_applicable: 3 };
const NIST = 'nist-800-53';

function controlStatus(status: Status): ControlStatus {
  if (status === 'error') return 'not_assessed';
  return status;
}

const worst = (a: ControlStatus, b: ControlStatus): ControlStatus => (RANK[a] <= RANK[b] ? a : b);

const keyOf = (framework: string, version: string) => `${framework} ${version}`;

interface Accumulated {
  status: ControlStatus;
  checks: Map<string, Status>;
  via: Set<string>;
}

function add(into: Map<string, Accumulated>, id: string, status: ControlStatus, result: CheckResult, via?: string): void {
  const entry = into.get(id) ?? { status, checks: new Map(), via: new Set() };
  entry.status = worst(entry.status, status);
  entry.checks.set(result.checkId, result.status);
  if (via) entry.via.add(via);
  into.set(id, entry);
}

/** localeCompare with options builds a collator per call: one for the run, same order. */
const byControlId = new Intl.Collator('en', { numeric: true }).compare;

const controlIndex = new WeakMap<Framework, Map<string, Framework['controls'][number]>>();

/** A framework file's controls by id, made once per file: a roll-up asks for every tenant. */
function controlsOf(file: Framework | undefined): Map<string, Framework['controls'][number]> | undefined {
  if (!file) return undefined;
  let index = controlIndex.get(file);
  if (!index) controlIndex.set(file, (index = new Map(file.controls.map((c) => [c.id, c]))));
  return index;
}

/**
 * Per framework file, one tenant's controls: every control a check cited gets the worst verdict given to it;
 * NIST SP 800-53 controls also inherit from the SCuBA controls SCuBA maps to them.
 * A waived failure stays a failure here: the control is not met, whatever the business accepted.
 */
export function tenantCompliance(audit: TenantAudit, frameworks: readonly Framework[]): FrameworkCompliance[] {
  const byFramework = new Map<string, Map<string, Accumulated>>();
  const files = new Map(frameworks.map((f) => [keyOf(f.framework.id, f.framework.version), f]));
  const nist = frameworks.find((f) => f.framework.id === NIST);
  const at = (key: string) => byFramework.get(key) ?? byFramework.set(key, new Map()).get(key)!;
  for (const result of audit.results ?? []) {
    for (const control of (Array.isArray(result.controls) ? result.controls : []) as ControlResult[]) {
      const key = keyOf(control.framework, control.frameworkVersion);
      const status = controlStatus(control.status);
      add(at(key), control.id, status, result);
      const mapped = nist ? controlsOf(files.get(key))?.get(control.id)?.nist80053 : undefined;
      for (const nistId of mapped ?? []) add(at(keyOf(NIST, nist!.framework.version)), nistId, status, result, control.id);
    }
  }
  return [...byFramework.entries()]
    .map(([key, controls]) => {
      const file = files.get(key);
      const titles = controlsOf(file);
      const rows: ControlRow[] = [...controls.entries()]
        .map(([id, entry]) => ({
          id,
          title: titles?.get(id)?.title ?? '',
          status: entry.status,
          checks: [...entry.checks.entries()].map(([checkId, status]) => ({ checkId, status })),
          via: [...entry.via].sort(),
        }))
        .sort((a, b) => RANK[a.status] - RANK[b.status] || byControlId(a.id, b.id));
      const counts: Record<ControlStatus, number> = { pass: 0, fail: 0, not_assessed: 0, not_applicable: 0 };
      for (const row of rows) counts[row.status] += 1;
      const judged = counts.pass + counts.fail + counts.not_assessed;
      const total = file?.controls.length ?? rows.length;
      const [id, ...version] = key.split(' ');
      return {
        key,
        id: id!,
        version: version.join(' '),
        name: file?.framework.name ?? key,
        url: file?.framework.url ?? '',
        counts,
        percent: judged === 0 ? null : Math.floor((100 * counts.pass) / judged),
        notCovered: Math.max(0, total - rows.length),
        total,
        controls: rows,
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The framework ids and families --framework accepts, from the framework files. */
export function frameworkChoices(frameworks: readonly Framework[]): string[] {
  return [...new Set(frameworks.flatMap((f) => [f.framework.id, f.framework.family]))].sort();
}

/** The framework ids a --framework choice (an id or a family) stands for. */
export function frameworkIdsFor(choice: string, frameworks: readonly Framework[]): Set<string> {
  const ids = new Set(frameworks.filter((f) => f.framework.id === choice || f.framework.family === choice).map((f) => f.framework.id));
  if (choice === NIST || choice === 'nist') ids.add(NIST);
  return ids;
}

/**
 * The run narrowed to one framework (id or family, e.g. "cis-m365" or "scuba"): only the checks that cite it,
 * each with only that framework's control verdicts. Every report renders from this, so they all agree.
 * NIST SP 800-53 keeps the SCuBA-mapped checks too, since its view is judged through them.
 */
export function limitToFramework(results: AuditResults, choice: string, frameworks: readonly Framework[]): AuditResults {
  const ids = frameworkIdsFor(choice, frameworks);
  const viaScuba = ids.has(NIST);
  const scubaKeys = new Set(frameworks.filter((f) => f.controls.some((c) => c.nist80053?.length)).map((f) => f.framework.id));
  const keep = (c: ControlResult) => ids.has(c.framework) || (viaScuba && scubaKeys.has(c.framework));
  const tenants = results.tenants.map((audit) => {
    const kept = (audit.results ?? [])
      .filter((r) => (r.controls ?? []).some(keep))
      .map((r) => ({ ...r, controls: (r.controls ?? []).filter(keep) }));
    const counts = { pass: 0, fail: 0, not_applicable: 0, not_assessed: 0, error: 0 };
    for (const r of kept) counts[r.status] += 1;
    return { ...audit, results: kept, counts };
  });
  const counts = { pass: 0, fail: 0, not_applicable: 0, not_assessed: 0, error: 0 };
  for (const t of tenants) for (const s of Object.keys(counts) as Status[]) counts[s] += t.counts[s];
  return { ...results, tenants, counts };
}
