import { defineCheck } from '../../src/core/define-check.js';
import { piiPolicies } from '../../src/rules/m365/dlp.js';

export default defineCheck({
  id: 'm365-data-dlp-block-sharing',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'DLP rules for sensitive data block access for everyone, not only anonymous users',
  owner: 'Compliance Administrator',
  rationale: 'A rule that blocks only anonymous links still lets the file be shared with any guest. SCuBA asks for sharing sensitive information to be blocked with everyone outside.',
  remediation: 'Microsoft Purview portal > Data loss prevention > Policies > edit the rule > Actions: "Restrict access or encrypt the content in Microsoft 365 locations" > "Block everyone". Or: Set-DlpComplianceRule -BlockAccess $true -BlockAccessScope All.',
  references: {
    scuba: ['MS.SECURITYSUITE.3.3v1'],
    docs: ['https://learn.microsoft.com/powershell/module/exchange/set-dlpcompliancerule'],
  },
  reads: ['purviewDlpPolicies', 'purviewDlpRules'],
  evaluate({ purviewDlpPolicies, purviewDlpRules }) {
    const rules = piiPolicies(purviewDlpPolicies, purviewDlpRules).flatMap((p) => p.rules);
    if (rules.length === 0) return { status: 'fail', summary: 'No enforced DLP rule detects credit card numbers, ITINs or SSNs, so none blocks sharing them.', evidence: [{ kind: 'policy', name: 'DLP rules', detail: 'none for the SCuBA sensitive types' }] };
    const weak = rules.filter((r) => !r.blockAccess || r.blockAccessScope !== 'All');
    if (weak.length === 0) return { status: 'pass', summary: `All ${rules.length} DLP rule(s) for sensitive data block access for everyone.` };
    return {
      status: 'fail',
      summary: `DLP ${weak.map((r) => `rule '${r.name}' ${r.blockAccess ? `blocks only ${r.blockAccessScope ?? 'some users'}` : 'does not block'}`).join('; ')}.`,
      evidence: weak.map((r) => ({ kind: 'policy', name: r.name, detail: r.blockAccess ? `BlockAccessScope ${r.blockAccessScope ?? 'not set'}` : 'BlockAccess false' })),
    };
  },
});
