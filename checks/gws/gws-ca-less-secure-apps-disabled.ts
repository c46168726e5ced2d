import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-ca-less-secure-apps-disabled',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'high',
  title: 'Less secure apps (password-only sign-in) are blocked',
  owner: 'Super Admin',
  rationale:
    'Less secure apps sign in with a bare password over IMAP, POP or SMTP, bypassing 2-Step Verification and every session control.',
  remediation:
    'Admin console > Security > Access and data control > Less secure apps: choose "Disable access to less secure apps" for the top OU and set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.10.5v1'],
    cis: ['4.2.6.1'],
    docs: ['https://support.google.com/a/answer/6260879'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.lessSecureApps,
      fields: ['allowLessSecureApps'],
      weak: (v) => (v.allowLessSecureApps === true ? 'less secure apps are allowed' : null),
      passSummary: 'Less secure apps are blocked',
      failWhat: 'allow less secure apps',
    });
  },
});
