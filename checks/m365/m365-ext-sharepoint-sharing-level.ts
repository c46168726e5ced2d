import { defineCheck } from '../../src/core/define-check.js';
import type { Verdict } from '../../src/core/model.js';
import { verdictPerControl } from '../../src/rules/m365/profile-verdict.js';

/** sharingCapability values, from most to least restrictive. */
const LABELS: Record<string, string> = {
  disabled: 'Only people in your organization',
  existingExternalUserSharingOnly: 'Existing guests',
  externalUserSharingOnly: 'New and existing guests',
  externalUserAndGuestSharing: 'Anyone',
};
const SCUBA_ALLOWED = ['disabled', 'existingExternalUserSharingOnly'];
const CIS_ALLOWED = ['disabled', 'existingExternalUserSharingOnly', 'externalUserSharingOnly'];

export default defineCheck({
  id: 'm365-ext-sharepoint-sharing-level',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'high',
  title: 'SharePoint external sharing is limited to existing guests or turned off',
  owner: 'SharePoint Administrator',
  rationale:
    '"Anyone" links need no sign-in and travel freely once forwarded; "New and existing guests" lets any user invite any outside address. Limiting sharing to guests already in the directory keeps every outside reader a known, reviewable account.',
  remediation:
    'SharePoint admin center > Policies > Sharing: move the SharePoint slider to "Existing guests" (or "Only people in your organization") and save. Invite approved guests through Entra ID first.',
  references: {
    scuba: ['MS.SHAREPOINT.1.1v1'],
    cis: ['7.2.3'],
    docs: [
      'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
      'https://learn.microsoft.com/graph/api/resources/sharepointsettings',
    ],
  },
  reads: ['sharePointSettings'],
  evaluate({ sharePointSettings }, ctx) {
    const level = sharePointSettings.sharingCapability;
    const label = LABELS[level] ?? level;
    const judge = (allowed: readonly string[], control: string): Verdict => {
      if (allowed.includes(level)) return { status: 'pass', summary: `SharePoint external sharing is set to "${label}", which ${control} accepts.` };
      return {
        status: 'fail',
        summary: `SharePoint external sharing is set to "${label}", more open than ${control} allows (${allowed.map((v) => LABELS[v]).join(' or ')}).`,
        evidence: [{ kind: 'setting', name: 'SharePoint sharingCapability', detail: `${level} (${label})` }],
      };
    };
    // SCuBA 1.1 names "Existing guests" or "Only people in your organization"; CIS 7.2.3 forbids only "Anyone".
    return verdictPerControl({ 'MS.SHAREPOINT.1.1v1': judge(SCUBA_ALLOWED, 'MS.SHAREPOINT.1.1v1'), '7.2.3': judge(CIS_ALLOWED, 'CIS 7.2.3') }, ctx.settings.profile);
  },
});
