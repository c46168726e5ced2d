import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-exo-dkim-enabled',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'DKIM signing is enabled for every domain that sends mail',
  owner: 'Exchange Administrator',
  rationale: 'DKIM signs outgoing mail so receivers can tell it really came from the domain; without it DMARC rests on SPF alone and forwarded mail fails authentication.',
  remediation:
    'Microsoft Defender portal > Email & collaboration > Policies > Email authentication settings > DKIM: publish the two CNAME records for each domain, then enable signing. Or: New-DkimSigningConfig / Set-DkimSigningConfig -Identity <domain> -Enabled $true. To audit: Get-DkimSigningConfig | Select-Object Domain, Enabled.',
  references: {
    scuba: ['MS.EXO.3.1v1'],
    cis: ['2.1.9'],
    docs: ['https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure'],
  },
  reads: ['exoDkimSigningConfigs'],
  evaluate({ exoDkimSigningConfigs: configs }) {
    if (configs.length === 0) return { status: 'fail', summary: 'No DKIM signing configuration was returned for any domain.', evidence: [{ kind: 'domain', name: 'DKIM', detail: 'no signing configuration' }] };
    const off = configs.filter((c) => !c.enabled);
    if (off.length === 0) return { status: 'pass', summary: `DKIM signing is enabled for all ${configs.length} domain(s).` };
    return { status: 'fail', summary: `DKIM signing is not enabled for ${off.map((c) => c.domain).join(', ')}.`, evidence: off.map((c) => ({ kind: 'domain', name: c.domain, detail: 'DKIM signing disabled' })) };
  },
});
