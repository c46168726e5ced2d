import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, includesAllApps, requiresPhishingResistantMfa } from '../../src/rules/m365/conditional-access.js';

export default defineCheck({
  id: 'm365-ca-phishing-resistant-all-users',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'high',
  title: 'Conditional Access requires phishing-resistant MFA for all users on all apps',
  owner: 'Conditional Access Administrator',
  rationale:
    'Push approvals, one-time codes, calls and texts can all be relayed by an adversary-in-the-middle proxy. Only FIDO2 keys and passkeys, Windows Hello for Business and multifactor certificates bind the sign-in to the real site, and only an enforced policy on all users and all resources, with no narrowing condition, demands them at every sign-in.',
  remediation:
    'Register a phishing-resistant method for every user, then create a Conditional Access policy: Users > All users, excluding only the break-glass accounts; Target resources > All resources; no conditions; Grant > Require authentication strength > Phishing-resistant MFA (or a custom strength allowing only FIDO2, Windows Hello for Business and certificate-based MFA), with no other grant control as an alternative; set it On.',
  references: {
    scuba: ['MS.AAD.3.1v1'],
    docs: [
      'https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-mfa-strength',
      'https://learn.microsoft.com/entra/identity/authentication/concept-authentication-strengths',
    ],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    return assessTenantWide(conditionalAccessPolicies, breakGlassIds(breakGlassAccounts, ctx.settings), {
      what: 'requires phishing-resistant MFA for all users on all apps',
      qualifies: (p) => includesAllApps(p) && requiresPhishingResistantMfa(p),
    });
  },
});
