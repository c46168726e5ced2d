import { defineCheck } from '../../src/core/define-check.js';
import { includesAllApps, includesAllUsers, isEnforced, narrowingConditions, policyEvidence, requiresMfa } from '../../src/rules/m365/conditional-access.js';
import type { CaPolicy } from '../../src/snapshot/m365.js';

const protectsAllSignIns = (p: CaPolicy): boolean => includesAllUsers(p) && includesAllApps(p) && requiresMfa(p) && narrowingConditions(p).length === 0;

export default defineCheck({
  id: 'm365-auth-baseline-protection',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'critical',
  title: 'Security defaults or a Conditional Access policy protect every user\'s sign-ins',
  owner: 'Conditional Access Administrator',
  rationale:
    'With neither security defaults nor an enforced Conditional Access policy requiring MFA for all users on all resources, a password alone opens some accounts: a policy that covers one app, one group or one kind of sign-in leaves the rest unprotected.',
  remediation:
    'With Entra ID P1, create Conditional Access policies (require MFA for all users, block legacy authentication) and turn them On. Without P1, enable security defaults: Entra admin center > Identity > Overview > Properties > Manage security defaults.',
  references: {
    other: { Maester: ['MT.1021'] },
    docs: [
      'https://learn.microsoft.com/entra/fundamentals/security-defaults',
      'https://learn.microsoft.com/entra/identity/conditional-access/overview',
    ],
  },
  reads: ['securityDefaults', 'conditionalAccessPolicies'],
  licenceOptional: ['conditionalAccessPolicies'],
  evaluate({ securityDefaults, conditionalAccessPolicies = [] }) {
    const enforced = conditionalAccessPolicies.filter(isEnforced);
    // A baseline is a policy every user meets at every sign-in: all users, all resources, MFA, nothing that narrows it.
    // Exclusions are judged by m365-ca-mfa-all-users; one policy blocking one app for one user is no baseline.
    const baseline = enforced.find(protectsAllSignIns);
    if (securityDefaults.isEnabled && enforced.length) {
      return {
        status: 'pass',
        summary: `Security defaults are on and ${enforced.length} Conditional Access policies are enabled; Microsoft expects one or the other, so review which is meant to apply.`,
        evidence: [{ kind: 'setting', name: 'Security defaults', detail: 'enabled alongside Conditional Access' }],
      };
    }
    if (securityDefaults.isEnabled) return { status: 'pass', summary: 'Security defaults are enabled.' };
    if (baseline) {
      return {
        status: 'pass',
        summary: `Enabled Conditional Access policy "${baseline.displayName}" requires MFA for all users on all resources.`,
        evidence: [policyEvidence(baseline, 'enabled, all users, all resources, MFA, no narrowing conditions')],
      };
    }
    const notEnforced = conditionalAccessPolicies.length - enforced.length;
    const nearMisses = enforced
      .filter((p) => includesAllUsers(p) && includesAllApps(p) && requiresMfa(p))
      .map((p) => policyEvidence(p, narrowingConditions(p).join('; ')));
    return {
      status: 'fail',
      summary: enforced.length
        ? `Security defaults are off and none of the ${enforced.length} enabled Conditional Access policies requires MFA for all users on all resources without conditions that narrow it.`
        : `Security defaults are off and no Conditional Access policy is enabled${notEnforced ? ` (${notEnforced} exist in report-only or disabled state)` : ''}.`,
      evidence: [
        { kind: 'setting', name: 'Security defaults', detail: 'disabled' },
        { kind: 'setting', name: 'Conditional Access', detail: enforced.length ? `${enforced.length} enabled, none protecting every sign-in` : `no enabled policy (${notEnforced} not enforced)` },
        ...nearMisses,
      ],
    };
  },
});
