import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { includesAllUsers, policyEvidence, requiresPhishingResistantMfa, roleNearMisses, strengthPhishingResistantShortfall, uncoveredRoles } from '../../src/rules/m365/conditional-access.js';
import type { CaPolicy } from '../../src/snapshot/m365.js';
import { CIS_ADMIN_MFA_ROLES, HIGHLY_PRIVILEGED_ROLES, type BuiltInRole } from '../../src/rules/m365/privileged-roles.js';
import { verdictPerControl } from '../../src/rules/m365/profile-verdict.js';
import type { Verdict } from '../../src/core/model.js';

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
    'Make sure each administrator has a phishing-resistant method registered, then create a Conditional Access policy: Users > Directory roles > the roles listed (SCuBA\'s highly privileged roles and the administrator roles CIS 5.2.2.5 lists), excluding only the break-glass accounts; Target resources > All resources; Grant > Require authentication strength > Phishing-resistant MFA (with no other grant control as an alternative); set it On.',
  references: {
    scuba: ['MS.AAD.3.6v1'],
    cis: ['5.2.2.5'],
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-admin-phish-resistant-mfa'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    const allowed = breakGlassIds(breakGlassAccounts, ctx.settings);
    const judge = (roles: readonly BuiltInRole[], which: string): Verdict => {
      const missing = uncoveredRoles(conditionalAccessPolicies, roles, requiresPhishingResistantMfa, allowed);
      if (missing.length === 0) return { status: 'pass', summary: `All ${roles.length} ${which} require a phishing-resistant authentication strength.` };
      return {
        status: 'fail',
        summary: `${missing.length} of the ${roles.length} ${which} are not required to use phishing-resistant MFA by an enabled policy: ${missing.map((role) => role.name).join(', ')}.`,
        evidence: [
          ...missing.map((role) => ({ kind: 'role' as const, name: role.name, id: role.templateId, detail: 'no enabled policy requires a phishing-resistant authentication strength' })),
          ...roleNearMisses(conditionalAccessPolicies, requiresPhishingResistantMfa, allowed),
          ...weakStrengths(conditionalAccessPolicies),
        ],
      };
    };
    // SCuBA MS.AAD.3.6 is written against its eight highly privileged roles; CIS 5.2.2.5 lists fifteen administrator roles of its own.
    return verdictPerControl(
      {
        'MS.AAD.3.6v1': judge(HIGHLY_PRIVILEGED_ROLES, 'highly privileged roles (MS.AAD.3.6v1)'),
        '5.2.2.5': judge(CIS_ADMIN_MFA_ROLES, 'administrator roles CIS 5.2.2.5 lists'),
      },
      ctx.settings.profile,
    );
  },
});
