import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, blocksAccess, includesAllApps, requiresMfa } from '../../src/rules/m365/conditional-access.js';

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
    const profile = ctx.settings.profile;
    const levels = profile === 'scuba' ? ['high'] : ['high', 'medium'];
    const mfaAllowed = profile === 'cis';
    return assessTenantWide(conditionalAccessPolicies, breakGlassIds(breakGlassAccounts, ctx.settings), {
      what: `${mfaAllowed ? 'blocks or requires MFA for' : 'blocks'} ${levels.join(' and ')} risk sign-ins`,
      allowRisk: 'signIn',
      qualifies: (p) => {
        const risk = p.conditions.signInRiskLevels.map((l) => l.toLowerCase());
        return includesAllApps(p) && levels.every((l) => risk.includes(l)) && (blocksAccess(p) || (mfaAllowed && requiresMfa(p)));
      },
    });
  },
});
