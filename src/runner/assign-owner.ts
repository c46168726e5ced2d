import type { OwnerRule } from '../config/schema.js';
import type { CheckResult } from '../core/model.js';

/**
 * The named owner of a result: a rule for its check id, else for its area, else for its owner role; the rules are
 * the tenant's own first, then the defaults', so the first list holding a match decides within each kind.
 */
export function assignOwner(result: CheckResult, rules: readonly OwnerRule[]): CheckResult['assignee'] {
  const names = [result.checkId, ...(result.aliases ?? [])];
  const match =
    rules.find((rule) => rule.check !== undefined && names.includes(rule.check)) ??
    rules.find((rule) => rule.area !== undefined && rule.area === result.area) ??
    rules.find((rule) => rule.role !== undefined && rule.role === result.owner);
  return match ? { name: match.owner, ...(match.contact ? { contact: match.contact } : {}) } : undefined;
}
