import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { assessTenantWide, blocksAccess, includesAllApps } from '../../src/rules/m365/conditional-access.js';

const LEGACY_CLIENTS = ['exchangeactivesync', 'other'];

export default defineCheck({
  id: 'm365-ca-legacy-auth-blocked',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'critical',
  title: 'Conditional Access blocks legacy authentication for all users',
  owner: 'Conditional Access Administrator',
  rationale:
    'Legacy protocols (IMAP, POP, SMTP AUTH, Exchange ActiveSync with basic auth, older Office clients) cannot do MFA, so password spraying and stolen passwords succeed against them whatever else Conditional Access requires.',
  remediation:
    'Create a Conditional Access policy: Users > All users (exclude only break-glass accounts); Target resources > All resources; Conditions > Client apps > Exchange ActiveSync clients and Other clients; Grant > Block access. Check the sign-in logs for legacy clients first, then turn it On.',
  references: {
    scuba: ['MS.AAD.1.1v1'],
    cis: ['5.2.2.3'],
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-block-legacy-authentication'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    return assessTenantWide(conditionalAccessPolicies, breakGlassIds(breakGlassAccounts, ctx.settings), {
      what: 'blocks legacy authentication for all users',
      allowClientAppTypes: true,
      qualifies: (p) => includesAllApps(p) && blocksAccess(p) && p.conditions.clientAppTypes.some((t) => LEGACY_CLIENTS.includes(t.toLowerCase())),
      extraNarrowing: (p) => {
        const types = p.conditions.clientAppTypes.map((t) => t.toLowerCase());
        if (types.includes('all')) return [];
        const missing = LEGACY_CLIENTS.filter((t) => !types.includes(t));
        return missing.length ? [`does not cover the ${missing.join(' and ')} client type`] : [];
      },
    });
  },
});
