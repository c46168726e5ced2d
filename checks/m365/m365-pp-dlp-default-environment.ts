import { defineCheck } from '../../src/core/define-check.js';
import { environmentLabel, exclusionReason, policyCovers } from '../../src/rules/m365/power-platform-dlp.js';

export default defineCheck({
  id: 'm365-pp-dlp-default-environment',
  provider: 'm365',
  area: 'data-classification',
  severity: 'high',
  title: 'A Power Platform DLP policy restricts connectors in the default environment',
  owner: 'Power Platform Administrator',
  rationale:
    'Every licensed user can build apps and flows in the default environment. Without a data loss prevention (connector) policy there, a flow can copy business data from SharePoint or Outlook to any of hundreds of consumer and third-party connectors.',
  remediation:
    'Power Platform admin center > Security > Data and privacy > Data policies > New policy: classify connectors into Business, Non-business and Blocked, and scope it to all environments or at least the default one. To audit: GET https://api.bap.microsoft.com/providers/PowerPlatform.Governance/v2/policies (environmentType, environments).',
  references: {
    scuba: ['MS.POWERPLATFORM.2.1v1'],
    docs: ['https://learn.microsoft.com/power-platform/admin/wp-data-loss-prevention', 'https://learn.microsoft.com/power-platform/admin/create-dlp-policy'],
  },
  reads: ['powerPlatformDlpPolicies', 'powerPlatformEnvironments'],
  evaluate({ powerPlatformDlpPolicies, powerPlatformEnvironments }) {
    const defaultEnvironment = powerPlatformEnvironments.find((e) => e.isDefault);
    const everywhere = powerPlatformDlpPolicies.filter((p) => p.environmentType === 'AllEnvironments');
    if (!defaultEnvironment && everywhere.length > 0) return { status: 'pass', summary: `DLP ${everywhere.map((p) => `policy '${p.displayName}'`).join(', ')} covers every environment, the default one included.` };
    if (!defaultEnvironment) return { status: 'not_assessed', summary: 'The environment list names no default environment, so which policies cover it cannot be told.' };
    const label = environmentLabel(defaultEnvironment);
    const covering = powerPlatformDlpPolicies.filter((p) => policyCovers(p, defaultEnvironment.name));
    if (covering.length > 0) {
      return { status: 'pass', summary: `The default environment ${label} is covered by DLP ${covering.map((p) => `policy '${p.displayName}'`).join(', ')}.`, evidence: covering.map((p) => ({ kind: 'policy', name: p.displayName, id: p.name, detail: p.environmentType })) };
    }
    if (powerPlatformDlpPolicies.length === 0) {
      return { status: 'fail', summary: `No Power Platform DLP policy exists, so the default environment ${label} allows every connector.`, evidence: [{ kind: 'setting', name: 'Power Platform data policies', detail: 'none' }] };
    }
    return {
      status: 'fail',
      summary: `No DLP policy covers the default environment ${label}: ${powerPlatformDlpPolicies.map((p) => `'${p.displayName}' ${exclusionReason(p)}`).join('; ')}.`,
      evidence: powerPlatformDlpPolicies.map((p) => ({ kind: 'policy', name: p.displayName, id: p.name, detail: `${p.environmentType}: does not cover the default environment` })),
    };
  },
});
