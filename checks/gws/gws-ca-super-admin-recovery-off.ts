import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-ca-super-admin-recovery-off',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'high',
  title: 'Super admins cannot recover their own accounts by SMS or recovery email',
  owner: 'Super Admin',
  rationale:
    'Self-service recovery resets a super admin password through a phone number or personal email, channels an attacker can take over (SIM swap, compromised mailbox). Another super admin should reset it instead.',
  remediation:
    'Admin console > Security > Authentication > Account recovery > Super admin account recovery: untick "Allow super admins to recover their account" for the top OU and every listed OU and group.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.8.1v1'],
    cis: ['4.1.2.1'],
    docs: ['https://support.google.com/a/answer/7378726'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.superAdminRecovery,
      fields: ['enableAccountRecovery'],
      weak: (v) => (v.enableAccountRecovery === true ? 'super admin self-recovery is on' : null),
      passSummary: 'Super admin self-recovery is off',
      failWhat: 'allow super admin self-recovery',
    });
  },
});
