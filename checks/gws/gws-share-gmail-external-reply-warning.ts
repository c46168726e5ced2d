import { defineCheck } from '../../src/core/define-check.js';
import { judgeLoggedSetting } from '../../src/rules/gws/logged-settings.js';
import { ADMIN_LOG_SETTINGS } from '../../src/snapshot/gws.js';

export default defineCheck({
  id: 'gws-share-gmail-external-reply-warning',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Gmail warns users before they reply to or write to external recipients (log-derived)',
  owner: 'Super Admin',
  rationale:
    'A warning when a conversation includes someone outside the organisation catches misdirected mail and reply-chain phishing that slips in an outside address. The Policy API does not show the setting, so it is read from admin-log changes of "disable untrusted recipient warning", as ScubaGoggles does (GWS.GMAIL.13.1).',
  remediation:
    'Admin console > Apps > Google Workspace > Gmail > End user access > Warn for external recipients: tick "Highlight any external recipients in a conversation"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.GMAIL.13.1v1'],
    cis: ['3.1.3.5.4'],
    docs: ['https://support.google.com/a/answer/7380041', 'https://developers.google.com/workspace/admin/reports/v1/appendix/activity/admin-application-settings'],
  },
  reads: ['adminSettingChanges', 'policies'],
  evaluate({ adminSettingChanges, policies }) {
    return judgeLoggedSetting(adminSettingChanges, policies, {
      setting: ADMIN_LOG_SETTINGS.untrustedRecipientWarning,
      // The setting disables the warning: "false" keeps it on.
      weak: (value) => (value === 'false' ? null : 'external-recipient warnings are turned off'),
      passSummary: 'External-recipient warnings are on',
      failWhat: 'turn external-recipient warnings off',
      googleDefault: 'warnings on',
    });
  },
});
