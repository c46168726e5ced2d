import check from '../../../checks/salesforce/sf-password-policy-strong.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes for the baseline policy, saying profile-level overrides were not read', expect: 'pass', summary: /Profile-level password policies.*were not read/ },
  { name: 'fails for passwords that never expire', patch: (o) => { o.securitySettings.passwordPolicies.expiration = 'Never'; }, expect: 'fail', evidence: ['User passwords expire in'], controls: { 'User passwords expire in': 'fail', 'Minimum password length': 'pass', 'Enforce password history': 'pass' } },
  { name: 'fails for short passwords and unlimited attempts', patch: (o) => { o.securitySettings.passwordPolicies.minimumPasswordLength = 6; o.securitySettings.passwordPolicies.maxLoginAttempts = 'NoLimit'; }, expect: 'fail', evidence: ['Minimum password length', 'Maximum invalid login attempts'] },
  { name: 'fails when complexity is unrestricted', patch: (o) => { o.securitySettings.passwordPolicies.complexity = 'NoRestriction'; }, expect: 'fail', evidence: ['Password complexity requirement'], controls: { 'Password complexity requirement': 'fail', 'Maximum invalid login attempts': 'pass' } },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
