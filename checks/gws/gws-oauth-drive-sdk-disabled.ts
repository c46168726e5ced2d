import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-oauth-drive-sdk-disabled',
  provider: 'gws',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'The Drive SDK API is off for users',
  owner: 'Super Admin',
  rationale:
    'The Drive SDK lets apps users connect read and write their Drive files through the API, an exfiltration path that sharing settings do not cover. Google turns it on by default.',
  remediation:
    'Admin console > Apps > Google Workspace > Drive and Docs > Features and Applications: untick "Allow users to access Google Drive with the Drive SDK API" for the top OU, and set every listed OU and group to Inherit (turn it on only for OUs with a reviewed need).',
  references: {
    scuba: ['GWS.DRIVEDOCS.4.1v1'],
    docs: ['https://support.google.com/a/answer/6105699'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.driveSdk,
      fields: ['enableDriveSdkApiAccess'],
      weak: (v) => (v.enableDriveSdkApiAccess === false ? null : 'Drive SDK access is on'),
      passSummary: 'Drive SDK access is off',
      failWhat: 'allow Drive SDK access',
    });
  },
});
