import { AREAS } from '../core/model.js';
import type { Severity } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import { AREA_LABELS, PROVIDER_LABELS, isOpenFailure, openFailuresBySeverity, severityRank, sortFindings, sortTenantsWorstFirst } from './format.js';
import { scoreResults } from './score.js';

/** Above this many tenants report.html is a roll-up: one row per tenant, each tenant's detail drawn on demand. */
export const ROLLUP_TENANTS = 50;

const EVIDENCE_PER_FINDING = 5;

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

/** Title and remediation once per check id for the whole page: repeated per tenant they were half the data. */
type CheckTexts = Map<string, number>;

/**
 * One tenant's findings as compact arrays for the page's script to draw on demand:
 * [status, severity, checkId, index into checks ([title, remediation]), summary, owner, [evidence], evidence total].
 */
function detail(audit: TenantAudit, checks: CheckTexts, texts: [string, string][]): unknown[] {
  return [
    text(audit.tenant.name),
    text(audit.error?.message),
    sortFindings(audit.results ?? []).map((r) => {
      const key = JSON.stringify([text(r.title), text(r.remediation)]);
      let at = checks.get(key);
      if (at === undefined) {
        at = texts.push([text(r.title), text(r.remediation)]) - 1;
        checks.set(key, at);
      }
      return [
        text(r.status),
        text(r.severity),
        text(r.checkId),
        at,
        text(r.summary),
        text(r.assignee?.name ?? r.owner),
        (Array.isArray(r.evidence) ? r.evidence : []).slice(0, EVIDENCE_PER_FINDING).map((e) => `${text(e.kind)}: ${text(e.name)}${e.detail ? ` (${text(e.detail)})` : ''}`),
        typeof r.evidenceTotal === 'number' ? r.evidenceTotal : 0,
      ];
    }),
  ];
}

function rollupData(audits: readonly TenantAudit[]): string {
  const checks: CheckTexts = new Map();
  const texts: [string, string][] = [];
  const tenants = audits.map((audit) => detail(audit, checks, texts));
  return JSON.stringify({ checks: texts, tenants });
}

export function rollupView(results: AuditResults) {
  const audits = sortTenantsWorstFirst(results.tenants);
  return {
    areas: AREAS.map((area) => ({ area, label: AREA_LABELS[area] })),
    rows: audits.map(row),
    // Escaped by the template like any text; the script reads it back as the text of a <template>.
    data: rollupData(audits),
  };
}
