import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-mfa-device-trust-disabled',
  provider: 'gws',
  area: 'mfa',
  severity: 'medium',
  title: 'Users cannot skip 2-Step Verification on trusted devices',
  owner: 'Super Admin',
  rationale:
    'A "trusted" device skips the second factor on later sign-ins, so a stolen session device or a shared computer signs in with the password alone. Google allows it by default.',
  remediation:
    'Admin console > Security > Authentication > 2-Step Verification: untick "Allow user to trust the device" for the top OU and set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.1.5v1'],
    docs: ['https://support.google.com/a/answer/9176657'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.twoStepDeviceTrust,
      fields: ['allowTrustingDevice'],
      weak: (v) => (v.allowTrustingDevice === false ? null : 'users may trust devices'),
      passSummary: 'Device trust is off',
      failWhat: 'let users trust devices',
    });
  },
});
