import check from '../../../checks/salesforce/sf-session-locked-to-domain.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when sessions are locked to their domain', expect: 'pass' },
  { name: 'fails when they are not', patch: (o) => { o.securitySettings.sessionSettings.lockSessionsToDomain = false; }, expect: 'fail', evidence: ['Lock sessions to the domain in which they were first used'] },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
