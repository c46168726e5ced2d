import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-ca-login-challenges',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'low',
  title: 'Suspicious sign-ins are challenged with the employee ID',
  owner: 'Super Admin',
  rationale:
    'When Google flags a sign-in as suspicious and the user has no second factor, an employee ID challenge is a factor an attacker holding only the password is unlikely to know.',
  remediation:
    'Admin console > Security > Authentication > Login challenges: tick "Use employee ID to keep my users more secure" for the top OU (users need an Employee ID in their profile) and set every listed OU and group to Inherit.',
  references: {
    cis: ['4.1.4.1'],
    docs: ['https://support.google.com/a/answer/6002699'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.loginChallenges,
      fields: ['enableEmployeeIdChallenge'],
      weak: (v) => (v.enableEmployeeIdChallenge === true ? null : 'employee ID challenge is off'),
      passSummary: 'The employee ID login challenge is on',
      failWhat: 'do not use the employee ID challenge',
    });
  },
});
