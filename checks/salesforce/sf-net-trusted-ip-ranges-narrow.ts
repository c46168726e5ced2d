import { defineCheck } from '../../src/core/define-check.js';
import { ipRangeSize, MAX_TRUSTED_RANGE_ADDRESSES } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-net-trusted-ip-ranges-narrow',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Trusted IP ranges are narrow (no range wider than a /16)',
  owner: 'Salesforce System Administrator',
  rationale:
    'Logins from the org-wide trusted IP ranges skip the identity verification challenge. A very wide range trusts networks the company does not control.',
  remediation:
    'Setup > Network Access: replace each listed range with the specific egress ranges of your offices and VPN (each at most 65,536 addresses).',
  references: {
    other: { 'Salesforce Health Check': ['Trusted IP Range'], SBS: ['SBS-AUTH-003'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_networkaccess.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    const wide = securitySettings.trustedIpRanges.filter((r) => (ipRangeSize(r.start, r.end) ?? 0) > MAX_TRUSTED_RANGE_ADDRESSES);
    if (wide.length === 0) return { status: 'pass', summary: `All ${securitySettings.trustedIpRanges.length} trusted IP ranges are at most a /16.` };
    return {
      status: 'fail',
      summary: `${wide.length} trusted IP range${wide.length === 1 ? ' is' : 's are'} wider than 65,536 addresses.`,
      evidence: wide.map((r) => ({ kind: 'network' as const, name: `${r.start} - ${r.end}`, detail: `${ipRangeSize(r.start, r.end)?.toLocaleString('en-US')} addresses${r.description ? ` (${r.description})` : ''}` })),
    };
  },
});
