import check from '../../../checks/m365/m365-ext-email-verified-join-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when email-verified users cannot join', expect: 'pass' },
  {
    name: 'fails when email-verified users can join',
    patch: (t) => {
      t.authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization = true;
    },
    expect: 'fail',
    evidence: ['allowEmailVerifiedUsersToJoinOrganization'],
  },
  { name: 'is not assessed when the authorization policy cannot be read', unreadable: { authorizationPolicy: true }, expect: 'not_assessed' },
]);
