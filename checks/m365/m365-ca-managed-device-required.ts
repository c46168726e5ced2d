import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, includesAllApps, requiresManagedDevice } from '../../src/rules/m365/conditional-access.js';

export default defineCheck({
  id: 'm365-ca-managed-device-required',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Conditional Access requires a managed device for all users on all apps',
  owner: 'Conditional Access Administrator',
  rationale:
    'A stolen password and MFA approval work from any machine unless sign-in also needs a device the organisation manages. Requiring a compliant or Microsoft Entra hybrid joined device for all users and all resources keeps sessions and downloaded data on devices under management.',
  remediation:
    'Enrol devices in Intune (or hybrid join them), then create a Conditional Access policy: Users > All users, excluding only the break-glass accounts; Target resources > All resources; no conditions; Grant > Require device to be marked as compliant and/or Require Microsoft Entra hybrid joined device (require one of the selected controls), with no other alternative; test in report-only, then set it On.',
  references: {
    scuba: ['MS.AAD.3.7v1'],
    cis: ['5.2.2.9'],
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-device-compliance'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    return assessTenantWide(conditionalAccessPolicies, breakGlassIds(breakGlassAccounts, ctx.settings), {
      what: 'requires a managed device for all users on all apps',
      qualifies: (p) => includesAllApps(p) && requiresManagedDevice(p),
    });
  },
});
