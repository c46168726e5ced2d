import check from '../../../checks/salesforce/sf-session-logout-on-timeout.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when forceLogoutOnSessionTimeout is on', expect: 'pass', controls: { 'Force logout on session timeout': 'pass' } },
  { name: 'fails when forceLogoutOnSessionTimeout is off', patch: (o) => { o.securitySettings.sessionSettings.forceLogoutOnSessionTimeout = false; }, expect: 'fail', evidence: ['Force logout on session timeout'], controls: { 'Force logout on session timeout': 'fail' } },
  { name: 'is not assessed when SecuritySettings leaves forceLogoutOnSessionTimeout out', patch: (o) => { o.securitySettings.sessionSettings.forceLogoutOnSessionTimeout = null; }, expect: 'not_assessed', summary: 'forceLogoutOnSessionTimeout' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
