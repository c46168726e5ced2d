import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { breakGlassLabel, configuredBreakGlass } from '../../src/rules/m365/break-glass.js';
import { isEnforced, policyEvidence } from '../../src/rules/m365/conditional-access.js';

export default defineCheck({
  id: 'm365-ca-break-glass-excluded',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'high',
  title: 'Break-glass accounts exist and are excluded from every enabled Conditional Access policy',
  owner: 'Conditional Access Administrator',
  rationale:
    'Emergency-access accounts are the way back in when a Conditional Access mistake, an MFA outage or a federation failure locks every administrator out. A policy that applies to them can lock them out too. A direct user exclusion is required: group exclusions can be emptied or changed by anyone who manages the group.',
  remediation:
    'Create two cloud-only emergency-access accounts with Global Administrator and phishing-resistant credentials, name them under breakGlassAccounts in the tenant settings, and add each one to Users > Exclude > Users and groups (the user itself) of every enabled Conditional Access policy. Monitor their sign-ins.',
  references: {
    cis: ['1.1.2'],
    other: { Maester: ['MT.1005'] },
    docs: ['https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    const accounts = configuredBreakGlass(breakGlassAccounts, ctx.settings);
    if (accounts.length === 0) {
      return {
        status: 'not_assessed',
        summary: 'No break-glass accounts are configured: name them (UPN or object id) under settings.breakGlassAccounts for this tenant to assess their Conditional Access exclusions.',
      };
    }
    const evidence: Evidence[] = [];
    for (const account of accounts.filter((a) => !a.found || !a.id)) {
      evidence.push({ kind: 'user', name: account.configured, detail: 'configured as a break-glass account but not found in the tenant' });
    }
    const found = accounts.filter((a) => a.found && a.id);
    const enforced = conditionalAccessPolicies.filter(isEnforced);
    for (const policy of enforced) {
      const excluded = new Set(policy.conditions.users.excludeUsers.map((id) => id.toLowerCase()));
      const notExcluded = found.filter((a) => !excluded.has(a.id!.toLowerCase()));
      if (notExcluded.length === 0) continue;
      const viaGroups = policy.conditions.users.excludeGroups.length ? ' (group exclusions are not counted: exclude the account itself)' : '';
      evidence.push(policyEvidence(policy, `does not exclude ${notExcluded.map(breakGlassLabel).join(', ')}${viaGroups}`));
    }
    if (evidence.length === 0) {
      return {
        status: 'pass',
        summary: `${found.length} break-glass account(s) found and directly excluded from all ${enforced.length} enabled policies.`,
        evidence: found.map((a) => ({ kind: 'user' as const, name: breakGlassLabel(a), id: a.id ?? undefined, detail: 'excluded from every enabled policy' })),
      };
    }
    return {
      status: 'fail',
      summary: `Break-glass accounts are missing or not excluded: ${evidence.length} problem(s) across ${accounts.length} configured account(s) and ${enforced.length} enabled policies.`,
      evidence,
    };
  },
});
