import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, requiresManagedDevice } from '../../src/rules/m365/conditional-access.js';

const REGISTER_SECURITY_INFO = 'urn:user:registersecurityinfo';

export default defineCheck({
  id: 'm365-ca-managed-device-for-security-info',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Registering security information requires a managed device',
  owner: 'Conditional Access Administrator',
  rationale:
    'An attacker who has a password (and possibly a session) can register their own MFA method and keep access after the password is reset. Requiring a compliant or hybrid-joined device for the "Register security information" action keeps registration on devices the organisation controls.',
  remediation:
    'Create a Conditional Access policy: Users > All users (exclude break-glass accounts); Target resources > User actions > Register security information; Grant > Require device to be marked as compliant or Require Microsoft Entra hybrid joined device; set it On. Use Temporary Access Pass for new users without a managed device.',
  references: {
    scuba: ['MS.AAD.3.8v1'],
    cis: ['5.2.2.10'],
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-security-info-registration'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    return assessTenantWide(conditionalAccessPolicies, breakGlassIds(breakGlassAccounts, ctx.settings), {
      what: 'requires a managed device to register security information',
      qualifies: (p) =>
        p.conditions.applications.includeUserActions.some((a) => a.toLowerCase() === REGISTER_SECURITY_INFO) && requiresManagedDevice(p),
    });
  },
});
