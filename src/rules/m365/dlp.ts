import type { PurviewDlpPolicy, PurviewDlpRule } from '../../snapshot/m365.js';

/** The sensitive information types SCuBA MS.SECURITYSUITE.3.1v1 names, as Purview names them. */
export const SCUBA_SENSITIVE_TYPES = ['Credit Card Number', 'U.S. Individual Taxpayer Identification Number (ITIN)', 'U.S. Social Security Number (SSN)'];

export const DLP_WORKLOADS = [
  ['exchange', 'Exchange'],
  ['sharePoint', 'SharePoint'],
  ['oneDrive', 'OneDrive'],
  ['teams', 'Teams'],
  ['devices', 'devices'],
] as const;

/** A policy that acts: enabled and in Enable mode (not a simulation, not turned off). */
export function isEnforced(policy: PurviewDlpPolicy): boolean {
  return policy.enabled && policy.mode === 'Enable';
}

/** The enabled rules of enforced policies, with their policy. */
export function enforcedRules(policies: readonly PurviewDlpPolicy[], rules: readonly PurviewDlpRule[]): { rule: PurviewDlpRule; policy: PurviewDlpPolicy }[] {
  const byName = new Map(policies.filter(isEnforced).map((p) => [p.name, p]));
  return rules.flatMap((rule) => {
    const policy = byName.get(rule.policy);
    return policy && !rule.disabled ? [{ rule, policy }] : [];
  });
}

/** Enforced policies with a rule matching any of the SCuBA sensitive types: the ones the 3.x policies judge. */
export function piiPolicies(policies: readonly PurviewDlpPolicy[], rules: readonly PurviewDlpRule[]): { policy: PurviewDlpPolicy; rules: PurviewDlpRule[] }[] {
  const wanted = new Set(SCUBA_SENSITIVE_TYPES.map((t) => t.toLowerCase()));
  const out = new Map<string, { policy: PurviewDlpPolicy; rules: PurviewDlpRule[] }>();
  for (const { rule, policy } of enforcedRules(policies, rules)) {
    if (!rule.sensitiveInformationTypes.some((t) => wanted.has(t.toLowerCase()))) continue;
    const entry = out.get(policy.name) ?? { policy, rules: [] };
    entry.rules.push(rule);
    out.set(policy.name, entry);
  }
  return [...out.values()];
}

/** Workloads a policy covers in full ("All"), and those it leaves out or covers only in part. */
export function workloadCoverage(policy: PurviewDlpPolicy): { covered: string[]; missing: string[] } {
  const covered: string[] = [];
  const missing: string[] = [];
  for (const [key, label] of DLP_WORKLOADS) {
    const locations = policy.locations[key];
    if (locations.some((l) => l.toLowerCase() === 'all')) covered.push(label);
    else missing.push(locations.length ? `${label} (only ${locations.length} location${locations.length === 1 ? '' : 's'})` : label);
  }
  return { covered, missing };
}

/** "Exchange, SharePoint and OneDrive". */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? 'nothing') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
