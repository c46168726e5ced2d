import { defineCheck } from '../../src/core/define-check.js';
import { environmentLabel, policyCovers } from '../../src/rules/m365/power-platform-dlp.js';

export default defineCheck({
  id: 'm365-pp-dlp-all-environments',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'Every non-default Power Platform environment has a DLP policy',
  owner: 'Power Platform Administrator',
  rationale:
    'A production, sandbox or developer environment without a data loss prevention (connector) policy lets its apps and flows move data to any connector, however well the default environment is guarded.',
  remediation:
    'Power Platform admin center > Security > Data and privacy > Data policies: scope a policy to all environments, or add each environment listed here to a policy. To audit: GET https://api.bap.microsoft.com/providers/PowerPlatform.Governance/v2/policies and …/scopes/admin/environments.',
  references: {
    scuba: ['MS.POWERPLATFORM.2.2v1'],
    docs: ['https://learn.microsoft.com/power-platform/admin/wp-data-loss-prevention'],
  },
  reads: ['powerPlatformDlpPolicies', 'powerPlatformEnvironments'],
  evaluate({ powerPlatformDlpPolicies, powerPlatformEnvironments }) {
    const others = powerPlatformEnvironments.filter((e) => !e.isDefault);
    if (others.length === 0) return { status: 'pass', summary: 'The tenant has no environment besides the default one.' };
    const uncovered = others.filter((e) => !powerPlatformDlpPolicies.some((p) => policyCovers(p, e.name)));
    if (uncovered.length === 0) return { status: 'pass', summary: `All ${others.length} non-default environment(s) are covered by a DLP policy.` };
    return {
      status: 'fail',
      summary: `${uncovered.length} of ${others.length} non-default environment(s) have no DLP policy: ${uncovered.map(environmentLabel).join(', ')}.`,
      evidence: uncovered.map((e) => ({ kind: 'setting', name: e.displayName, id: e.name, detail: `${e.environmentSku ?? 'environment'} without a DLP policy` })),
    };
  },
});
