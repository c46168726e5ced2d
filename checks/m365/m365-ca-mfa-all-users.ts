import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, includesAllApps, requiresMfa } from '../../src/rules/m365/conditional-access.js';

export default defineCheck({
  id: 'm365-ca-mfa-all-users',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'critical',
  title: 'Conditional Access requires MFA for all users on all apps',
  owner: 'Conditional Access Administrator',
  rationale:
    'A stolen or sprayed password is enough to sign in wherever MFA is not required. Only an enforced policy on all users and all resources, without risk-level, client-type, authentication-flow, device-filter, platform or location conditions, requires MFA every time; exclusions beyond emergency-access accounts leave accounts that attackers can target.',
  remediation:
    'Create (or fix) a Conditional Access policy: Users > All users, excluding only the break-glass accounts; Target resources > All resources; no risk, client app, authentication flow, device filter, platform or location conditions; Grant > Require multifactor authentication or an authentication strength. Test in report-only, then set it On.',
  references: {
    scuba: ['MS.AAD.3.2v2'],
    cis: ['5.2.2.2'],
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-mfa-strength'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    return assessTenantWide(conditionalAccessPolicies, breakGlassIds(breakGlassAccounts, ctx.settings), {
      what: 'requires MFA for all users on all apps',
      qualifies: (p) => includesAllApps(p) && requiresMfa(p),
    });
  },
});
