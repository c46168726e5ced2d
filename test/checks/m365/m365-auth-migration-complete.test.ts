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
    name: 'passes when the state is null: a tenant created without legacy MFA and SSPR policies has nothing to migrate (ScubaGear counts it as migrated)',
    patch: (t) => {
      t.authenticationMethodsPolicy.policyMigrationState = null;
    },
    expect: 'pass',
    summary: /no legacy/,
  },
  {
    name: 'fails before the migration has started',
    patch: (t) => {
      t.authenticationMethodsPolicy.policyMigrationState = 'preMigration';
    },
    expect: 'fail',
    summary: /preMigration/,
  },
  { name: 'is not assessed when the policy cannot be read', unreadable: { authenticationMethodsPolicy: true }, expect: 'not_assessed' },
]);
