import { defineCheck } from '../../src/core/define-check.js';
import { isEnforced, policyEvidence, stateLabel } from '../../src/rules/m365/conditional-access.js';

export default defineCheck({
  id: 'm365-ca-no-unenforced-policies',
  provider: 'm365',
  area: 'conditional-access',
  severity: 'low',
  title: 'Every Conditional Access policy is enforced',
  owner: 'Conditional Access Administrator',
  rationale:
    'Policies left in report-only or disabled state look like protection in the portal but block nothing. They are often tests that were never switched on, or policies turned off during an incident and forgotten.',
  remediation:
    'Review each listed policy: read its report-only results (Conditional Access insights), then set it On, or delete it if it is no longer wanted.',
  references: {
    docs: ['https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-report-only'],
  },
  reads: ['conditionalAccessPolicies'],
  evaluate({ conditionalAccessPolicies }) {
    const idle = conditionalAccessPolicies.filter((p) => !isEnforced(p));
    if (idle.length === 0) {
      return { status: 'pass', summary: `All ${conditionalAccessPolicies.length} Conditional Access policies are enabled.` };
    }
    return {
      status: 'fail',
      summary: `${idle.length} of ${conditionalAccessPolicies.length} Conditional Access policies are not enforced (report-only or disabled).`,
      evidence: idle.map((p) => policyEvidence(p, stateLabel(p))),
    };
  },
});
