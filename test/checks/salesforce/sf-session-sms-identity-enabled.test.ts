import check from '../../../checks/salesforce/sf-session-sms-identity-enabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when enableSMSIdentity is on', expect: 'pass', controls: { 'Enable the SMS method of device activation': 'pass' } },
  { name: 'fails when enableSMSIdentity is off', patch: (o) => { o.securitySettings.sessionSettings.enableSMSIdentity = false; }, expect: 'fail', evidence: ['Enable the SMS method of device activation'], controls: { 'Enable the SMS method of device activation': 'fail' } },
  { name: 'is not assessed when SecuritySettings leaves enableSMSIdentity out', patch: (o) => { o.securitySettings.sessionSettings.enableSMSIdentity = null; }, expect: 'not_assessed', summary: 'enableSMSIdentity' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
