import type { CheckResult, ControlResult } from '../core/model.js';
import type { TenantAudit } from '../core/results.js';
import { evidenceCount } from '../report/action-plan.js';

/** Evidence items the summaries quote per finding (summary.md and action-plan.csv show at most three). */
const KEPT_EVIDENCE = 3;

type SharedTexts = Map<string, Pick<CheckResult, 'title' | 'rationale' | 'remediation' | 'references'>>;
type SharedVerdicts = Map<string, ControlResult>;

/**
 * One copy of each distinct string of the lean copies: parsed from each tenant's file, the same check ids,
 * statuses and reasons ("Could not read teamsMeetingPolicies: …", the same in 2,800 results of a farm run)
 * were a fresh string every time.
 */
class StringPool {
  private readonly pool = new Map<string, string>();

  of<T extends string | undefined>(value: T): T {
    if (typeof value !== 'string') return value;
    const known = this.pool.get(value);
    if (known !== undefined) return known as T;
    this.pool.set(value, value);
    return value;
  }
}

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
export function leanTenant(audit: TenantAudit, texts: SharedTexts, verdicts: SharedVerdicts = new Map(), strings = new StringPool()): TenantAudit {
  const results = (Array.isArray(audit.results) ? audit.results : []).map((result) => leanResult(result, texts, verdicts, strings));
  return { ...audit, results };
}

/**
 * Built as one literal in a fixed key order, so every lean result shares one hidden class: copied with
 * spreads from parsed JSON, each of 72,000 results at 1,000 tenants got its own, ~40 MB of shapes alone.
 */
function leanResult(result: CheckResult, texts: SharedTexts, verdicts: SharedVerdicts, strings: StringPool): CheckResult {
  const key = `${result.checkId}\u0000${result.title}\u0000${result.remediation}`;
  let shared = texts.get(key);
  if (!shared) texts.set(key, (shared = { title: result.title, rationale: result.rationale, remediation: result.remediation, references: result.references }));
  const lean: CheckResult = {
    checkId: strings.of(result.checkId),
    provider: strings.of(result.provider),
    area: strings.of(result.area),
    severity: strings.of(result.severity),
    title: shared.title,
    status: strings.of(result.status),
    summary: strings.of(result.summary),
    evidence: result.status === 'fail' && Array.isArray(result.evidence) ? result.evidence.slice(0, KEPT_EVIDENCE) : [],
    evidenceTotal: evidenceCount(result),
    owner: strings.of(result.owner),
    rationale: shared.rationale,
    remediation: shared.remediation,
    references: shared.references,
  };
  // Added in a fixed order and only when present: results alike in which they have share a class too.
  if (result.aliases !== undefined) lean.aliases = result.aliases;
  if (Array.isArray(result.controls)) lean.controls = result.controls.map((c) => sharedVerdict(verdicts, c));
  if (result.waiver !== undefined) lean.waiver = result.waiver;
  if (result.assignee !== undefined) lean.assignee = result.assignee;
  return lean;
}

/** The lean copies of a run's tenants, by name, sharing one table of check texts. */
export class LeanTenants {
  private readonly texts: SharedTexts = new Map();
  private readonly verdicts: SharedVerdicts = new Map();
  private readonly strings = new StringPool();
  private readonly byName = new Map<string, TenantAudit>();

  add(audit: TenantAudit): TenantAudit {
    const lean = leanTenant(audit, this.texts, this.verdicts, this.strings);
    this.byName.set(audit.tenant.name, lean);
    return lean;
  }

  get(name: string): TenantAudit | undefined {
    return this.byName.get(name);
  }
}
