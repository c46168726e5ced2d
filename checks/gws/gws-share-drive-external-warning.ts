import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

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
    "Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings: tick \"Warn when files owned by users or shared drives in <org> are shared outside of <org>\" (and, where sharing is limited to allow-listed domains, \"Warn when files owned by users or shared drives in <org> are shared with users in allowlisted domains\") for the top OU and set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.DRIVEDOCS.1.3v1"],
    cis: ['3.1.2.1.1.1', '3.1.2.1.1.4'],
    docs: ["https://support.google.com/a/answer/60781"],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const scuba = judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ['externalSharingMode', 'warnForExternalSharing', 'warnForSharingOutsideAllowlistedDomains'],
      // Each sharing mode has its own warning field; the other one is ignored by Drive.
      weak: (v) => {
        if (v.externalSharingMode === 'DISALLOWED') return null;
        if (v.externalSharingMode === 'ALLOWLISTED_DOMAINS') {
          return v.warnForSharingOutsideAllowlistedDomains === true ? null : 'no warning before sharing with allow-listed domains (warnForSharingOutsideAllowlistedDomains is off)';
        }
        return v.warnForExternalSharing === true ? null : `no warning before external sharing (mode ${String(v.externalSharingMode)}, warnForExternalSharing is off)`;
      },
      passSummary: 'Users are warned before sharing externally',
      failWhat: 'do not warn before external sharing',
    });
    // CIS 3.1.2.1.1.1 asks for the warning on sharing outside the domain, whichever field the mode uses (as 1.3);
    // 3.1.2.1.1.4 separately for sharing with allow-listed domains, a field shown only in that mode.
    const allowlisted = judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ['externalSharingMode', 'warnForSharingOutsideAllowlistedDomains'],
      weak: (v) => (v.externalSharingMode !== 'ALLOWLISTED_DOMAINS' || v.warnForSharingOutsideAllowlistedDomains === true ? null : 'no warning before sharing with allow-listed domains'),
      passSummary: 'Users are warned before sharing with allow-listed domains',
      failWhat: 'do not warn before sharing with allow-listed domains',
    });
    return verdictPerControl({ 'GWS.DRIVEDOCS.1.3v1': scuba, '3.1.2.1.1.1': scuba, '3.1.2.1.1.4': allowlisted }, ctx.settings.profile);
  },
});
