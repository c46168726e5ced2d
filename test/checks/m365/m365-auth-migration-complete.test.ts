import check from '../../../checks/m365/m365-auth-migration-complete.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the migration is complete', expect: 'pass' },
  {
    name: 'fails while the migration is in progress',
    patch: (t) => {
      t.authenticationMethodsPolicy.policyMigrationState = 'migrationInProgress';
    },
    expect: 'fail',
    evidence: ['Authentication methods policy migration'],
    summary: /migrationInProgress/,
  },
  {
    name: 'fails when the state is not reported (pre-migration)',
    patch: (t) => {
      t.authenticationMethodsPolicy.policyMigrationState = null;
    },
    expect: 'fail',
  },
  { name: 'is not assessed when the policy cannot be read', unreadable: { authenticationMethodsPolicy: true }, expect: 'not_assessed' },
]);
