import check from '../../../checks/salesforce/sf-session-admin-login-as-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when login-as needs the user and relogin is forced', expect: 'pass' },
  { name: 'fails when administrators can log in as any user', patch: (o) => { o.securitySettings.enableAdminLoginAsAnyUser = true; }, expect: 'fail', evidence: ['Administrators Can Log In as Any User'], notEvidence: ['Force relogin after Login-As-User'], controls: { 'Administrators Can Log In as Any User': 'fail', 'Force relogin after Login-As-User': 'pass' } },
  { name: 'fails when relogin is not forced', patch: (o) => { o.securitySettings.sessionSettings.forceRelogin = false; }, expect: 'fail', evidence: ['Force relogin after Login-As-User'], controls: { 'Administrators Can Log In as Any User': 'pass', 'Force relogin after Login-As-User': 'fail' } },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
