import { defineCheck } from '../../src/core/define-check.js';
import { judgeLoggedSetting } from '../../src/rules/gws/logged-settings.js';
import { verdictPerControl } from '../../src/rules/gws/setting-verdict.js';
import { ADMIN_LOG_SETTINGS } from '../../src/snapshot/gws.js';

export default defineCheck({
  id: 'gws-share-meet-ai-notes-sharing',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Meet AI notes are shared by default only with guests in the organisation, and that default cannot be overridden (log-derived)',
  owner: 'Super Admin',
  rationale:
    'Notes Gemini takes in a meeting summarise what was said; shared by default with every guest they reach outside attendees too. SCuBA asks that the organisation’s default sharing level cannot be overridden (GWS.MEET.6.1) and that the default is "Guests in your organization" (6.2). The Policy API does not show these settings, so they are read from admin-log changes, as ScubaGoggles does.',
  remediation:
    'Admin console > Apps > Google Workspace > Google Meet > Gemini settings > Take notes for me: set the default sharing of notes to "Guests in your organization" and do not let the sharing level be changed per meeting; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.MEET.6.1v1', 'GWS.MEET.6.2v1'],
    docs: ['https://support.google.com/a/answer/14381309', 'https://developers.google.com/workspace/admin/reports/v1/appendix/activity/admin-application-settings'],
  },
  reads: ['adminSettingChanges', 'policies'],
  evaluate({ adminSettingChanges, policies }) {
    return verdictPerControl({
      'GWS.MEET.6.1v1': judgeLoggedSetting(adminSettingChanges, policies, {
        setting: ADMIN_LOG_SETTINGS.meetNotesSharingOverride,
        weak: (value) => (value === 'true' ? 'the default notes sharing level can be overridden' : null),
        passSummary: 'The default notes sharing level cannot be overridden',
        failWhat: 'let the default notes sharing level be overridden',
        googleDefault: 'not overridable',
      }),
      'GWS.MEET.6.2v1': judgeLoggedSetting(adminSettingChanges, policies, {
        setting: ADMIN_LOG_SETTINGS.meetNotesDefaultSharing,
        weak: (value) => (value === 'EVERYONE' ? 'notes are shared with every guest by default' : null),
        passSummary: 'Notes are shared by default only with guests in the organisation',
        failWhat: 'share notes with every guest by default',
        googleDefault: 'guests in the organisation',
      }),
    });
  },
});
