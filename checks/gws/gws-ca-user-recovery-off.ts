import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-ca-user-recovery-off',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Users and non-super admins cannot recover their own accounts',
  owner: 'Super Admin',
  rationale:
    'Self-recovery lets a user route account recovery through a personal email address or phone number, outside the organisation’s channels; an attacker who controls that address or number can take the account (GWS.COMMONCONTROLS.8.2). CIS 4.1.2.2 asks the opposite (recovery enabled), so this check cites SCuBA only.',
  remediation:
    'Admin console > Security > Authentication > Account recovery > User account recovery: untick "Allow users and non-super admins to recover their account" for the top OU and set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.8.2v1'],
    docs: ['https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.userAccountRecovery,
      fields: ['enableAccountRecovery'],
      weak: (v) => (v.enableAccountRecovery === false ? null : 'user self-recovery allowed'),
      passSummary: 'User self-recovery is off',
      failWhat: 'allow user self-recovery',
    });
  },
});
