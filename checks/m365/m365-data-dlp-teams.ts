import { defineCheck } from '../../src/core/define-check.js';
import { isEnforced } from '../../src/rules/m365/dlp.js';

export default defineCheck({
  id: 'm365-data-dlp-teams',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'A DLP policy is enforced for Teams chat and channel messages',
  owner: 'Compliance Administrator',
  rationale: 'Teams messages are where people paste what they would never email. CIS asks for at least one enforced DLP policy that covers Teams.',
  remediation: 'Microsoft Purview portal > Data loss prevention > Policies: include "Teams chat and channel messages" (all accounts) in an enforced policy. To audit: Get-DlpCompliancePolicy | Where-Object { $_.TeamsLocation -match "All" } | Select-Object Name, Mode.',
  references: {
    cis: ['3.2.2'],
    docs: ['https://learn.microsoft.com/purview/dlp-microsoft-teams'],
  },
  reads: ['purviewDlpPolicies'],
  evaluate({ purviewDlpPolicies }) {
    const teams = purviewDlpPolicies.filter((p) => isEnforced(p) && p.locations.teams.some((l) => l.toLowerCase() === 'all'));
    if (teams.length) return { status: 'pass', summary: `DLP policy ${teams.map((p) => `'${p.name}'`).join(', ')} covers Teams.` };
    const partial = purviewDlpPolicies.filter((p) => p.locations.teams.length > 0);
    return {
      status: 'fail',
      summary: partial.length ? `No enforced DLP policy covers all of Teams (${partial.map((p) => `'${p.name}' ${isEnforced(p) ? 'covers only some accounts' : `is ${p.enabled ? p.mode : 'disabled'}`}`).join(', ')}).` : 'No DLP policy covers Teams.',
      evidence: [{ kind: 'policy', name: 'DLP policies', detail: `${purviewDlpPolicies.length} polic${purviewDlpPolicies.length === 1 ? 'y' : 'ies'}, none enforced on all Teams accounts` }],
    };
  },
});
