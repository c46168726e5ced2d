import check from '../../../checks/salesforce/sf-mfa-direct-logins-verified.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when every direct login was verified', expect: 'pass' },
  { name: 'passes when there were no direct logins', patch: (o) => { o.directLoginVerification.logins = []; }, expect: 'pass' },
  { name: 'fails for a login without verification', patch: (o) => { o.directLoginVerification.logins.push({ loginId: '0Ya-3', userId: '005-admin-2', loginTime: '2026-10-28T09:00:00Z', verified: false }); }, expect: 'fail', evidence: ['alan.admin@acme.example'] },
  { name: 'is not assessed without Manage Users', unreadable: { directLoginVerification: { permission: 'Manage Users' } }, expect: 'not_assessed', summary: /Manage Users/ },
]);
