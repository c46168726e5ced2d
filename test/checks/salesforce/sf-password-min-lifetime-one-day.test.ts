import check from '../../../checks/salesforce/sf-password-min-lifetime-one-day.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when minimumPasswordLifetime is on', expect: 'pass', controls: { 'Require a minimum 1-day password lifetime': 'pass' } },
  { name: 'fails when minimumPasswordLifetime is off', patch: (o) => { o.securitySettings.passwordPolicies.minimumPasswordLifetime = false; }, expect: 'fail', evidence: ['Require a minimum 1-day password lifetime'], controls: { 'Require a minimum 1-day password lifetime': 'fail' } },
  { name: 'is not assessed when SecuritySettings leaves minimumPasswordLifetime out', patch: (o) => { o.securitySettings.passwordPolicies.minimumPasswordLifetime = null; }, expect: 'not_assessed', summary: 'minimumPasswordLifetime' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
