import check from '../../../checks/salesforce/sf-session-timeout-short.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes at two hours', expect: 'pass' },
  { name: 'passes at fifteen minutes', patch: (o) => { o.securitySettings.sessionSettings.sessionTimeout = 'FifteenMinutes'; }, expect: 'pass' },
  { name: 'fails at twelve hours', patch: (o) => { o.securitySettings.sessionSettings.sessionTimeout = 'TwelveHours'; }, expect: 'fail', evidence: ['Session Settings: Timeout Value'] },
  { name: 'fails on an unknown value rather than guessing', patch: (o) => { o.securitySettings.sessionSettings.sessionTimeout = null; }, expect: 'fail' },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
