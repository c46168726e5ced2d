import check from '../../../checks/m365/m365-ext-guest-invite-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const invites = (value: string) => (t: ReturnType<typeof compliantTenant>) => {
  t.authorizationPolicy.allowInvitesFrom = value;
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when only admins and Guest Inviters can invite', expect: 'pass' },
  { name: 'passes when no one can invite', patch: invites('none'), expect: 'pass' },
  { name: 'fails when all members can invite', patch: invites('adminsGuestInvitersAndAllMembers'), expect: 'fail', evidence: ['allowInvitesFrom'] },
  { name: 'fails when everyone, including guests, can invite', patch: invites('everyone'), expect: 'fail', summary: /including guests/ },
  { name: 'is not assessed when the authorization policy cannot be read', unreadable: { authorizationPolicy: true }, expect: 'not_assessed' },
]);
