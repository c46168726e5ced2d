import check from '../../../checks/salesforce/sf-mfa-email-change-verified.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when identityConfirmationOnEmailChange is on', expect: 'pass', controls: { 'Require identity verification for change of email address': 'pass' } },
  { name: 'fails when identityConfirmationOnEmailChange is off', patch: (o) => { o.securitySettings.sessionSettings.identityConfirmationOnEmailChange = false; }, expect: 'fail', evidence: ['Require identity verification for change of email address'], controls: { 'Require identity verification for change of email address': 'fail' } },
  { name: 'is not assessed when SecuritySettings leaves identityConfirmationOnEmailChange out', patch: (o) => { o.securitySettings.sessionSettings.identityConfirmationOnEmailChange = null; }, expect: 'not_assessed', summary: 'identityConfirmationOnEmailChange' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
