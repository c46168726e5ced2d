import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-connection-filter-safe-list-off',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'low',
  title: 'Connection filter policies leave the safe list off',
  owner: 'Security Administrator',
  rationale:
    "The safe list is a Microsoft-maintained list of senders whose mail skips spam filtering; the tenant cannot see or edit its entries, so CISA asks for it to stay off.",
  remediation:
    'Microsoft Defender portal > Email & collaboration > Policies > Anti-spam > Connection filter policy (Default): clear "Turn on safe list". Or: Set-HostedConnectionFilterPolicy -Identity Default -EnableSafeList $false. To audit: Get-HostedConnectionFilterPolicy | Select-Object Name, EnableSafeList.',
  references: {
    scuba: ['MS.SECURITYSUITE.8.2v1'],
    cis: ['2.1.13'],
    docs: ['https://learn.microsoft.com/defender-office-365/connection-filter-policies-configure', 'https://learn.microsoft.com/powershell/module/exchange/get-hostedconnectionfilterpolicy'],
  },
  reads: ['exoConnectionFilterPolicies'],
  evaluate({ exoConnectionFilterPolicies: policies }) {
    const on = policies.filter((p) => p.enableSafeList);
    if (on.length === 0) return { status: 'pass', summary: `The safe list is off in all ${policies.length} connection filter policy(ies).` };
    return {
      status: 'fail',
      summary: `Connection filter ${on.map((p) => `policy '${p.identity}'`).join(', ')} turn${on.length === 1 ? 's' : ''} the safe list on.`,
      evidence: on.map((p) => ({ kind: 'policy', name: p.identity, detail: 'EnableSafeList is true' })),
    };
  },
});
