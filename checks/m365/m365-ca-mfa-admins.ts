import { defineCheck } from '../../src/core/define-check.js';
import { breakGlassIds } from '../../src/rules/m365/break-glass.js';
import { requiresMfa, roleNearMisses, uncoveredRoles } from '../../src/rules/m365/conditional-access.js';
import { CIS_ADMIN_MFA_ROLES } from '../../src/rules/m365/privileged-roles.js';

export default defineCheck({
  id: 'm365-ca-mfa-admins',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'critical',
  title: 'Conditional Access requires MFA for every administrator role CIS lists',
  owner: 'Conditional Access Administrator',
  rationale:
    'Administrator accounts are the first target of password spraying and phishing; one compromised admin is a compromised tenant. Every one of the fifteen administrator roles CIS 5.2.2.1 lists (Global, Privileged Role, Security, Conditional Access, Exchange, SharePoint, User, Helpdesk, Password, Billing … Administrators and Global Reader) must be covered by an enforced MFA requirement on all resources.',
  remediation:
    'Create (or extend) a Conditional Access policy: Users > Directory roles > the roles listed, excluding only the break-glass accounts; Target resources > All resources; Grant > Require multifactor authentication or an authentication strength (preferably Phishing-resistant MFA); set it On. A policy requiring MFA for all users also covers them.',
  references: {
    cis: ['5.2.2.1'],
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-old-require-mfa-admin'],
  },
  reads: ['conditionalAccessPolicies', 'breakGlassAccounts'],
  evaluate({ conditionalAccessPolicies, breakGlassAccounts }, ctx) {
    const allowed = breakGlassIds(breakGlassAccounts, ctx.settings);
    const missing = uncoveredRoles(conditionalAccessPolicies, CIS_ADMIN_MFA_ROLES, requiresMfa, allowed);
    if (missing.length === 0) {
      return { status: 'pass', summary: `All ${CIS_ADMIN_MFA_ROLES.length} administrator roles CIS 5.2.2.1 lists must pass MFA under an enabled policy.` };
    }
    return {
      status: 'fail',
      summary: `${missing.length} of the ${CIS_ADMIN_MFA_ROLES.length} administrator roles CIS 5.2.2.1 lists are not covered by an enabled MFA policy on all resources: ${missing.map((role) => role.name).join(', ')}.`,
      evidence: [
        ...missing.map((role) => ({ kind: 'role' as const, name: role.name, id: role.templateId, detail: 'no enabled MFA policy covers this role' })),
        ...roleNearMisses(conditionalAccessPolicies, requiresMfa, allowed),
      ],
    };
  },
});
