import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-drive-external-warning',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'low',
  title: "Users are warned before sharing a Drive file outside the organisation",
  owner: 'Super Admin',
  rationale:
    "A warning at the moment of sharing catches the wrong-recipient mistake that causes many leaks.",
  remediation:
    "Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings: tick \"Warn when files owned by users or shared drives in <org> are shared outside of <org>\" for the top OU and set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.DRIVEDOCS.1.3v1"],
    cis: ["3.1.2.1.1.2"],
    docs: ["https://support.google.com/a/answer/60781"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ["warnForExternalSharing"],
      weak: (v) => (v.externalSharingMode === 'DISALLOWED' || v.warnForExternalSharing === true ? null : 'no warning before external sharing'),
      passSummary: "Users are warned before sharing externally",
      failWhat: "do not warn before external sharing",
    });
  },
});
