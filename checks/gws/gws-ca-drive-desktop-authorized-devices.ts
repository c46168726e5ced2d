import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

/**
 * SCuBA GWS.DRIVEDOCS.5.1 allows Drive for desktop on authorised devices only; CIS 3.1.2.2.2 asks for it to be
 * off. Each gets its own verdict; strict holds the tenant to both, so there only "off" passes.
 */
export default defineCheck({
  id: 'gws-ca-drive-desktop-authorized-devices',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Google Drive for desktop runs only on authorised devices (cis: is off)',
  owner: 'Super Admin',
  rationale:
    'Drive for desktop syncs files to the device’s disk; on an unmanaged computer they leave the organisation’s control. Restricting it to company-owned, managed devices keeps synced copies on devices the organisation can wipe.',
  remediation:
    'Admin console > Apps > Google Workspace > Drive and Docs > Features and applications > Google Drive for desktop: either untick "Allow Google Drive for desktop in your organization" (CIS) or tick "Only allow Google Drive for desktop on authorized devices" (SCuBA); set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.DRIVEDOCS.5.1v1'],
    cis: ['3.1.2.2.2'],
    docs: ['https://support.google.com/a/answer/7491144', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const fields = ['allowDriveForDesktop', 'restrictToAuthorizedDevices'];
    const authorisedOnly = judgeSetting(policies, {
      spec: SETTINGS.driveForDesktop,
      fields,
      weak: (v) => {
        if (v.allowDriveForDesktop === false) return null;
        if (v.allowDriveForDesktop === undefined) return 'Drive for desktop not shown as off or restricted (no policy returned)';
        return v.restrictToAuthorizedDevices === true ? null : 'Drive for desktop runs on any device';
      },
      passSummary: 'Drive for desktop is off or limited to authorised devices',
      failWhat: 'allow Drive for desktop on any device',
    });
    const off = judgeSetting(policies, {
      spec: SETTINGS.driveForDesktop,
      fields: ['allowDriveForDesktop'],
      weak: (v) => (v.allowDriveForDesktop === false ? null : v.allowDriveForDesktop === undefined ? 'Drive for desktop not shown as off (no policy returned)' : 'Drive for desktop is allowed'),
      passSummary: 'Drive for desktop is off',
      failWhat: 'allow Drive for desktop',
    });
    return verdictPerControl({ 'GWS.DRIVEDOCS.5.1v1': authorisedOnly, '3.1.2.2.2': off }, ctx.settings.profile);
  },
});
