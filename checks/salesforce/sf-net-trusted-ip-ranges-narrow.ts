import { defineCheck } from '../../src/core/define-check.js';
import { describeIpRangeSize, ipRangeSize } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-net-trusted-ip-ranges-narrow',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Trusted IP ranges are narrow (no IPv4 range wider than a /16, no IPv6 range wider than a /48)',
  owner: 'Salesforce System Administrator',
  rationale:
    'Logins from the org-wide trusted IP ranges skip the identity verification challenge. A very wide range trusts networks the company does not control.',
  remediation:
    'Setup > Network Access: replace each listed range with the specific egress ranges of your offices and VPN (each at most 65,536 addresses; an IPv6 range at most a /48).',
  references: {
    other: { 'Salesforce Health Check': ['Trusted IP Range'], SBS: ['SBS-AUTH-003'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_networkaccess.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    const ranges = securitySettings.trustedIpRanges.map((r) => ({ ...r, size: ipRangeSize(r.start, r.end) }));
    const evidenceOf = (list: typeof ranges) =>
      list.map((r) => ({ kind: 'network' as const, name: `${r.start} - ${r.end}`, detail: `${describeIpRangeSize(r.size)}${r.description ? ` (${r.description})` : ''}` }));
    const wide = ranges.filter((r) => r.size?.wide);
    const unreadable = ranges.filter((r) => r.size === null);
    if (wide.length) {
      return {
        status: 'fail',
        summary: `${wide.length} trusted IP range${wide.length === 1 ? ' is' : 's are'} wider than 65,536 addresses (IPv6: a /48).`,
        evidence: evidenceOf([...wide, ...unreadable]),
      };
    }
    if (unreadable.length) {
      return { status: 'not_assessed', summary: `${unreadable.length} trusted IP range${unreadable.length === 1 ? ' is' : 's are'} not readable as IPv4 or IPv6 addresses, so its width is unknown.`, evidence: evidenceOf(unreadable) };
    }
    return { status: 'pass', summary: `All ${ranges.length} trusted IP ranges are at most a /16 (IPv6: a /48).` };
  },
});
