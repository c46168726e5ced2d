import type { CheckResult, ControlResult } from '../core/model.js';
import type { TenantAudit } from '../core/results.js';
import { evidenceCount } from '../report/action-plan.js';

/** Evidence items the summaries quote per finding (summary.md and action-plan.csv show at most three). */
const KEPT_EVIDENCE = 3;

type SharedTexts = Map<string, Pick<CheckResult, 'title' | 'rationale' | 'remediation' | 'references'>>;
type SharedVerdicts = Map<string, ControlResult>;

/**
 * A control's verdict without its summary (no report drawn from lean copies prints it), one object for
 * every tenant with the same verdict: kept whole per tenant, control summaries were half a lean copy.
 */
function sharedVerdict(verdicts: SharedVerdicts, control: ControlResult): ControlResult {
  const key = `${control.framework}\u0000${control.frameworkVersion}\u0000${control.id}\u0000${control.status}`;
  let shared = verdicts.get(key);
  if (!shared) verdicts.set(key, (shared = { framework: control.framework, frameworkVersion: control.frameworkVersion, id: control.id, status: control.status, summary: '' }));
  return shared;
}

/**
 * A tenant's result cut to what the summaries (summary.md, action-plan.csv, the roll-up's rows, drift)
 * and the exit code read: every verdict stays, with its counts and per-control verdicts, but only a
 * failure keeps a few evidence items (and the true total), and each check's fixed texts are shared
 * between tenants. A thousand of these fit in memory where a thousand whole results do not.
 */
export function leanTenant(audit: TenantAudit, texts: SharedTexts, verdicts: SharedVerdicts = new Map()): TenantAudit {
  const results = (Array.isArray(audit.results) ? audit.results : []).map((result): CheckResult => {
    const key = `${result.checkId}\u0000${result.title}\u0000${result.remediation}`;
    let shared = texts.get(key);
    if (!shared) texts.set(key, (shared = { title: result.title, rationale: result.rationale, remediation: result.remediation, references: result.references }));
    const evidence = result.status === 'fail' && Array.isArray(result.evidence) ? result.evidence.slice(0, KEPT_EVIDENCE) : [];
    const { controls, ...rest } = result;
    const lean: CheckResult = { ...rest, ...shared, evidence, evidenceTotal: evidenceCount(result) };
    if (Array.isArray(controls)) lean.controls = controls.map((c) => sharedVerdict(verdicts, c));
    return lean;
  });
  return { ...audit, results };
}

/** The lean copies of a run's tenants, by name, sharing one table of check texts. */
export class LeanTenants {
  private readonly texts: SharedTexts = new Map();
  private readonly verdicts: SharedVerdicts = new Map();
  private readonly byName = new Map<string, TenantAudit>();

  add(audit: TenantAudit): TenantAudit {
    const lean = leanTenant(audit, this.texts, this.verdicts);
    this.byName.set(audit.tenant.name, lean);
    return lean;
  }

  get(name: string): TenantAudit | undefined {
    return this.byName.get(name);
  }
}
