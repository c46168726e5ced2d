import check from '../../../checks/m365/m365-app-users-cannot-register-apps.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when users cannot register apps', expect: 'pass' },
  {
    name: 'fails when users can register apps',
    patch: (t) => {
      t.authorizationPolicy.defaultUserRolePermissions.allowedToCreateApps = true;
    },
    expect: 'fail',
    evidence: ['Users can register applications'],
  },
  { name: 'is not assessed when the authorization policy cannot be read', unreadable: { authorizationPolicy: true }, expect: 'not_assessed' },
]);
