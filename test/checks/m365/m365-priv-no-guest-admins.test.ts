import check from '../../../checks/m365/m365-priv-no-guest-admins.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, ROLE } from './compliant-tenant.js';

const GUEST_UPN = 'gary_partner.example#EXT#@contoso.onmicrosoft.com';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no guest holds an admin role', expect: 'pass' },
  {
    name: 'fails when a guest is eligible for Security Administrator',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-g', roleDefinitionId: ROLE.securityAdministrator, roleName: 'Security Administrator', directoryScopeId: '/', principalId: 'u-guest-1', assignment: 'eligible', principal: { id: 'u-guest-1', type: 'user', displayName: 'Gary Guest', userPrincipalName: GUEST_UPN } });
    },
    expect: 'fail',
    evidence: [GUEST_UPN],
    notEvidence: ['adele.admin@contoso.example'],
  },
  {
    name: 'ignores a guest in a non-administrator role',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-g', roleDefinitionId: '95e79109-95c0-4d8e-aee3-d01accf2d47b', roleName: 'Guest Inviter', directoryScopeId: '/', principalId: 'u-guest-1', assignment: 'active', principal: { id: 'u-guest-1', type: 'user', displayName: 'Gary Guest', userPrincipalName: GUEST_UPN } });
    },
    expect: 'pass',
  },
  {
    name: 'names a GDAP partner group or foreign object for review without failing',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-f', roleDefinitionId: ROLE.helpdeskAdministrator, roleName: 'Helpdesk Administrator', directoryScopeId: '/', principalId: 'partner-group', assignment: 'active', principal: null });
    },
    expect: 'pass',
    evidence: ['Unresolved principal partner-group'],
    summary: /GDAP/,
  },
  {
    name: 'fails for a guest identified by userType even without #EXT# in the UPN',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-g', roleDefinitionId: ROLE.userAdministrator, roleName: 'User Administrator', directoryScopeId: '/', principalId: 'u-g2', assignment: 'active', principal: { id: 'u-g2', type: 'user', displayName: 'Gail', userPrincipalName: 'gail@partner.example', userType: 'Guest' } });
    },
    expect: 'fail',
    evidence: ['gail@partner.example'],
  },
  {
    name: 'fails for a guest who holds the role through a group',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.exchangeAdministrator, roleName: 'Exchange Administrator', directoryScopeId: '/', principalId: 'grp-ex', assignment: 'active', principal: { id: 'grp-ex', type: 'group', displayName: 'Exchange admins', members: [{ id: 'u-guest-1', type: 'user', displayName: 'Gary Guest', userPrincipalName: GUEST_UPN, userType: 'Guest' }] } });
    },
    expect: 'fail',
    evidence: [GUEST_UPN],
  },
  {
    name: 'is not assessed when a role-holding group could not be expanded',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.exchangeAdministrator, roleName: 'Exchange Administrator', directoryScopeId: '/', principalId: 'grp-ex', assignment: 'active', principal: { id: 'grp-ex', type: 'group', displayName: 'Exchange admins', members: null } });
    },
    expect: 'not_assessed',
    evidence: ['Exchange admins'],
  },
  { name: 'is not assessed when role assignments cannot be read', unreadable: { roleAssignments: true }, expect: 'not_assessed' },
]);
