import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, blocksAccess, includesAllApps, requiresMfa } from '../../src/rules/m365/conditional-access.js';
import { verdictPerControl } from '../../src/rules/m365/profile-verdict.js';
import type { CaPolicy } from '../../src/snapshot/m365.js';

export default defineCheck({
  id: 'm365-ca-signin-risk-policy',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'high',
  title: 'Conditional Access blocks risky sign-ins (the CIS profile also accepts requiring MFA)',
  owner: 'Conditional Access Administrator',
  rationale:
    'Entra ID Protection scores each sign-in (anonymous IPs, impossible travel, token anomalies). A policy acting on high (and, for CIS, medium) risk stops an attacker who holds a valid password at the moment of sign-in.',
  remediation:
    'Create a Conditional Access policy: Users > All users (exclude break-glass accounts); Target resources > All resources; Conditions > Sign-in risk > High (SCuBA) or High and Medium (CIS, strict); Grant > Block access (SCuBA, strict) or Require MFA with sign-in frequency Every time (CIS).',
  references: {
    scuba: ['MS.AAD.2.3v1'],
    cis: ['5.2.2.7', '5.2.2.8'],
    docs: ['https://learn.microsoft.com/entra/id-protection/howto-identity-protection-configure-risk-policies'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts', 'licences'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts, licences }, ctx) {
    if (!licences.entraP2) {
      return { status: 'not_applicable', summary: 'Risk-based Conditional Access needs Microsoft Entra ID P2, which the tenant does not have.' };
    }
    const allowed = breakGlassIds(breakGlassAccounts, ctx.settings);
    const at = (levels: readonly string[]) => (p: CaPolicy) => {
      const risk = p.conditions.signInRiskLevels.map((l) => l.toLowerCase());
      return includesAllApps(p) && levels.every((l) => risk.includes(l));
    };
    const judge = (what: string, qualifies: (p: CaPolicy) => boolean) => assessTenantWide(conditionalAccessPolicies, allowed, { what, allowRisk: 'signIn', qualifies });
    const highAndMedium = at(['high', 'medium']);
    // MS.AAD.2.3: high-risk sign-ins blocked. CIS 5.2.2.7 (L1): medium and high require MFA; 5.2.2.8 (L2): medium and
    // high blocked. A block also meets 5.2.2.7: L2 builds on L1, and a tenant blocking those sign-ins cannot also prompt for MFA.
    return verdictPerControl(
      {
        'MS.AAD.2.3v1': judge('blocks high-risk sign-ins (MS.AAD.2.3v1)', (p) => at(['high'])(p) && blocksAccess(p)),
        '5.2.2.7': judge('requires MFA for (or blocks) medium and high risk sign-ins (CIS 5.2.2.7)', (p) => highAndMedium(p) && (blocksAccess(p) || requiresMfa(p))),
        '5.2.2.8': judge('blocks medium and high risk sign-ins (CIS 5.2.2.8)', (p) => highAndMedium(p) && blocksAccess(p)),
      },
      ctx.settings.profile,
      // The cis profile holds the tenant to CIS 5.2.2.7 (L1), which accepts MFA, as it always has; 5.2.2.8 keeps its own verdict.
      { held: { cis: ['5.2.2.7'] } },
    );
  },
});
