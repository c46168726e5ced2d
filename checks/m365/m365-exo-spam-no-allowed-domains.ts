import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-spam-no-allowed-domains',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Anti-spam policies allow no sender domains',
  owner: 'Security Administrator',
  rationale:
    'Mail from an allowed sender domain skips spam filtering; anyone who can spoof or compromise an address in that domain reaches the inbox, and common domains such as gmail.com open the door to everyone.',
  remediation:
    'Microsoft Defender portal > Email & collaboration > Policies > Anti-spam > each inbound policy: Allowed and blocked senders and domains: remove every allowed domain (use the Tenant Allow/Block List for a specific, time-limited exception). Or: Set-HostedContentFilterPolicy -Identity <policy> -AllowedSenderDomains $null. To audit: Get-HostedContentFilterPolicy | Select-Object Name, AllowedSenderDomains.',
  references: {
    scuba: ['MS.SECURITYSUITE.6.2v1'],
    cis: ['2.1.14'],
    docs: ['https://learn.microsoft.com/defender-office-365/anti-spam-policies-configure', 'https://learn.microsoft.com/powershell/module/exchange/get-hostedcontentfilterpolicy'],
  },
  reads: ['exoSpamFilterPolicies'],
  evaluate({ exoSpamFilterPolicies: policies }) {
    const allowing = policies.filter((p) => p.allowedSenderDomains.length > 0);
    if (allowing.length === 0) return { status: 'pass', summary: `None of the ${policies.length} anti-spam policy(ies) allows a sender domain.` };
    const list = (domains: string[]) => `${domains.slice(0, 10).join(', ')}${domains.length > 10 ? ` and ${domains.length - 10} more` : ''}`;
    return {
      status: 'fail',
      summary: `Anti-spam ${allowing.map((p) => `policy '${p.identity}' allows ${list(p.allowedSenderDomains)}`).join('; ')}.`,
      evidence: allowing.map((p) => ({ kind: 'policy', name: p.identity, detail: `AllowedSenderDomains: ${list(p.allowedSenderDomains)}` })),
    };
  },
});
