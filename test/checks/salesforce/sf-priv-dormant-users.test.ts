import check from '../../../checks/salesforce/sf-priv-dormant-users.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when privileged users log in', expect: 'pass' },
  { name: 'fails for an admin who has not logged in for 200 days', patch: (o) => { const u = o.users.find((x) => x.id === '005-admin-2'); if (u) u.lastLoginDate = '2026-04-15T00:00:00Z'; }, expect: 'fail', evidence: ['alan.admin@acme.example'] },
  { name: 'ignores dormant users without privileges', patch: (o) => { const u = o.users.find((x) => x.id === '005-sales-1'); if (u) u.lastLoginDate = null; }, expect: 'pass' },
  { name: 'honours a longer dormancy limit', patch: (o) => { const u = o.users.find((x) => x.id === '005-admin-2'); if (u) u.lastLoginDate = '2026-06-01T00:00:00Z'; }, settings: { dormantDays: 365 }, expect: 'pass' },
  { name: 'is not assessed when users cannot be read', unreadable: { users: true }, expect: 'not_assessed' },
]);
