import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-drive-external-mode',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'high',
  title: "Drive files cannot be shared outside the organisation except with allow-listed domains",
  owner: 'Super Admin',
  rationale:
    "Sharing with anyone outside the domain is the most common path for data to leave a Workspace tenant. SCuBA (and the strict profile) wants external sharing off; CIS accepts sharing limited to allow-listed trusted domains.",
  remediation:
    "Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings > Sharing options: choose OFF (or, under the cis profile, \"ALLOWLISTED DOMAINS\") for the top OU and set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.DRIVEDOCS.1.1v1"],
    cis: ['3.1.2.1.1.3'],
    docs: ["https://support.google.com/a/answer/60781"],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    return judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ["externalSharingMode"],
      weak: (v) => {
        const ok = ctx.settings.profile === 'cis' ? ['DISALLOWED', 'ALLOWLISTED_DOMAINS'] : ['DISALLOWED'];
        return ok.includes(String(v.externalSharingMode)) ? null : `externalSharingMode is ${String(v.externalSharingMode)}`;
      },
      passSummary: "Drive external sharing is restricted",
      failWhat: "allow sharing outside the organisation",
    });
  },
});
