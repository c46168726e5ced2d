import type { Check } from '../core/define-check.js';
import { closestWord } from './closest-word.js';
import type { CheckReferenceProblem } from './check-references.js';
import type { OwnerRule } from './schema.js';

/**
 * Why an owners entry can match nothing (undefined when it can): a role no check names, or a check id that is not in
 * the catalog (aliases count). `field` is relative to where the list was written, e.g. "owners[2].role".
 */
export function ownerRulesProblem(rules: readonly OwnerRule[] | undefined, catalog: readonly Check[]): CheckReferenceProblem | undefined {
  const roles = new Set(catalog.map((c) => c.meta.owner));
  const ids = new Set(catalog.flatMap((c) => [c.meta.id, ...(c.meta.aliases ?? [])]));
  for (const [index, rule] of (rules ?? []).entries()) {
    if (rule.role !== undefined && !roles.has(rule.role)) {
      const suggestion = closestWord(rule.role, roles);
      return { field: `owners[${index}].role`, message: `"${rule.role}" is the owner role of no check${suggestion ? `; did you mean "${suggestion}"?` : ''}` };
    }
    if (rule.check !== undefined && !ids.has(rule.check)) {
      const suggestion = closestWord(rule.check, ids);
      return { field: `owners[${index}].check`, message: `"${rule.check}" is not a check id${suggestion ? `; did you mean "${suggestion}"?` : ''}` };
    }
  }
  return undefined;
}
