import { SEVERITIES, STATUSES } from '../core/model.js';
import type { Area, CheckResult, Evidence, Provider, Severity, Status, StatusCounts, TenantRef } from '../core/model.js';
import type { TenantAudit } from '../core/results.js';

export const STATUS_LABELS: Record<Status, string> = {
  fail: 'Fail',
  error: 'Error',
  not_assessed: 'Not assessed',
  pass: 'Pass',
  not_applicable: 'Not applicable',
};

/** The order statuses are shown in: what needs action first. */
export const STATUS_ORDER: readonly Status[] = ['fail', 'error', 'not_assessed', 'pass', 'not_applicable'];

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

export const AREA_LABELS: Record<Area, string> = {
  mfa: 'MFA',
  'conditional-access': 'Conditional access',
  'oauth-grants': 'OAuth grants',
  'external-sharing': 'External sharing',
  'data-classification': 'Data classification',
  'privileged-access': 'Privileged access',
};

export const PROVIDER_LABELS: Record<Provider, string> = {
  m365: 'Microsoft 365',
  gws: 'Google Workspace',
  salesforce: 'Salesforce',
};

export function severityRank(severity: Severity): number {
  const rank = SEVERITIES.indexOf(severity);
  return rank === -1 ? SEVERITIES.length : rank;
}

/** True when severity is at least as serious as threshold (critical > high > … > info). */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

export function isWaived(result: CheckResult): boolean {
  return result.waiver !== undefined;
}

/** A failure nobody has waived: the thing someone must fix. */
export function isOpenFailure(result: CheckResult): boolean {
  return result.status === 'fail' && !isWaived(result);
}

/** Open failures first, then errors and unassessed checks, waived failures, passes, not applicable. */
function findingRank(result: CheckResult): number {
  if (result.status === 'fail') return isWaived(result) ? 3 : 0;
  const ranks: Record<Status, number> = { fail: 0, error: 1, not_assessed: 2, pass: 4, not_applicable: 5 };
  return ranks[result.status] ?? 6;
}

export function compareFindings(a: CheckResult, b: CheckResult): number {
  return (
    findingRank(a) - findingRank(b) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    a.checkId.localeCompare(b.checkId)
  );
}

export function sortFindings(results: readonly CheckResult[]): CheckResult[] {
  return [...results].sort(compareFindings);
}

/** Open failures of a tenant per severity. */
export function openFailuresBySeverity(results: readonly CheckResult[]): Record<Severity, number> {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 } satisfies Record<Severity, number>;
  for (const result of results) if (isOpenFailure(result)) counts[result.severity] += 1;
  return counts;
}

/** Counts recomputed from the results themselves, so a renderer never trusts a stale total. */
export function countStatuses(results: readonly CheckResult[]): StatusCounts {
  const counts: StatusCounts = { pass: 0, fail: 0, not_applicable: 0, not_assessed: 0, error: 0 };
  for (const result of results) if (STATUSES.includes(result.status)) counts[result.status] += 1;
  return counts;
}

/** What a tenant is ranked by, worst first: counted once per tenant, not once per comparison of a sort. */
interface TenantRank {
  failed: number;
  open: Record<Severity, number>;
  counts: StatusCounts;
}

const rankOf = (audit: TenantAudit): TenantRank => ({ failed: audit.outcome === 'failed' ? 0 : 1, open: openFailuresBySeverity(audit.results), counts: countStatuses(audit.results) });

function compareRanked(a: TenantAudit, rankA: TenantRank, b: TenantAudit, rankB: TenantRank): number {
  if (rankA.failed !== rankB.failed) return rankA.failed - rankB.failed;
  for (const severity of SEVERITIES) {
    const diff = rankB.open[severity] - rankA.open[severity];
    if (diff !== 0) return diff;
  }
  return (
    rankB.counts.error - rankA.counts.error ||
    rankB.counts.not_assessed - rankA.counts.not_assessed ||
    a.tenant.name.localeCompare(b.tenant.name) ||
    a.tenant.provider.localeCompare(b.tenant.provider)
  );
}

/**
 * Worst first: tenants that could not be audited (someone must fix access before anything else is known),
 * then by open failures from critical down, then by errors and unassessed checks, then by name.
 */
export function sortTenantsWorstFirst(tenants: readonly TenantAudit[]): TenantAudit[] {
  const ranks = new Map(tenants.map((audit) => [audit, rankOf(audit)]));
  return [...tenants].sort((a, b) => compareRanked(a, ranks.get(a)!, b, ranks.get(b)!));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO timestamp as "2026-11-01 09:30 UTC": the same on every machine, whatever its locale or zone. */
export function formatTimestamp(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  if (minutes < 60) return `${minutes} min ${rest} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) stays text. */
export function safeHttpUrl(value: string): string | null {
  if (!/^https?:\/\//i.test(value.trim())) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function evidenceText(evidence: Evidence): string {
  return evidence.detail ? `${evidence.name} — ${evidence.detail}` : evidence.name;
}

/** How many evidence items were cut off when the result was capped. */
export function evidenceRemainder(result: CheckResult): number {
  return Math.max(0, (result.evidenceTotal ?? result.evidence.length) - result.evidence.length);
}

export function tenantLabel(tenant: TenantRef): string {
  return tenant.displayName && tenant.displayName !== tenant.name ? `${tenant.name} (${tenant.displayName})` : tenant.name;
}

/** The key tenants are matched by across runs. */
export function tenantKey(tenant: Pick<TenantRef, 'name' | 'provider'>): string {
  return `${tenant.provider}\u0000${tenant.name}`;
}
