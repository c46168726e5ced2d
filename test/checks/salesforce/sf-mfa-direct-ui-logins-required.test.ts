import check from '../../../checks/salesforce/sf-mfa-direct-ui-logins-required.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when MFA is required for direct UI logins', expect: 'pass' },
  { name: 'fails when the requirement is off', patch: (o) => { o.securitySettings.sessionSettings.enableMFADirectUILoginOptIn = false; }, expect: 'fail', evidence: ['Require MFA for all direct UI logins'] },
  { name: 'fails when the setting is unset', patch: (o) => { o.securitySettings.sessionSettings.enableMFADirectUILoginOptIn = null; }, expect: 'fail' },
  { name: 'is not assessed when SecuritySettings cannot be read', unreadable: { securitySettings: { permission: 'View Setup and Configuration' } }, expect: 'not_assessed', summary: /View Setup/ },
]);
