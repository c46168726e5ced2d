import check from '../../../checks/salesforce/sf-session-csp-email-templates.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when enableCSPOnEmail is on', expect: 'pass', controls: { 'Enable Content Security Policy protection for email templates': 'pass' } },
  { name: 'fails when enableCSPOnEmail is off', patch: (o) => { o.securitySettings.sessionSettings.enableCSPOnEmail = false; }, expect: 'fail', evidence: ['Enable Content Security Policy protection for email templates'], controls: { 'Enable Content Security Policy protection for email templates': 'fail' } },
  { name: 'is not assessed when SecuritySettings leaves enableCSPOnEmail out', patch: (o) => { o.securitySettings.sessionSettings.enableCSPOnEmail = null; }, expect: 'not_assessed', summary: 'enableCSPOnEmail' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
