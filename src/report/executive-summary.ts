import { AREAS } from '../core/model.js';
import type { Area, CheckResult, Severity } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import type { Drift, TenantDrift } from './drift.js';
import { AREA_LABELS, SEVERITY_LABELS, compareFindings, isOpenFailure, openFailuresBySeverity, plural, tenantKey } from './format.js';
import { scoreResults, type Score } from './score.js';
import { donutSegments, sparkline, stackedBar, type BarSegment, type DonutSegment, type Sparkline } from './svg-charts.js';

/** An earlier run's scores, overall and per tenant (by tenantKey); oldest first in a trend. */
export interface ScorePoint {
  startedAt: string;
  score: number | null;
  tenants: Record<string, number | null>;
}

export interface ExecutiveSummary {
  score: Score;
  scoreLabel: string;
  coverageLabel: string;
  severities: { severity: Severity; label: string; count: number; zero: boolean }[];
  openFailures: number;
  donut: DonutSegment[];
  /** The run's summary draws areas; a tenant's section has its own area table. */
  showAreas: boolean;
  areas: { area: Area; label: string; passed: number; failed: number; unassessed: number; bar: BarSegment[]; hasChecks: boolean }[];
  topRisks: string[];
  /** One sentence per kind of change since the compared run; empty without one. */
  changes: string[];
  compared: boolean;
  trend: Sparkline;
  trendLabel: string;
}

const SHOWN_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** A run's summary names five risks; a tenant's three, as its findings follow right below. */
const TOP_RISKS = { run: 5, tenant: 3 } as const;

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

function sentence(value: string): string {
  const trimmed = value.trim().replace(/[.\s]+$/, '');
  return trimmed ? `${trimmed}.` : '';
}

/** One sentence per failing check, worst first; across tenants a check is one risk naming how many tenants it hits. */
function topRisks(audits: readonly TenantAudit[], perTenant: boolean): string[] {
  const byCheck = new Map<string, { result: CheckResult; tenants: string[] }>();
  for (const audit of audits) {
    for (const result of audit.results ?? []) {
      if (!isOpenFailure(result)) continue;
      const entry = byCheck.get(result.checkId) ?? { result, tenants: [] };
      entry.tenants.push(text(audit.tenant.name));
      byCheck.set(result.checkId, entry);
    }
  }
  return [...byCheck.values()]
    .sort((a, b) => compareFindings(a.result, b.result) || b.tenants.length - a.tenants.length)
    .slice(0, perTenant ? TOP_RISKS.tenant : TOP_RISKS.run)
    .map(({ result, tenants }) => {
      const severity = SEVERITY_LABELS[result.severity] ?? text(result.severity);
      const where = perTenant ? sentence(text(result.summary)) : `Not met in ${plural(tenants.length, 'tenant')} (${tenants.slice(0, 3).join(', ')}${tenants.length > 3 ? ', …' : ''}).`;
      return `${severity}: ${sentence(text(result.title)).slice(0, -1)} — ${where}`;
    });
}

function changeSentences(tenants: readonly TenantDrift[], drift: Drift | undefined, perTenant: boolean): string[] {
  if (!drift) return [];
  const sum = (pick: (t: TenantDrift) => number) => tenants.reduce((n, t) => n + pick(t), 0);
  const regressions = sum((t) => t.regressions.length);
  const fixed = sum((t) => t.fixed.length);
  const still = sum((t) => t.stillFailing.length);
  const lines = [
    regressions ? `${plural(regressions, 'check')} newly failing.` : 'Nothing newly failing.',
    fixed ? `${plural(fixed, 'failure')} fixed.` : 'No failure fixed.',
    still ? `${plural(still, 'failure')} still open.` : '',
  ];
  if (!perTenant && drift.tenantsAdded.length) lines.push(`${plural(drift.tenantsAdded.length, 'tenant')} added.`);
  if (!perTenant && drift.tenantsRemoved.length) lines.push(`${plural(drift.tenantsRemoved.length, 'tenant')} no longer audited.`);
  return lines.filter(Boolean);
}

function areaRows(results: readonly CheckResult[]): ExecutiveSummary['areas'] {
  return AREAS.map((area) => {
    const inArea = results.filter((r) => r.area === area);
    const passed = inArea.filter((r) => r.status === 'pass').length;
    const failed = inArea.filter(isOpenFailure).length;
    const unassessed = inArea.filter((r) => r.status === 'not_assessed' || r.status === 'error').length;
    return {
      area,
      label: AREA_LABELS[area],
      passed,
      failed,
      unassessed,
      bar: stackedBar([
        { key: 'pass', value: passed },
        { key: 'fail', value: failed },
        { key: 'not_assessed', value: unassessed },
      ]),
      hasChecks: passed + failed + unassessed > 0,
    };
  });
}

function summarise(audits: readonly TenantAudit[], drift: Drift | undefined, driftTenants: readonly TenantDrift[], history: (number | null)[], perTenant: boolean): ExecutiveSummary {
  const results = audits.flatMap((a) => a.results ?? []);
  const score = scoreResults(results);
  const bySeverity = openFailuresBySeverity(results);
  const severities = SHOWN_SEVERITIES.map((severity) => ({ severity, label: SEVERITY_LABELS[severity], count: bySeverity[severity], zero: bySeverity[severity] === 0 }));
  const values = [...history, score.score];
  const trend = sparkline(values);
  const previous = history.length ? history[history.length - 1] : undefined;
  return {
    score,
    scoreLabel: score.score === null ? 'no score' : String(score.score),
    coverageLabel: score.coverage === null ? 'none' : `${score.coverage}%`,
    severities,
    openFailures: severities.reduce((n, s) => n + s.count, 0),
    donut: donutSegments(severities.map((s) => ({ key: s.severity, label: s.label, value: s.count }))),
    showAreas: !perTenant,
    areas: perTenant ? [] : areaRows(results),
    topRisks: topRisks(audits, perTenant),
    changes: changeSentences(driftTenants, drift, perTenant),
    compared: drift !== undefined,
    trend,
    trendLabel:
      previous === undefined || previous === null || score.score === null
        ? ''
        : score.score === previous
          ? `unchanged since the last run (${previous})`
          : `${score.score > previous ? 'up' : 'down'} ${Math.abs(score.score - previous)} from ${previous} in the last run`,
  };
}

/** The run's executive summary: score, coverage, risks and changes over every tenant. */
export function runSummary(results: AuditResults, drift?: Drift, trend: readonly ScorePoint[] = []): ExecutiveSummary {
  return summarise(results.tenants, drift, drift?.tenants ?? [], trend.map((p) => p.score), false);
}

/** One tenant's executive summary, fitting on one printed page. */
export function tenantSummary(audit: TenantAudit, drift?: Drift, trend: readonly ScorePoint[] = []): ExecutiveSummary {
  const key = tenantKey(audit.tenant);
  const own = drift?.tenants.filter((t) => tenantKey(t.tenant) === key) ?? [];
  return summarise([audit], drift, own, trend.map((p) => (key in p.tenants ? p.tenants[key]! : null)), true);
}

/**
 * A run's trend as one tenant's own (--per-tenant): each point scored by that tenant alone, the runs
 * it was not in left out. A client's report would otherwise plot, and compare with, every client's score.
 */
export function tenantTrend(trend: readonly ScorePoint[], key: string): ScorePoint[] {
  return trend.filter((point) => key in point.tenants).map((point) => ({ startedAt: point.startedAt, score: point.tenants[key]!, tenants: { [key]: point.tenants[key]! } }));
}

/** The scores of one run, to be stored as a point of a later run's trend. */
export function scorePoint(results: AuditResults): ScorePoint {
  return {
    startedAt: results.startedAt,
    score: scoreResults(results.tenants.flatMap((t) => t.results ?? [])).score,
    tenants: Object.fromEntries(results.tenants.map((t) => [tenantKey(t.tenant), t.outcome === 'failed' ? null : scoreResults(t.results ?? []).score])),
  };
}
