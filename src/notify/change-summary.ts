import type { Severity, TenantRef } from '../core/model.js';
import type { AuditResults } from '../core/results.js';
import { compareResults } from '../report/drift.js';

export interface ChangedFinding {
  tenant: TenantRef;
  checkId: string;
  title: string;
  severity: Severity;
}

/** What a notification says: counts and check titles only, never evidence. */
export interface ChangeSummary {
  tool: { name: string; version: string };
  finishedAt: string;
  /** False on a first run (no --compare): every open failure then counts as new. */
  compared: boolean;
  newFailures: ChangedFinding[];
  fixed: ChangedFinding[];
  unaudited: { tenant: TenantRef; reason: string }[];
}

/** The changes worth telling people about, or undefined when there are none. */
export function changeSummary(results: AuditResults, previous?: AuditResults): ChangeSummary | undefined {
  const finding = (tenant: TenantRef, c: { checkId: string; title: string; severity: Severity }): ChangedFinding => ({ tenant, checkId: c.checkId, title: c.title, severity: c.severity });
  let newFailures: ChangedFinding[];
  let fixed: ChangedFinding[] = [];
  if (previous) {
    const drift = compareResults(previous, results);
    const added = new Set(drift.tenantsAdded.map((t) => `${t.provider}/${t.name}`));
    newFailures = [
      ...drift.tenants.flatMap((t) => t.regressions.filter((c) => !c.waived).map((c) => finding(t.tenant, c))),
      ...results.tenants.filter((t) => added.has(`${t.tenant.provider}/${t.tenant.name}`)).flatMap((t) => t.results.filter((r) => r.status === 'fail' && !r.waiver).map((r) => finding(t.tenant, r))),
    ];
    fixed = drift.tenants.flatMap((t) => t.fixed.map((c) => finding(t.tenant, c)));
  } else {
    newFailures = results.tenants.flatMap((t) => t.results.filter((r) => r.status === 'fail' && !r.waiver).map((r) => finding(t.tenant, r)));
  }
  const unaudited = results.tenants.filter((t) => t.outcome === 'failed').map((t) => ({ tenant: t.tenant, reason: t.error?.message ?? 'unknown error' }));
  if (!newFailures.length && !fixed.length && !unaudited.length) return undefined;
  return { tool: results.tool, finishedAt: results.finishedAt, compared: Boolean(previous), newFailures, fixed, unaudited };
}
