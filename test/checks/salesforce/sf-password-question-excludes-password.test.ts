import check from '../../../checks/salesforce/sf-password-question-excludes-password.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when the answer cannot contain the password', expect: 'pass', controls: { 'Password question requirement': 'pass' } },
  { name: 'fails when there is no restriction', patch: (o) => { o.securitySettings.passwordPolicies.questionRestriction = 'None'; }, expect: 'fail', evidence: ['Password question requirement'] },
  { name: 'is not assessed when SecuritySettings leaves the field out', patch: (o) => { o.securitySettings.passwordPolicies.questionRestriction = null; }, expect: 'not_assessed', summary: 'questionRestriction' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
