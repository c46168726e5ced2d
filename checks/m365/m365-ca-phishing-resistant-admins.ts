import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { includesAllUsers, policyEvidence, requiresPhishingResistantMfa, roleNearMisses, strengthPhishingResistantShortfall, uncoveredRoles } from '../../src/rules/m365/conditional-access.js';
import type { CaPolicy } from '../../src/snapshot/m365.js';
import { HIGHLY_PRIVILEGED_ROLES } from '../../src/rules/m365/privileged-roles.js';

/** Policies aimed at admins whose authentication strength admits weaker methods: the usual near miss with custom strengths. */
function weakStrengths(policies: readonly CaPolicy[]) {
  return policies.flatMap((p) => {
    const strength = p.grantControls?.authenticationStrength;
    if (!strength || !(includesAllUsers(p) || p.conditions.users.includeRoles.length)) return [];
    const shortfall = strengthPhishingResistantShortfall(strength);
    return shortfall ? [policyEvidence(p, shortfall)] : [];
  });
}

export default defineCheck({
  id: 'm365-ca-phishing-resistant-admins',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'high',
  title: 'Conditional Access requires phishing-resistant MFA for every highly privileged role',
  owner: 'Conditional Access Administrator',
  rationale:
    'Adversary-in-the-middle kits relay push approvals and one-time codes in real time, so ordinary MFA does not stop a phished administrator. The built-in Phishing-resistant MFA strength, or a custom strength allowing only FIDO2 keys/passkeys, Windows Hello for Business and multifactor certificates, accepts nothing an attacker can relay.',
  remediation:
    'Make sure each administrator has a phishing-resistant method registered, then create a Conditional Access policy: Users > Directory roles > the roles listed, excluding only the break-glass accounts; Target resources > All resources; Grant > Require authentication strength > Phishing-resistant MFA (with no other grant control as an alternative); set it On.',
  references: {
    scuba: ['MS.AAD.3.6v1'],
    cis: ['5.2.2.5'],
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-admin-phish-resistant-mfa'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    const allowed = breakGlassIds(breakGlassAccounts, ctx.settings);
    const missing = uncoveredRoles(conditionalAccessPolicies, HIGHLY_PRIVILEGED_ROLES, requiresPhishingResistantMfa, allowed);
    if (missing.length === 0) {
      return { status: 'pass', summary: `All ${HIGHLY_PRIVILEGED_ROLES.length} highly privileged roles require a phishing-resistant authentication strength.` };
    }
    return {
      status: 'fail',
      summary: `${missing.length} of ${HIGHLY_PRIVILEGED_ROLES.length} highly privileged roles are not required to use phishing-resistant MFA by an enabled policy.`,
      evidence: [
        ...missing.map((role) => ({ kind: 'role' as const, name: role.name, id: role.templateId, detail: 'no enabled policy requires a phishing-resistant authentication strength' })),
        ...roleNearMisses(conditionalAccessPolicies, requiresPhishingResistantMfa, allowed),
        ...weakStrengths(conditionalAccessPolicies),
      ],
    };
  },
});
