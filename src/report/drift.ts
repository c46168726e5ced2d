import type { Area, CheckResult, Severity, Status, TenantRef } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import { severityRank, tenantKey } from './format.js';

/** One check whose result differs between two runs (or that still fails). */
export interface CheckDrift {
  checkId: string;
  title: string;
  area: Area;
  severity: Severity;
  /** null when the check did not exist in that run. */
  previous: Status | null;
  current: Status | null;
  /** The latest summary: the current one, or the previous one for a removed check. */
  summary: string;
  waived: boolean;
}

export interface TenantDrift {
  tenant: TenantRef;
  previousOutcome: TenantAudit['outcome'];
  currentOutcome: TenantAudit['outcome'];
  /** Why the current run could not audit the tenant, when it could not. */
  currentError?: { code: string; message: string };
  /** False when either run could not audit the tenant: its checks are then not compared. */
  comparable: boolean;
  /** Not failing before, failing now. */
  regressions: CheckDrift[];
  /** Failing before, passing (or no longer applicable) now. */
  fixed: CheckDrift[];
  stillFailing: CheckDrift[];
  /** Any other change of status, e.g. pass → not_assessed after a lost permission. */
  changed: CheckDrift[];
  addedChecks: CheckDrift[];
  removedChecks: CheckDrift[];
}

export interface DriftTotals {
  regressions: number;
  fixed: number;
  stillFailing: number;
  changed: number;
  addedChecks: number;
  removedChecks: number;
  tenantsAdded: number;
  tenantsRemoved: number;
  /** Tenants audited in the previous run that the current run could not audit. */
  tenantsNoLongerAudited: number;
}

export interface Drift {
  previous: { startedAt: string; finishedAt: string };
  current: { startedAt: string; finishedAt: string };
  tenantsAdded: TenantRef[];
  tenantsRemoved: TenantRef[];
  /** Tenants present in both runs, those with regressions first. */
  tenants: TenantDrift[];
  totals: DriftTotals;
}

function toDrift(previous: CheckResult | undefined, current: CheckResult | undefined): CheckDrift {
  const latest = (current ?? previous)!;
  return {
    checkId: latest.checkId,
    title: latest.title,
    area: latest.area,
    severity: latest.severity,
    previous: previous?.status ?? null,
    current: current?.status ?? null,
    summary: latest.summary,
    waived: latest.waiver !== undefined,
  };
}

const byCheckId = (results: readonly CheckResult[]) => {
  const map = new Map<string, CheckResult>();
  for (const result of results) if (!map.has(result.checkId)) map.set(result.checkId, result);
  return map;
};

const bySeverity = (a: CheckDrift, b: CheckDrift) =>
  severityRank(a.severity) - severityRank(b.severity) || a.checkId.localeCompare(b.checkId);

const FIXED_STATES: readonly Status[] = ['pass', 'not_applicable'];

function compareTenant(previous: TenantAudit, current: TenantAudit): TenantDrift {
  const drift: TenantDrift = {
    tenant: current.tenant,
    previousOutcome: previous.outcome,
    currentOutcome: current.outcome,
    comparable: previous.outcome === 'audited' && current.outcome === 'audited',
    regressions: [],
    fixed: [],
    stillFailing: [],
    changed: [],
    addedChecks: [],
    removedChecks: [],
  };
  if (current.outcome === 'failed' && current.error) drift.currentError = { ...current.error };
  // A run that could not reach the tenant has no results: comparing would report every check as removed.
  if (!drift.comparable) return drift;

  const before = byCheckId(previous.results);
  const after = byCheckId(current.results);
  // A renamed or split check is matched to its earlier result through its aliases.
  const matched = new Set<string>();
  for (const [checkId, now] of after) {
    const earlierId = [checkId, ...(now.aliases ?? [])].find((id) => before.has(id));
    const then = earlierId === undefined ? undefined : before.get(earlierId);
    if (earlierId !== undefined) matched.add(earlierId);
    if (!then) {
      drift.addedChecks.push(toDrift(undefined, now));
      continue;
    }
    const entry = toDrift(then, now);
    if (now.status === 'fail' && then.status === 'fail') drift.stillFailing.push(entry);
    else if (now.status === 'fail') drift.regressions.push(entry);
    else if (then.status === 'fail' && FIXED_STATES.includes(now.status)) drift.fixed.push(entry);
    else if (then.status !== now.status) drift.changed.push(entry);
  }
  for (const [checkId, then] of before) {
    if (!after.has(checkId) && !matched.has(checkId)) drift.removedChecks.push(toDrift(then, undefined));
  }
  for (const list of [drift.regressions, drift.fixed, drift.stillFailing, drift.changed, drift.addedChecks, drift.removedChecks]) {
    list.sort(bySeverity);
  }
  return drift;
}

function byName(a: TenantRef, b: TenantRef): number {
  return a.name.localeCompare(b.name) || a.provider.localeCompare(b.provider);
}

/** What changed between two runs, per tenant (matched by name and provider) and check id. Pure. */
export function compareResults(previous: AuditResults, current: AuditResults): Drift {
  const previousTenants = new Map<string, TenantAudit>();
  for (const audit of previous.tenants) {
    const key = tenantKey(audit.tenant);
    if (!previousTenants.has(key)) previousTenants.set(key, audit);
  }
  const seen = new Set<string>();
  const tenants: TenantDrift[] = [];
  const tenantsAdded: TenantRef[] = [];
  for (const audit of current.tenants) {
    const key = tenantKey(audit.tenant);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = previousTenants.get(key);
    if (before) tenants.push(compareTenant(before, audit));
    else tenantsAdded.push(audit.tenant);
  }
  const tenantsRemoved = [...previousTenants.entries()].filter(([key]) => !seen.has(key)).map(([, audit]) => audit.tenant);

  const noLongerAudited = (t: TenantDrift) => t.previousOutcome === 'audited' && t.currentOutcome === 'failed';
  tenants.sort(
    (a, b) =>
      Number(noLongerAudited(b)) - Number(noLongerAudited(a)) ||
      b.regressions.length - a.regressions.length ||
      b.changed.length - a.changed.length ||
      byName(a.tenant, b.tenant),
  );
  const sum = (pick: (t: TenantDrift) => number) => tenants.reduce((total, t) => total + pick(t), 0);
  return {
    previous: { startedAt: previous.startedAt, finishedAt: previous.finishedAt },
    current: { startedAt: current.startedAt, finishedAt: current.finishedAt },
    tenantsAdded: tenantsAdded.sort(byName),
    tenantsRemoved: tenantsRemoved.sort(byName),
    tenants,
    totals: {
      regressions: sum((t) => t.regressions.length),
      fixed: sum((t) => t.fixed.length),
      stillFailing: sum((t) => t.stillFailing.length),
      changed: sum((t) => t.changed.length),
      addedChecks: sum((t) => t.addedChecks.length),
      removedChecks: sum((t) => t.removedChecks.length),
      tenantsAdded: tenantsAdded.length,
      tenantsRemoved: tenantsRemoved.length,
      tenantsNoLongerAudited: tenants.filter(noLongerAudited).length,
    },
  };
}

/** True when a tenant's drift holds something a reader should see (still-failing checks alone are not news). */
export function hasChanges(tenant: TenantDrift): boolean {
  return (
    tenant.previousOutcome !== tenant.currentOutcome ||
    tenant.regressions.length + tenant.fixed.length + tenant.changed.length + tenant.addedChecks.length + tenant.removedChecks.length > 0
  );
}
