import { defineCheck } from '../../src/core/define-check.js';
import { listed, piiPolicies, workloadCoverage } from '../../src/rules/m365/dlp.js';

export default defineCheck({
  id: 'm365-data-dlp-all-locations',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'The DLP policies for sensitive data cover Exchange, SharePoint, OneDrive, Teams and devices',
  owner: 'Compliance Administrator',
  rationale: 'Sensitive data leaves through whichever channel the policy forgot: a policy on mail alone still lets the same card numbers go out in a Teams chat or a shared OneDrive file.',
  remediation: 'Microsoft Purview portal > Data loss prevention > Policies: edit the policy protecting PII > Locations: turn on Exchange email, SharePoint sites, OneDrive accounts, Teams chat and channel messages and Devices, each for all accounts. To audit: Get-DlpCompliancePolicy | Select-Object Name, ExchangeLocation, SharePointLocation, OneDriveLocation, TeamsLocation, EndpointDlpLocation.',
  references: {
    scuba: ['MS.SECURITYSUITE.3.2v1'],
    docs: ['https://learn.microsoft.com/purview/dlp-policy-reference#locations'],
  },
  reads: ['purviewDlpPolicies', 'purviewDlpRules'],
  evaluate({ purviewDlpPolicies, purviewDlpRules }) {
    const protecting = piiPolicies(purviewDlpPolicies, purviewDlpRules);
    if (protecting.length === 0) return { status: 'fail', summary: 'No enforced DLP policy detects credit card numbers, ITINs or SSNs, so none covers any location for them.', evidence: [{ kind: 'policy', name: 'DLP policies', detail: 'none enforced for the SCuBA sensitive types' }] };
    const gaps = protecting.map(({ policy }) => ({ policy, ...workloadCoverage(policy) })).filter((g) => g.missing.length);
    if (gaps.length < protecting.length) {
      const full = protecting.find(({ policy }) => workloadCoverage(policy).missing.length === 0)!;
      return { status: 'pass', summary: `DLP policy '${full.policy.name}' covers Exchange, SharePoint, OneDrive, Teams and devices.` };
    }
    return {
      status: 'fail',
      summary: gaps.map((g) => `DLP policy '${g.policy.name}' covers ${listed(g.covered)} but not ${listed(g.missing)}.`).join(' '),
      evidence: gaps.map((g) => ({ kind: 'policy', name: g.policy.name, detail: `not covered: ${g.missing.join(', ')}` })),
    };
  },
});
