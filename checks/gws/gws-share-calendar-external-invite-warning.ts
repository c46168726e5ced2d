import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-calendar-external-invite-warning',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'low',
  title: "Users are warned when inviting guests from outside the organisation",
  owner: 'Super Admin',
  rationale:
    "A warning when an event invites external guests catches attachments and details sent to the wrong people.",
  remediation:
    "Admin console > Apps > Google Workspace > Calendar > Sharing settings > External invitations: tick \"Warn users when inviting guests outside of the domain\" for the top OU and set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.CALENDAR.2.1v1"],
    cis: ["3.1.1.1.3"],
    docs: ["https://support.google.com/a/answer/60765"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.calendarInvitations,
      fields: ["warnOnInvite"],
      weak: (v) => (v.warnOnInvite === false ? 'no warning for external guests' : null),
      passSummary: "Users are warned about external guests",
      failWhat: "do not warn about external guests",
    });
  },
});
