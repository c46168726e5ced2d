import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-remote-domain-auto-forward',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'No remote domain allows automatic forwarding of mail to outside domains',
  owner: 'Exchange Administrator',
  rationale:
    'Automatic forwarding to an outside address is how a compromised mailbox keeps leaking mail after the password is reset, and how business email compromise stays quiet. The remote domain "*" decides it for every outside domain not listed separately.',
  remediation:
    'Exchange admin center > Mail flow > Remote domains: open each domain (the Default entry "*" first) > Edit reply types and turn off "Allow automatic forwarding". Or: Set-RemoteDomain -Identity Default -AutoForwardEnabled $false. To audit: Get-RemoteDomain | Select-Object Name, DomainName, AutoForwardEnabled.',
  references: {
    scuba: ['MS.EXO.1.1v2'],
    docs: ['https://learn.microsoft.com/exchange/mail-flow-best-practices/remote-domains/remote-domains', 'https://learn.microsoft.com/powershell/module/exchange/get-remotedomain'],
  },
  reads: ['exoRemoteDomains'],
  evaluate({ exoRemoteDomains }) {
    const open = exoRemoteDomains.filter((d) => d.autoForwardEnabled);
    if (open.length === 0) return { status: 'pass', summary: `None of the ${exoRemoteDomains.length} remote domain(s) allows automatic forwarding.` };
    return {
      status: 'fail',
      summary: `${open.map((d) => `Remote domain ${d.domainName}`).join(', ')} allow${open.length === 1 ? 's' : ''} automatic forwarding.`,
      evidence: open.map((d) => ({ kind: 'domain', name: d.domainName, detail: `remote domain "${d.identity}": AutoForwardEnabled is true` })),
    };
  },
});
