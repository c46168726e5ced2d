import check from '../../../checks/salesforce/sf-session-httponly-cookies.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when HttpOnly is required', expect: 'pass' },
  { name: 'fails when it is not', patch: (o) => { o.securitySettings.sessionSettings.requireHttpOnly = false; }, expect: 'fail', evidence: ['Require HttpOnly attribute'] },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
