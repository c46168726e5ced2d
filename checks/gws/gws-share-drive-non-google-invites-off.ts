import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-drive-non-google-invites-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: "Drive files cannot be shared with people who have no Google account",
  owner: 'Super Admin',
  rationale:
    "Invitations to non-Google accounts are verified only by a PIN sent to the address and bypass the identity the recipient organisation controls.",
  remediation:
    "Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings: untick \"Allow users in <org> to send invitations to non-Google accounts outside <org>\" (under allow-listed domains: \"Allow users in <org> to send invitations to non-Google accounts in trusted domains\") for the top OU and set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.DRIVEDOCS.1.4v1"],
    docs: ["https://support.google.com/a/answer/60781"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ["externalSharingMode", "allowNonGoogleInvites", "allowNonGoogleInvitesInAllowlistedDomains"],
      // Each sharing mode has its own field; the other one is ignored by Drive.
      weak: (v) => {
        if (v.externalSharingMode === 'DISALLOWED') return null;
        if (v.externalSharingMode === 'ALLOWLISTED_DOMAINS') {
          return v.allowNonGoogleInvitesInAllowlistedDomains === false ? null : 'invitations to non-Google accounts in allow-listed domains allowed (allowNonGoogleInvitesInAllowlistedDomains)';
        }
        return v.allowNonGoogleInvites === false ? null : `invitations to non-Google accounts allowed (mode ${String(v.externalSharingMode)})`;
      },
      passSummary: "Invitations to non-Google accounts are off",
      failWhat: "allow invitations to non-Google accounts",
    });
  },
});
