import { SEVERITIES, type Severity } from '../core/model.js';
import type { AuditResults } from '../core/results.js';

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

/** A tenant that could not be audited outranks findings: its results are missing, not clean. */
export function exitCodeFor(results: AuditResults, failOn: Severity | 'none'): number {
  if (results.tenants.some((t) => t.outcome === 'failed')) return EXIT.tenantFailed;
  if (failOn === 'none') return EXIT.ok;
  const gating = new Set(severitiesAtOrAbove(failOn));
  const failing = results.tenants.some((t) => t.results.some((r) => r.status === 'fail' && !r.waiver && gating.has(r.severity)));
  return failing ? EXIT.findings : EXIT.ok;
}
