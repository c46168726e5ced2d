import type { CheckResult } from '../core/model.js';
import type { TenantAudit } from '../core/results.js';
import { evidenceCount } from '../report/action-plan.js';

/** Evidence items the summaries quote per finding (summary.md and action-plan.csv show at most three). */
const KEPT_EVIDENCE = 3;

/**
 * A tenant's result cut to what the summaries (summary.md, action-plan.csv) and the exit code read:
 * every verdict stays, with its counts, but only a failure keeps a few evidence items (and the true total),
 * and each check's fixed texts are shared between tenants. A thousand of these fit in memory where a
 * thousand whole results do not.
 */
export function leanTenant(audit: TenantAudit, texts: Map<string, Pick<CheckResult, 'title' | 'rationale' | 'remediation' | 'references'>>): TenantAudit {
  const results = audit.results.map((result): CheckResult => {
    const key = `${result.checkId}\u0000${result.title}\u0000${result.remediation}`;
    let shared = texts.get(key);
    if (!shared) texts.set(key, (shared = { title: result.title, rationale: result.rationale, remediation: result.remediation, references: result.references }));
    const evidence = result.status === 'fail' ? result.evidence.slice(0, KEPT_EVIDENCE) : [];
    const { controls: _controls, ...rest } = result;
    return { ...rest, ...shared, evidence, evidenceTotal: evidenceCount(result) };
  });
  return { ...audit, results };
}
