import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, blocksAccess, grantControls, includesAllApps } from '../../src/rules/m365/conditional-access.js';

export default defineCheck({
  id: 'm365-ca-user-risk-policy',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'high',
  title: 'High-risk users are blocked or must change their password',
  owner: 'Conditional Access Administrator',
  rationale:
    'Entra ID Protection flags users whose credentials are probably compromised (leaked credentials, threat intelligence). Without a policy acting on that risk, the attacker keeps using the account.',
  remediation:
    'Create a Conditional Access policy: Users > All users (exclude break-glass accounts); Target resources > All resources; Conditions > User risk > High; Grant > Block access (SCuBA, and the strict profile) or Require password change with MFA (CIS).',
  references: {
    scuba: ['MS.AAD.2.1v1'],
    cis: ['5.2.2.6'],
    docs: ['https://learn.microsoft.com/entra/id-protection/howto-identity-protection-configure-risk-policies'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts', 'licences'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts, licences }, ctx) {
    if (!licences.entraP2) {
      return { status: 'not_applicable', summary: 'Risk-based Conditional Access needs Microsoft Entra ID P2, which the tenant does not have.' };
    }
    const passwordChangeAllowed = ctx.settings.profile === 'cis';
    const answer = passwordChangeAllowed ? 'blocks or forces a password change for' : 'blocks';
    const verdict = assessTenantWide(conditionalAccessPolicies, breakGlassIds(breakGlassAccounts, ctx.settings), {
      what: `${answer} high-risk users`,
      allowRisk: 'user',
      qualifies: (p) =>
        includesAllApps(p) &&
        p.conditions.userRiskLevels.some((l) => l.toLowerCase() === 'high') &&
        (blocksAccess(p) || (passwordChangeAllowed && grantControls(p).includes('passwordchange'))),
    });
    return verdict;
  },
});
