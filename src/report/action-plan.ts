import { SEVERITIES } from '../core/model.js';
import type { CheckResult, Severity } from '../core/model.js';
import type { AuditResults, TenantAudit } from '../core/results.js';
import { isOpenFailure, severityRank, sortTenantsWorstFirst } from './format.js';

/** The label used when a (hand-edited) result names no owner: such a failure still needs someone. */
export const UNKNOWN_OWNER = 'Owner not recorded';

export interface ActionItem {
  audit: TenantAudit;
  /** The tenant's position in worst-first order, from 1: the same number as its section anchor in report.html. */
  tenantNumber: number;
  result: CheckResult;
}

export interface OwnerActions {
  /** The named owner from tenants.yaml, or else the admin role the check names. */
  owner: string;
  /** True when `owner` is a name from tenants.yaml owners:, not only a role. */
  named: boolean;
  /** The first contact given for that name. */
  contact?: string;
  /** The admin roles behind this owner's failures. */
  roles: string[];
  /** Open failures per severity. */
  counts: Record<Severity, number>;
  /** Worst severity first, then by check id, then tenants worst first. */
  items: ActionItem[];
  tenantCount: number;
}

export function roleOf(result: CheckResult): string {
  const owner = typeof result.owner === 'string' ? result.owner.trim() : '';
  return owner || UNKNOWN_OWNER;
}

function ownerOf(result: CheckResult): string {
  const name = typeof result.assignee?.name === 'string' ? result.assignee.name.trim() : '';
  return name || roleOf(result);
}

function compareOwners(a: OwnerActions, b: OwnerActions): number {
  for (const severity of SEVERITIES) {
    const diff = b.counts[severity] - a.counts[severity];
    if (diff !== 0) return diff;
  }
  return a.owner.localeCompare(b.owner);
}

/**
 * Who must act: every open (unwaived) failure across tenants, grouped by the customer-side role that must fix it.
 * Owners with the worst load come first (critical count, then high, …), as in ScubaGear's ActionPlan.csv.
 */
export function actionPlan(results: AuditResults): OwnerActions[] {
  const byOwner = new Map<string, OwnerActions>();
  sortTenantsWorstFirst(results.tenants).forEach((audit, index) => {
    for (const result of audit.results ?? []) {
      if (!isOpenFailure(result)) continue;
      const owner = ownerOf(result);
      let entry = byOwner.get(owner);
      if (!entry) {
        entry = { owner, named: owner !== roleOf(result), roles: [], counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, items: [], tenantCount: 0 };
        byOwner.set(owner, entry);
      }
      if (!entry.contact && typeof result.assignee?.contact === 'string') entry.contact = result.assignee.contact;
      if (!entry.roles.includes(roleOf(result))) entry.roles.push(roleOf(result));
      if (result.severity in entry.counts) entry.counts[result.severity] += 1;
      entry.items.push({ audit, tenantNumber: index + 1, result });
    }
  });
  const owners = [...byOwner.values()];
  for (const entry of owners) {
    entry.items.sort(
      (a, b) =>
        severityRank(a.result.severity) - severityRank(b.result.severity) ||
        a.result.checkId.localeCompare(b.result.checkId) ||
        a.tenantNumber - b.tenantNumber,
    );
    entry.tenantCount = new Set(entry.items.map((item) => item.tenantNumber)).size;
  }
  return owners.sort(compareOwners);
}

/** How many evidence items the finding had before capping. */
export function evidenceCount(result: CheckResult): number {
  const shown = Array.isArray(result.evidence) ? result.evidence.length : 0;
  return typeof result.evidenceTotal === 'number' && Number.isFinite(result.evidenceTotal) ? Math.max(result.evidenceTotal, shown) : shown;
}
