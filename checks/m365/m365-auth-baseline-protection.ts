import { defineCheck } from '../../src/core/define-check.js';
import { isEnforced } from '../../src/rules/m365/conditional-access.js';

export default defineCheck({
  id: 'm365-auth-baseline-protection',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'critical',
  title: 'Security defaults or Conditional Access protect sign-ins',
  owner: 'Conditional Access Administrator',
  rationale:
    'With neither security defaults nor an enforced Conditional Access policy, nothing requires MFA or blocks legacy authentication: a password alone opens every account.',
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
    if (securityDefaults.isEnabled && enforced.length) {
      return {
        status: 'pass',
        summary: `Security defaults are on and ${enforced.length} Conditional Access policies are enabled; Microsoft expects one or the other, so review which is meant to apply.`,
        evidence: [{ kind: 'setting', name: 'Security defaults', detail: 'enabled alongside Conditional Access' }],
      };
    }
    if (securityDefaults.isEnabled) return { status: 'pass', summary: 'Security defaults are enabled.' };
    if (enforced.length) return { status: 'pass', summary: `${enforced.length} Conditional Access ${enforced.length === 1 ? 'policy is' : 'policies are'} enabled.` };
    const notEnforced = conditionalAccessPolicies.length;
    return {
      status: 'fail',
      summary: `Security defaults are off and no Conditional Access policy is enabled${notEnforced ? ` (${notEnforced} exist in report-only or disabled state)` : ''}.`,
      evidence: [
        { kind: 'setting', name: 'Security defaults', detail: 'disabled' },
        { kind: 'setting', name: 'Conditional Access', detail: `no enabled policy (${notEnforced} not enforced)` },
      ],
    };
  },
});
