import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-ext-guest-api-disabled',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'high',
  title: 'Guest users have API access turned off, on their profiles and on permission sets assigned to them',
  owner: 'Salesforce System Administrator',
  rationale: 'API Enabled on a guest profile lets unauthenticated callers query the org\'s APIs as the guest user, which turns any guest object access into bulk export.',
  remediation:
    'Setup > (site) > Guest User Profile > System Permissions: clear "API Enabled". For each listed permission set or group assigned to a guest user, clear "API Enabled" or remove the assignment.',
  references: {
    other: { SBS: ['SBS-CPORTAL-002'] },
    docs: ['https://help.salesforce.com/s/articleView?id=xcloud.shr_guest_user_access.htm'],
  },
  reads: ['guestAccess'],
  evaluate({ guestAccess }) {
    const evidence = [
      ...guestAccess.guestProfiles.filter((p) => p.apiEnabled).map((p) => ({ kind: 'profile' as const, name: p.profileName, id: p.profileId, detail: 'guest profile with API Enabled' })),
      ...guestAccess.guestPermissionSets.filter((p) => p.apiEnabled).map((p) => ({ kind: 'permission-set' as const, name: p.label, id: p.permissionSetId, detail: 'assigned to guest users; grants API Enabled' })),
    ];
    if (evidence.length === 0) {
      const profiles = guestAccess.guestProfiles.length;
      const sets = guestAccess.guestPermissionSets.length;
      return { status: 'pass', summary: `API access is off on ${profiles} guest profile${profiles === 1 ? '' : 's'} and ${sets} permission set${sets === 1 ? '' : 's'} assigned to guest users.` };
    }
    return { status: 'fail', summary: `Guest users get API Enabled through ${evidence.length} profile${evidence.length === 1 ? '' : 's'} or permission set${evidence.length === 1 ? '' : 's'}.`, evidence };
  },
});
