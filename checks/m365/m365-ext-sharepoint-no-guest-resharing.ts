import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'm365-ext-sharepoint-no-guest-resharing',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Guests cannot reshare items they do not own',
  owner: 'SharePoint Administrator',
  rationale:
    'When guests may reshare, content shared with one partner can be passed on to people the organisation never approved, and the owner loses track of who holds it.',
  remediation:
    'SharePoint admin center > Policies > Sharing > More external sharing settings: untick "Allow guests to share items they don\'t own" and save (Set-SPOTenant -PreventExternalUsersFromResharing $true).',
  references: {
    cis: ['7.2.5'],
    docs: [
      'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
      'https://learn.microsoft.com/graph/api/resources/sharepointsettings',
    ],
  },
  reads: ['sharePointSettings'],
  evaluate({ sharePointSettings: settings }) {
    if (!settings.isResharingByExternalUsersEnabled) {
      return { status: 'pass', summary: 'Guests cannot reshare items they do not own.' };
    }
    if (settings.sharingCapability === 'disabled') {
      return { status: 'not_applicable', summary: 'Guest resharing is allowed, but external sharing is turned off, so it has no effect today.' };
    }
    return {
      status: 'fail',
      summary: 'Guests can reshare files and folders they do not own.',
      evidence: [{ kind: 'setting', name: 'isResharingByExternalUsersEnabled', detail: 'true' }],
    };
  },
});
