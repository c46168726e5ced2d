import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-drive-external-mode',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'high',
  title: "Drive files cannot be shared outside the organisation except with allow-listed domains",
  owner: 'Super Admin',
  rationale:
    "Sharing with anyone outside the domain is the most common path for data to leave a Workspace tenant. SCuBA wants external sharing off; CIS accepts sharing limited to allow-listed trusted domains. Each control is judged by its own reading; the profile decides only the check's own status.",
  remediation:
    "Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings > Sharing options: choose OFF (GWS.DRIVEDOCS.1.1; CIS 3.1.2.1.1.3 also accepts \"ALLOWLISTED DOMAINS\") for the top OU and set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.DRIVEDOCS.1.1v1"],
    cis: ['3.1.2.1.1.3'],
    docs: ["https://support.google.com/a/answer/60781"],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const judgeWith = (allowed: readonly string[], passSummary: string) =>
      judgeSetting(policies, {
        spec: SETTINGS.driveExternalSharing,
        fields: ["externalSharingMode"],
        weak: (v) => (allowed.includes(String(v.externalSharingMode)) ? null : `externalSharingMode is ${String(v.externalSharingMode)}`),
        passSummary,
        failWhat: "allow sharing outside the organisation",
      });
    // GWS.DRIVEDOCS.1.1v1 as its instructions ("OFF") and ScubaGoggles' Rego (anything but DISALLOWED fails) read it;
    // CIS 3.1.2.1.1.3 asks for sharing controlled by a domain allow-list, which OFF satisfies too.
    return verdictPerControl(
      {
        "GWS.DRIVEDOCS.1.1v1": judgeWith(['DISALLOWED'], "Drive external sharing is off"),
        '3.1.2.1.1.3': judgeWith(['DISALLOWED', 'ALLOWLISTED_DOMAINS'], "Drive external sharing is off or limited to allow-listed domains"),
      },
      ctx.settings.profile,
    );
  },
});
