import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-mfa-no-telephony-factors',
  provider: 'gws',
  area: 'mfa',
  severity: 'high',
  title: '2-Step Verification does not allow SMS or voice call codes',
  owner: 'Super Admin',
  rationale:
    'Codes sent by SMS or voice call can be intercepted through SIM swapping and number porting and are easily phished. The "Any except verification codes via text, phone call" method set removes them.',
  remediation:
    'Admin console > Security > Authentication > 2-Step Verification > Methods: choose "Any except verification codes via text, phone call" or "Only security key" for the top OU, and set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.1.3v1'],
    docs: ['https://support.google.com/a/answer/9176657'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.twoStepFactors,
      fields: ['allowedSignInFactorSet'],
      weak: (v) => (v.allowedSignInFactorSet === 'ALL' ? 'allowedSignInFactorSet is ALL (SMS and voice codes allowed)' : null),
      passSummary: 'SMS and voice codes are excluded from 2-Step Verification',
      failWhat: 'allow SMS and voice codes',
    });
  },
});
