import { defineCheck } from '../../src/core/define-check.js';
import { ipRangeSize } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-net-admin-profiles-ip-restricted',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'high',
  title: 'Administrator profiles only allow logins from narrow login IP ranges',
  owner: 'Salesforce System Administrator',
  rationale:
    'Profile login IP ranges block logins from anywhere else. Profiles that grant Modify All Data, View All Data, Customize Application, Author Apex or Manage Users are the most valuable to an attacker and should be reachable from known networks only.',
  remediation:
    'Setup > Profiles > (profile) > Login IP Ranges: add the office/VPN ranges for each listed profile; remove 0.0.0.0-255.255.255.255 and other ranges wider than a /16 (IPv6: a /48).',
  references: {
    other: { SBS: ['SBS-AUTH-003'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.login_ip_ranges.htm'],
  },
  reads: ['profileLoginIpRanges'],
  evaluate({ profileLoginIpRanges }) {
    if (profileLoginIpRanges.length === 0) {
      // Every org has at least the System Administrator profile with these permissions: none read means the read saw too little.
      return { status: 'not_assessed', summary: 'No profile granting administrative permissions was returned (every org has at least System Administrator), so login IP ranges could not be judged.' };
    }
    const listed = (ranges: { start: string; end: string }[]) => ranges.map((r) => `${r.start}-${r.end}`).join(', ');
    const problems = profileLoginIpRanges.flatMap((p) => {
      if (p.loginIpRanges.length === 0) return [{ profile: p, detail: `no login IP ranges (grants ${p.privileges.join(', ')})` }];
      const wide = p.loginIpRanges.filter((r) => ipRangeSize(r.start, r.end)?.wide);
      return wide.length ? [{ profile: p, detail: `too wide: ${listed(wide)}` }] : [];
    });
    const unreadable = profileLoginIpRanges.flatMap((p) => {
      const ranges = p.loginIpRanges.filter((r) => ipRangeSize(r.start, r.end) === null);
      return ranges.length ? [{ profile: p, detail: `not readable as IPv4 or IPv6 addresses: ${listed(ranges)}` }] : [];
    });
    const evidenceOf = (list: typeof problems) => list.map(({ profile, detail }) => ({ kind: 'profile' as const, name: profile.profileName, id: profile.profileId, detail }));
    if (problems.length) {
      return {
        status: 'fail',
        summary: `${problems.length} administrator profile${problems.length === 1 ? '' : 's'} allow logins from anywhere or from very wide ranges.`,
        evidence: evidenceOf([...problems, ...unreadable]),
      };
    }
    if (unreadable.length) {
      return { status: 'not_assessed', summary: `${unreadable.length} administrator profile${unreadable.length === 1 ? ' has' : 's have'} a login IP range that is not readable as IP addresses, so its width is unknown.`, evidence: evidenceOf(unreadable) };
    }
    return { status: 'pass', summary: `All ${profileLoginIpRanges.length} profiles with administrative permissions restrict logins to narrow IP ranges.` };
  },
});
