import { AREAS } from '../core/model.js';
import type { Severity } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import type { Framework } from '../frameworks/model.js';
import { tenantCompliance } from './framework-compliance.js';
import { AREA_LABELS, PROVIDER_LABELS, isOpenFailure, openFailuresBySeverity, safeHttpUrl, severityRank, sortFindings, sortTenantsWorstFirst } from './format.js';
import { scoreResults } from './score.js';
import { textsInMemory, type TextStore } from '../io/spilled-texts.js';

/** Above this many tenants report.html is a roll-up: one row per tenant, each tenant's detail drawn on demand. */
export const ROLLUP_TENANTS = 50;

const EVIDENCE_PER_FINDING = 5;
/** The framework view names this many of a framework's least compliant tenants. */
const LOWEST_TENANTS = 5;

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

export interface RollupRow {
  index: number;
  name: string;
  displayName: string;
  provider: string;
  providerLabel: string;
  failed: boolean;
  scoreLabel: string;
  /** For sorting: the score, -1 without one. */
  scoreValue: number;
  grade: string;
  coverageLabel: string;
  severity: { severity: Severity; count: number; zero: boolean }[];
  /** Per area: open failures, and a heat level 0 (none) to 4 (a critical one). */
  heat: { count: number; level: number; label: string }[];
}

function heatLevel(worst: Severity | undefined): number {
  if (!worst) return 0;
  return Math.max(1, 4 - severityRank(worst));
}

function row(audit: TenantAudit, index: number): RollupRow {
  const results = audit.results ?? [];
  const score = scoreResults(results);
  const severity = openFailuresBySeverity(results);
  return {
    index,
    name: text(audit.tenant.name),
    displayName: audit.tenant.displayName && audit.tenant.displayName !== audit.tenant.name ? text(audit.tenant.displayName) : '',
    provider: text(audit.tenant.provider),
    providerLabel: PROVIDER_LABELS[audit.tenant.provider] ?? text(audit.tenant.provider),
    failed: audit.outcome === 'failed',
    scoreLabel: audit.outcome === 'failed' || score.score === null ? '–' : String(score.score),
    scoreValue: audit.outcome === 'failed' || score.score === null ? -1 : score.score,
    grade: audit.outcome === 'failed' ? 'failed' : (score.grade ?? '–'),
    coverageLabel: score.coverage === null ? '–' : `${score.coverage}%`,
    severity: (['critical', 'high', 'medium', 'low'] as const).map((s) => ({ severity: s, count: severity[s], zero: severity[s] === 0 })),
    heat: AREAS.map((area) => {
      const open = results.filter((r) => r.area === area && isOpenFailure(r));
      const worst = open.map((r) => r.severity).sort((a, b) => severityRank(a) - severityRank(b))[0];
      return { count: open.length, level: heatLevel(worst), label: `${AREA_LABELS[area]}: ${open.length} open failures` };
    }),
  };
}

interface FrameworkTotals {
  key: string;
  name: string;
  version: string;
  url: string | null;
  pass: number;
  fail: number;
  notAssessed: number;
  notApplicable: number;
  tenants: number;
  compliantTenants: number;
  /** Tenant index and whole percent, for the least compliant few. */
  percents: [number, number][];
}

/**
 * What the roll-up's page script draws from, gathered one whole tenant result at a time (a run's tenant
 * files are read once each and let go): each tenant's findings as compact arrays, titles and remediations
 * once per check for the whole page, and each framework's control counts summed over the tenants.
 * Tenants are numbered in the order they are added; the rows passed to rollupView must be in that order.
 */
export class RollupDetails {
  private readonly checkIndex = new Map<string, number>();
  private readonly checkTexts: [string, string][] = [];
  private readonly frameworks = new Map<string, FrameworkTotals>();

  /** `tenants` keeps each tenant's detail JSON until the page is written: in memory, or spilled to a file for a large run. */
  constructor(
    private readonly frameworkFiles: readonly Framework[],
    private readonly shownFrameworks?: ReadonlySet<string>,
    private readonly tenants: TextStore = textsInMemory(),
  ) {}

  /**
   * One tenant: [name, error, findings, frameworks], each finding
   * [status, severity, checkId, index into checks ([title, remediation]), summary, owner, [evidence], evidence total],
   * each evidence [kind, name, detail], kept apart so the page can isolate each piece's bidi controls from the others,
   * each framework [name, version, passed, failed, not assessed, not applicable, compliant].
   */
  add(audit: TenantAudit): void {
    const index = this.tenants.length;
    const findings = sortFindings(audit.results ?? []).map((r) => [
      text(r.status),
      text(r.severity),
      text(r.checkId),
      this.textsAt(text(r.title), text(r.remediation)),
      text(r.summary),
      text(r.assignee?.name ?? r.owner),
      (Array.isArray(r.evidence) ? r.evidence : []).slice(0, EVIDENCE_PER_FINDING).map((e) => [text(e.kind), text(e.name), text(e.detail)]),
      typeof r.evidenceTotal === 'number' ? r.evidenceTotal : Array.isArray(r.evidence) ? r.evidence.length : 0,
    ]);
    const compliance = tenantCompliance(audit, this.frameworkFiles).filter((c) => !this.shownFrameworks || this.shownFrameworks.has(c.id));
    for (const c of compliance) {
      const totals = this.frameworks.get(c.key) ?? { key: c.key, name: c.name, version: c.version, url: safeHttpUrl(c.url), pass: 0, fail: 0, notAssessed: 0, notApplicable: 0, tenants: 0, compliantTenants: 0, percents: [] };
      totals.pass += c.counts.pass;
      totals.fail += c.counts.fail;
      totals.notAssessed += c.counts.not_assessed;
      totals.notApplicable += c.counts.not_applicable;
      totals.tenants += 1;
      if (c.percent === 100) totals.compliantTenants += 1;
      if (c.percent !== null) totals.percents.push([index, c.percent]);
      this.frameworks.set(c.key, totals);
    }
    const frameworks = compliance.map((c) => [text(c.name), text(c.version), c.counts.pass, c.counts.fail, c.counts.not_assessed, c.counts.not_applicable, c.percent === null ? '–' : `${c.percent}%`]);
    this.tenants.push(JSON.stringify([text(audit.tenant.name), text(audit.error?.message), findings, frameworks]));
  }

  private textsAt(title: string, remediation: string): number {
    const key = `${title}\u0000${remediation}`;
    let at = this.checkIndex.get(key);
    if (at === undefined) {
      at = this.checkTexts.push([title, remediation]) - 1;
      this.checkIndex.set(key, at);
    }
    return at;
  }

  get count(): number {
    return this.tenants.length;
  }

  /** The page's data as JSON text in pieces, a tenant at a time: joined, a page of a thousand tenants is one more copy of it. */
  *dataChunks(): Generator<string> {
    yield `{"checks":${JSON.stringify(this.checkTexts)},"tenants":[`;
    let first = true;
    for (const tenant of this.tenants.texts()) {
      yield first ? tenant : `,${tenant}`;
      first = false;
    }
    yield ']}';
  }

  /** Per framework: the controls judged over every tenant, how many tenants comply fully, and the least compliant few. */
  frameworkView(names: readonly string[]) {
    return [...this.frameworks.values()]
      .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
      .map((f) => {
        const judged = f.pass + f.fail + f.notAssessed;
        const percent = judged === 0 ? null : Math.floor((100 * f.pass) / judged);
        const lowest = [...f.percents].sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, LOWEST_TENANTS).filter(([, p]) => p < 100);
        return {
          key: f.key,
          name: f.name,
          version: f.version,
          url: f.url,
          pass: f.pass,
          fail: f.fail,
          notAssessed: f.notAssessed,
          notApplicable: f.notApplicable,
          percentLabel: percent === null ? '–' : `${percent}%`,
          percent: String(percent ?? 0),
          tenantsLabel: `${f.compliantTenants} of ${f.tenants}`,
          lowest: lowest.map(([index, p]) => ({ anchor: `t=${index}`, name: text(names[index]), percentLabel: `${p}%` })),
        };
      });
  }
}

/** Details gathered from whole results already in memory (the library's renderHtml). */
export function rollupDetailsOf(results: AuditResults, frameworks: readonly Framework[], shown?: ReadonlySet<string>): RollupDetails {
  const details = new RollupDetails(frameworks, shown);
  for (const audit of results.tenants) details.add(audit);
  return details;
}

/**
 * The roll-up's table and data. `results` may be lean copies (rows read verdicts and counts only), in the
 * order `details` were added; rows come worst first, each pointing at its tenant's detail by number.
 */
export function rollupView(results: AuditResults, details: RollupDetails) {
  const numbers = new Map(results.tenants.map((audit, i) => [audit, i]));
  return {
    areas: AREAS.map((area) => ({ area, label: AREA_LABELS[area] })),
    rows: sortTenantsWorstFirst(results.tenants).map((audit) => row(audit, numbers.get(audit)!)),
    frameworks: details.frameworkView(results.tenants.map((t) => t.tenant.name)),
  };
}
