import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-oauth-unconfigured-apps-blocked',
  provider: 'gws',
  area: 'oauth-grants',
  severity: 'high',
  title: 'Users cannot grant data access to third-party apps an admin has not configured',
  owner: 'Super Admin',
  rationale:
    'Consent phishing works by getting a user to grant a malicious OAuth app access to their mail or files. Blocking unconfigured apps means only apps an admin has reviewed and trusted can receive Google data.',
  remediation:
    'Admin console > Security > Access and data control > API controls > Settings: for Unconfigured third-party apps choose "Don’t allow users to access any third-party apps" (BLOCK_ALL_SCOPES) for the top OU; configure the apps you need as Trusted; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.10.4v1'],
    cis: ['4.2.1.1'],
    docs: ['https://support.google.com/a/answer/7281227'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.unconfiguredApps,
      fields: ['accessLevel'],
      weak: (v) => (v.accessLevel === 'BLOCK_ALL_SCOPES' ? null : `accessLevel is ${String(v.accessLevel)}`),
      passSummary: 'Unconfigured third-party apps are blocked',
      failWhat: 'let users grant access to unconfigured apps',
    });
  },
});
