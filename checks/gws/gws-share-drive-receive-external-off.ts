import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

/**
 * GWS.DRIVEDOCS.1.2: with sharing limited to allow-listed domains, `allowReceivingFilesOutsideAllowlistedDomains`
 * must be off; with external sharing off, `allowReceivingExternalFiles` must be off. Where sharing is open to
 * every domain (ALLOWED) files from any domain are received, which the text forbids; ScubaGoggles leaves that
 * case to 1.1.
 */
export default defineCheck({
  id: 'gws-share-drive-receive-external-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Users cannot receive Drive files from domains outside the allow-list',
  owner: 'Super Admin',
  rationale:
    'Files shared in from unknown domains are a delivery route for phishing documents and for data the organisation then holds without having chosen to; limiting receipt to allow-listed domains keeps both sides of sharing inside trusted partners.',
  remediation:
    'Admin console > Apps > Google Workspace > Drive and Docs > Sharing settings > Sharing options: untick "Allow users to receive files from users or shared drives outside of allowlisted domains" (or, with external sharing off, "Allow users in <org> to receive files from users or shared drives outside of <org>"); set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.DRIVEDOCS.1.2v1'],
    docs: ['https://support.google.com/a/answer/60781', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.driveExternalSharing,
      fields: ['externalSharingMode', 'allowReceivingExternalFiles', 'allowReceivingFilesOutsideAllowlistedDomains'],
      weak: (v) => {
        if (v.externalSharingMode === 'DISALLOWED') return v.allowReceivingExternalFiles === false ? null : 'files from outside the organisation can be received';
        if (v.externalSharingMode === 'ALLOWLISTED_DOMAINS') return v.allowReceivingFilesOutsideAllowlistedDomains === false ? null : 'files from domains outside the allow-list can be received';
        return `sharing is open to every domain (mode ${String(v.externalSharingMode)}), so files from any domain are received`;
      },
      passSummary: 'Files from non-allow-listed domains cannot be received',
      failWhat: 'let users receive files from non-allow-listed domains',
    });
  },
});
