import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-priv-no-standard-profiles',
  provider: 'salesforce',
  area: 'privileged-access',
  severity: 'low',
  title: 'Active users are on custom profiles, not standard ones',
  owner: 'Salesforce System Administrator',
  rationale:
    'Standard profiles cannot be trimmed and Salesforce adds permissions to them in new releases, so their users silently gain access. Custom minimal profiles plus permission sets keep grants deliberate.',
  remediation: 'Move the listed users to a cloned, minimal custom profile (or "Minimum Access - Salesforce") and grant what they need through permission sets.',
  references: {
    other: { SBS: ['SBS-ACS-005'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_userprofiles.htm'],
  },
  reads: ['users', 'permissionSets'],
  evaluate({ users, permissionSets }) {
    const standardProfiles = new Set(
      permissionSets.permissionSets.filter((ps) => ps.isOwnedByProfile && !ps.isCustom && ps.profileId && ps.profileUserType !== 'Guest').map((ps) => ps.profileId as string),
    );
    const onStandard = users.filter((u) => u.userType === 'Standard' && u.profileId && standardProfiles.has(u.profileId));
    if (onStandard.length === 0) return { status: 'pass', summary: `None of the ${users.length} active users is on a standard profile.` };
    return {
      status: 'fail',
      summary: `${onStandard.length} active user${onStandard.length === 1 ? ' is' : 's are'} on a standard profile.`,
      evidence: onStandard.map((u) => ({ kind: 'user' as const, name: u.username, id: u.id, detail: `standard profile ${u.profileName ?? u.profileId}` })),
    };
  },
});
