import { defineCheck } from '../../src/core/define-check.js';

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
    // CIS only forbids "Anyone"; SCuBA also forbids inviting new guests. strict follows SCuBA.
    const allowed = ctx.settings.profile === 'cis' ? CIS_ALLOWED : SCUBA_ALLOWED;
    const label = LABELS[level] ?? level;
    if (allowed.includes(level)) {
      return { status: 'pass', summary: `SharePoint external sharing is set to "${label}".` };
    }
    return {
      status: 'fail',
      summary: `SharePoint external sharing is set to "${label}", more open than the ${ctx.settings.profile} profile allows (${allowed.map((v) => LABELS[v]).join(' or ')}).`,
      evidence: [{ kind: 'setting', name: 'SharePoint sharingCapability', detail: `${level} (${label})` }],
    };
  },
});
