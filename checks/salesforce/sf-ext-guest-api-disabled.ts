import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-ext-guest-api-disabled',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'high',
  title: 'Guest user profiles have API access turned off',
  owner: 'Salesforce System Administrator',
  rationale: 'API Enabled on a guest profile lets unauthenticated callers query the org\'s APIs as the guest user, which turns any guest object access into bulk export.',
  remediation: 'Setup > (site) > Guest User Profile > System Permissions: clear "API Enabled".',
  references: {
    other: { SBS: ['SBS-CPORTAL-002'] },
    docs: ['https://help.salesforce.com/s/articleView?id=xcloud.shr_guest_user_access.htm'],
  },
  reads: ['guestAccess'],
  evaluate({ guestAccess }) {
    const enabled = guestAccess.guestProfiles.filter((p) => p.apiEnabled);
    if (enabled.length === 0) return { status: 'pass', summary: `API access is off on all ${guestAccess.guestProfiles.length} guest profiles.` };
    return {
      status: 'fail',
      summary: `${enabled.length} guest profile${enabled.length === 1 ? ' has' : 's have'} API Enabled.`,
      evidence: enabled.map((p) => ({ kind: 'profile' as const, name: p.profileName, id: p.profileId, detail: 'API Enabled' })),
    };
  },
});
