import check from '../../../checks/m365/m365-priv-global-admin-least-privilege.js';
import { checkTable } from '../../support/check-table.js';
import { addPimGroup, compliantTenant, ROLE } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when as many privileged users hold narrower roles as hold Global Administrator', expect: 'pass', summary: /3 Global Administrators to 3/ },
  {
    name: 'fails when Global Administrators outnumber holders of narrower roles (MS.AAD.7.2)',
    patch: (t) => {
      t.roleAssignments = t.roleAssignments.filter((a) => a.id !== 'ra-e3');
    },
    expect: 'fail',
    evidence: ['adele.admin@contoso.example'],
  },
  {
    name: 'counts a user holding both Global Administrator and a narrower role as a Global Administrator',
    patch: (t) => {
      const exo = t.roleAssignments.find((a) => a.id === 'ra-e1')!;
      t.roleAssignments.push({ ...exo, id: 'ra-e1-ga', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator' });
    },
    expect: 'fail',
    summary: /4 Global Administrators to 2/,
  },
  {
    name: 'counts members of a role-assignable group holding a narrower role',
    patch: (t) => {
      t.roleAssignments = t.roleAssignments.filter((a) => a.id !== 'ra-e3');
      t.roleAssignments.push({ id: 'ra-g1', roleDefinitionId: ROLE.exchangeAdministrator, roleName: 'Exchange Administrator', directoryScopeId: '/', principalId: 'grp-msg', assignment: 'eligible', principal: { id: 'grp-msg', type: 'group', displayName: 'Messaging admins', members: [{ id: 'u-msg-1', type: 'user', displayName: 'Mia', userPrincipalName: 'mia@contoso.example', userType: 'Member' }] } });
    },
    expect: 'pass',
  },
  {
    name: 'is not assessed when a role-holding group could not be expanded',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-g2', roleDefinitionId: ROLE.userAdministrator, roleName: 'User Administrator', directoryScopeId: '/', principalId: 'grp-x', assignment: 'active', principal: { id: 'grp-x', type: 'group', displayName: 'Helpers', members: null } });
    },
    expect: 'not_assessed',
  },
  {
    name: 'counts an eligible PIM for Groups member of a group holding Global Administrator (7.2 instructions count as 7.1 does): 4 to 3 fails',
    patch: (t) => {
      addPimGroup(t);
    },
    expect: 'fail',
    summary: /4 Global Administrators to 3/,
    evidence: ['pat.eligible@contoso.example'],
  },
  {
    name: 'counts an eligible PIM for Groups member of a group holding a narrower role on the other side',
    patch: (t) => {
      addPimGroup(t, { roleId: ROLE.exchangeAdministrator, roleName: 'Exchange Administrator' });
    },
    expect: 'pass',
    summary: /3 Global Administrators to 4/,
  },
  { name: 'is not assessed when role assignments cannot be read', unreadable: { roleAssignments: { permission: 'RoleManagement.Read.Directory' } }, expect: 'not_assessed' },
]);
