import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-teams-federation-domain-allowlist',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'Teams external access is limited to allowed domains',
  owner: 'Teams Administrator',
  rationale:
    'Open federation lets any Teams organisation on the internet chat with and call every user: a direct channel for phishing and malware that skips mail filtering. An allow-list keeps it to known partners.',
  remediation:
    'Teams admin center > Users > External access > Organization settings > "Teams and Skype for Business users in external organizations": Allow only specific external domains, then add the partner domains (or Block all external domains). Or: Set-CsTenantFederationConfiguration -AllowedDomainsAsAList @("partner.example"). To audit: Get-CsTenantFederationConfiguration | Select-Object AllowFederatedUsers, AllowedDomains, BlockedDomains.',
  references: {
    scuba: ['MS.TEAMS.2.1v2'],
    cis: ['8.2.1'],
    docs: ['https://learn.microsoft.com/powershell/module/teams/set-cstenantfederationconfiguration', 'https://learn.microsoft.com/microsoftteams/trusted-organizations-external-meetings-chat'],
  },
  reads: ['teamsFederationConfiguration'],
  evaluate({ teamsFederationConfiguration: f }) {
    if (!f.allowFederatedUsers) return { status: 'pass', summary: 'Teams federation with external organisations is off.' };
    if (f.allowedDomains.length > 0) {
      return { status: 'pass', summary: `Teams federation is limited to ${f.allowedDomains.length} allowed domain(s): ${f.allowedDomains.slice(0, 10).join(', ')}${f.allowedDomains.length > 10 ? ', …' : ''}.` };
    }
    const blocked = f.blockedDomains.length ? ` (${f.blockedDomains.length} domain(s) blocked: ${f.blockedDomains.slice(0, 10).join(', ')})` : '';
    return {
      status: 'fail',
      summary: `Teams federation is open to all domains${blocked}.`,
      evidence: [{ kind: 'setting', name: 'Federation open to all domains', detail: `AllowFederatedUsers is true and AllowedDomains is AllowAllKnownDomains${blocked}` }],
    };
  },
});
