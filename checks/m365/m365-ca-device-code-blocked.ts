import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, blocksAccess, includesAllApps } from '../../src/rules/m365/conditional-access.js';

export default defineCheck({
  id: 'm365-ca-device-code-blocked',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'high',
  title: 'Conditional Access blocks the device code flow',
  owner: 'Conditional Access Administrator',
  rationale:
    'Device code phishing tricks a user into entering an attacker-supplied code at microsoft.com/devicelogin, handing the attacker tokens that already satisfied MFA. Few organisations need the flow outside a handful of devices.',
  remediation:
    'Create a Conditional Access policy: Users > All users (exclude break-glass accounts and, if needed, a group for the devices that truly need it); Target resources > All resources; Conditions > Authentication flows > Device code flow; Grant > Block access.',
  references: {
    scuba: ['MS.AAD.3.9v1'],
    cis: ['5.2.2.12'],
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-block-authentication-flows'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    return assessTenantWide(conditionalAccessPolicies, breakGlassIds(breakGlassAccounts, ctx.settings), {
      what: 'blocks the device code flow for all users',
      allowAuthenticationFlows: true,
      qualifies: (p) =>
        includesAllApps(p) &&
        blocksAccess(p) &&
        (p.conditions.authenticationFlows?.transferMethods ?? '')
          .split(',')
          .some((m) => m.trim().toLowerCase() === 'devicecodeflow'),
    });
  },
});
