import check from '../../../checks/salesforce/sf-net-ip-ranges-every-request.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when enforced on every request', expect: 'pass' },
  { name: 'fails when enforced only at login', patch: (o) => { o.securitySettings.sessionSettings.enforceIpRangesEveryRequest = false; }, expect: 'fail', evidence: ['Enforce login IP ranges on every request'] },
  { name: 'is not assessed when settings cannot be read', unreadable: { securitySettings: true }, expect: 'not_assessed' },
]);
