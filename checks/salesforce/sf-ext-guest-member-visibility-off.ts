import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-ext-guest-member-visibility-off',
  provider: 'salesforce',
  area: 'external-sharing',
  severity: 'high',
  title: 'Guests of Experience Cloud sites cannot see the sites\' members',
  owner: 'Experience Cloud site administrator',
  rationale:
    '"Let guest users see other members of this site" exposes member names and profile details to unauthenticated visitors, a ready list of people and user records to target.',
  remediation: 'Setup > Digital Experiences > All Sites > Workspaces > Administration > Preferences: clear "Let guest users see other members of this site" on every live site.',
  references: {
    other: { SBS: ['SBS-CPORTAL-002'] },
    docs: ['https://help.salesforce.com/s/articleView?id=xcloud.shr_guest_user_access.htm', 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_network.htm'],
  },
  reads: ['experienceSites'],
  evaluate({ experienceSites }) {
    if (!experienceSites.enabled) return { status: 'not_applicable', summary: 'Digital Experiences is not enabled: the org has no Experience Cloud site.' };
    const live = experienceSites.sites.filter((s) => s.status === 'Live');
    if (live.length === 0) return { status: 'not_applicable', summary: `None of the ${experienceSites.sites.length} Experience Cloud sites is live.` };
    if (!experienceSites.guestMemberVisibilityReadable) {
      return { status: 'not_assessed', summary: 'This org\'s Network object has no OptionsGuestMemberVisibility field, so guest member visibility could not be read.' };
    }
    const open = live.filter((s) => s.guestMemberVisibility === true);
    if (open.length === 0) return { status: 'pass', summary: `Guests cannot see members on any of the ${live.length} live site${live.length === 1 ? '' : 's'}.` };
    return {
      status: 'fail',
      summary: `Guests can see members on ${open.length} of ${live.length} live site${live.length === 1 ? '' : 's'}.`,
      evidence: open.map((s) => ({ kind: 'setting' as const, name: `Site ${s.name}`, id: s.id, detail: 'Let guest users see other members of this site: on' })),
    };
  },
});
