import check from '../../../checks/salesforce/sf-session-untrusted-redirects-warned.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

const SETTING = 'Allow redirections to untrusted external URLs without warning';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when users are warned', expect: 'pass', controls: { [SETTING]: 'pass' } },
  { name: 'passes when redirects are blocked instead of warned', patch: (o) => { o.securitySettings.sessionSettings.redirectionWarning = false; o.securitySettings.sessionSettings.redirectBlockModeEnabled = true; }, expect: 'pass', summary: 'blocked' },
  { name: 'fails when neither warning nor blocking is on', patch: (o) => { o.securitySettings.sessionSettings.redirectionWarning = false; }, expect: 'fail', evidence: [SETTING], controls: { [SETTING]: 'fail' } },
  { name: 'fails when warning is off and block mode is left out', patch: (o) => { o.securitySettings.sessionSettings.redirectionWarning = false; o.securitySettings.sessionSettings.redirectBlockModeEnabled = null; }, expect: 'fail' },
  { name: 'is not assessed when SecuritySettings returns neither field', patch: (o) => { o.securitySettings.sessionSettings.redirectionWarning = null; o.securitySettings.sessionSettings.redirectBlockModeEnabled = null; }, expect: 'not_assessed' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
