import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, blocksAccess, grantControls, includesAllApps, requiresMfa } from '../../src/rules/m365/conditional-access.js';
import { verdictPerControl } from '../../src/rules/m365/profile-verdict.js';
import type { CaPolicy } from '../../src/snapshot/m365.js';

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
    'Create a Conditional Access policy: Users > All users (exclude break-glass accounts); Target resources > All resources; Conditions > User risk > High; Grant > Block access (meets SCuBA MS.AAD.2.1 and CIS 5.2.2.6). CIS 5.2.2.6 alone also accepts Grant > Require multifactor authentication and Require password change, with "Require all the selected controls".',
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
    const allowed = breakGlassIds(breakGlassAccounts, ctx.settings);
    const atHighRisk = (p: CaPolicy) => includesAllApps(p) && p.conditions.userRiskLevels.some((l) => l.toLowerCase() === 'high');
    const judge = (what: string, grant: (p: CaPolicy) => boolean) => assessTenantWide(conditionalAccessPolicies, allowed, { what, allowRisk: 'user', qualifies: (p) => atHighRisk(p) && grant(p) });
    // MS.AAD.2.1: high-risk users SHALL be blocked. CIS 5.2.2.6: MFA and a password change, both required (AND);
    // a block, which leaves the risky user no way in at all, counts for it too, so one policy can meet both controls.
    return verdictPerControl(
      {
        'MS.AAD.2.1v1': judge('blocks high-risk users (MS.AAD.2.1v1)', blocksAccess),
        '5.2.2.6': judge('blocks high-risk users or requires MFA and a password change (CIS 5.2.2.6)', (p) => blocksAccess(p) || (requiresMfa(p) && grantControls(p).includes('passwordchange'))),
      },
      ctx.settings.profile,
    );
  },
});
