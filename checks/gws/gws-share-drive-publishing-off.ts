import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-drive-publishing-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: "Users cannot publish Drive files to the web",
  owner: 'Super Admin',
  rationale:
    "A file published to the web is readable by anyone with the link and can be indexed by search engines.",
  remediation:
    "Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings: untick \"When sharing outside of <org> is allowed, users in <org> can make files and published web content visible to anyone with the link\" for the top OU and set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.DRIVEDOCS.1.5v1"],
    cis: ['3.1.2.1.1.2'],
    docs: ["https://support.google.com/a/answer/60781"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ["allowPublishingFiles"],
      weak: (v) => (v.externalSharingMode === 'DISALLOWED' || v.allowPublishingFiles === false ? null : 'publishing files to the web allowed'),
      passSummary: "Publishing files to the web is off",
      failWhat: "allow publishing files to the web",
    });
  },
});
