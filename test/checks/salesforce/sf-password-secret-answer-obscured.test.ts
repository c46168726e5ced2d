import check from '../../../checks/salesforce/sf-password-secret-answer-obscured.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when obscureSecretAnswer is on', expect: 'pass', controls: { 'Obscure secret answer for password resets': 'pass' } },
  { name: 'fails when obscureSecretAnswer is off', patch: (o) => { o.securitySettings.passwordPolicies.obscureSecretAnswer = false; }, expect: 'fail', evidence: ['Obscure secret answer for password resets'], controls: { 'Obscure secret answer for password resets': 'fail' } },
  { name: 'is not assessed when SecuritySettings leaves obscureSecretAnswer out', patch: (o) => { o.securitySettings.passwordPolicies.obscureSecretAnswer = null; }, expect: 'not_assessed', summary: 'obscureSecretAnswer' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
