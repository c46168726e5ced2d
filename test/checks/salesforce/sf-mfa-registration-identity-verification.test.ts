import check from '../../../checks/salesforce/sf-mfa-registration-identity-verification.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when verification is required', expect: 'pass' },
  { name: 'fails when it is off', patch: (o) => { o.securitySettings.sessionSettings.identityConfirmationOnTwoFactorRegistrationEnabled = false; }, expect: 'fail', evidence: ['Require identity verification during MFA registration'] },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
