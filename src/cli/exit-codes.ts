import { SEVERITIES, type Severity } from '../core/model.js';
import type { AuditResults } from '../core/results.js';
import type { Drift } from '../report/drift.js';

export const EXIT = {
  /** No failing check at or above --fail-on. */
  ok: 0,
  /** At least one failing check at or above --fail-on. */
  findings: 1,
  /** Usage or config error: nothing was audited. */
  usage: 2,
  /** At least one tenant could not be audited at all. */
  tenantFailed: 3,
} as const;

/** Severities at or above the threshold ('high' → critical, high). */
export function severitiesAtOrAbove(threshold: Severity): Severity[] {
  return SEVERITIES.slice(0, SEVERITIES.indexOf(threshold) + 1);
}

/**
 * A tenant that could not be audited outranks findings: its results are missing, not clean.
 * With `newSince` (the drift against an earlier run) only failures that are new count: checks that
 * regressed, checks added since, and every failure of a tenant the earlier run did not have.
 */
export function exitCodeFor(results: AuditResults, failOn: Severity | 'none', options: { newSince?: Drift } = {}): number {
  if (results.tenants.some((t) => t.outcome === 'failed')) return EXIT.tenantFailed;
  if (failOn === 'none') return EXIT.ok;
  const gating = new Set(severitiesAtOrAbove(failOn));
  const drift = options.newSince;
  if (drift) {
    const fresh = drift.tenants.flatMap((t) => [...t.regressions, ...t.addedChecks.filter((c) => c.current === 'fail')]);
    const newTenants = new Set(drift.tenantsAdded.map((t) => `${t.provider}:${t.name}`));
    const fromNewTenants = results.tenants.filter((t) => newTenants.has(`${t.tenant.provider}:${t.tenant.name}`)).flatMap((t) => t.results.filter((r) => r.status === 'fail' && !r.waiver));
    const failing = fresh.some((c) => !c.waived && gating.has(c.severity)) || fromNewTenants.some((r) => gating.has(r.severity));
    return failing ? EXIT.findings : EXIT.ok;
  }
  const failing = results.tenants.some((t) => t.results.some((r) => r.status === 'fail' && !r.waiver && gating.has(r.severity)));
  return failing ? EXIT.findings : EXIT.ok;
}
