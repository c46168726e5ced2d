import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-connection-filter-no-ip-allow-list',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Connection filter policies have no IP allow list',
  owner: 'Security Administrator',
  rationale:
    'Mail from an address on the connection filter IP allow list skips spam filtering and sender authentication checks; a compromised or shared relay on the list delivers phishing straight to inboxes.',
  remediation:
    'Microsoft Defender portal > Email & collaboration > Policies > Anti-spam > Connection filter policy (Default): remove every entry under "Always allow messages from the following IP addresses or address range". Or: Set-HostedConnectionFilterPolicy -Identity Default -IPAllowList $null. To audit: Get-HostedConnectionFilterPolicy | Select-Object Name, IPAllowList.',
  references: {
    scuba: ['MS.SECURITYSUITE.8.1v1'],
    cis: ['2.1.12'],
    docs: ['https://learn.microsoft.com/defender-office-365/connection-filter-policies-configure', 'https://learn.microsoft.com/powershell/module/exchange/get-hostedconnectionfilterpolicy'],
  },
  reads: ['exoConnectionFilterPolicies'],
  evaluate({ exoConnectionFilterPolicies: policies }) {
    const listed = policies.filter((p) => p.ipAllowList.length > 0);
    if (listed.length === 0) return { status: 'pass', summary: `None of the ${policies.length} connection filter policy(ies) has an IP allow list.` };
    return {
      status: 'fail',
      summary: `Connection filter ${listed.map((p) => `policy '${p.identity}' allows ${p.ipAllowList.length} IP entr${p.ipAllowList.length === 1 ? 'y' : 'ies'}`).join('; ')}.`,
      evidence: listed.map((p) => ({ kind: 'policy', name: p.identity, detail: `IPAllowList: ${p.ipAllowList.slice(0, 10).join(', ')}${p.ipAllowList.length > 10 ? ` and ${p.ipAllowList.length - 10} more` : ''}` })),
    };
  },
});
