import check from '../../../checks/m365/m365-priv-global-admin-count.js';
import type { M365Shapes, RoleAssignment } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { addPimGroup, compliantTenant, PIM_ELIGIBLE_USER, ROLE } from './compliant-tenant.js';

function globalAdmin(n: number, overrides: Partial<RoleAssignment> = {}): RoleAssignment {
  const id = `u-ga-${n}`;
  return {
    id: `ra-ga-${n}`,
    roleDefinitionId: ROLE.globalAdministrator,
    roleName: 'Global Administrator',
    directoryScopeId: '/',
    principalId: id,
    assignment: 'active',
    principal: { id, type: 'user', displayName: `GA ${n}`, userPrincipalName: `ga${n}@contoso.example`, accountEnabled: true, onPremisesSyncEnabled: null },
    ...overrides,
  };
}
const addAdmins = (count: number) => (t: M365Shapes) => {
  for (let n = 1; n <= count; n++) t.roleAssignments.push(globalAdmin(n));
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with three Global Administrators', expect: 'pass', evidence: ['adele.admin@contoso.example'] },
  { name: 'fails with five under the strict profile (2–4)', patch: addAdmins(2), expect: 'fail', summary: /5 users/ },
  { name: 'passes with five under the SCuBA profile (2–8)', patch: addAdmins(2), settings: { profile: 'scuba' }, expect: 'pass' },
  {
    name: 'judges five against each control: MS.AAD.7.1v1 (two to eight) passes, CIS 1.1.3 (two to four) fails, under the strict profile',
    patch: addAdmins(2),
    expect: 'fail',
    controls: { 'MS.AAD.7.1v1': 'pass', '1.1.3': 'fail' },
  },
  {
    name: 'keeps CIS 1.1.3 failing with five under the SCuBA profile, and says so in the summary',
    patch: addAdmins(2),
    settings: { profile: 'scuba' },
    expect: 'pass',
    controls: { 'MS.AAD.7.1v1': 'pass', '1.1.3': 'fail' },
    summary: /does not count: .*CIS 1\.1\.3/,
  },
  {
    name: 'fails MS.AAD.7.1v1 with nine under the CIS profile too',
    patch: addAdmins(6),
    settings: { profile: 'cis' },
    expect: 'fail',
    controls: { 'MS.AAD.7.1v1': 'fail', '1.1.3': 'fail' },
  },
  {
    name: 'passes both controls with three under every profile',
    settings: { profile: 'cis' },
    expect: 'pass',
    controls: { 'MS.AAD.7.1v1': 'pass', '1.1.3': 'pass' },
  },
  { name: 'honours a configured range', patch: addAdmins(2), settings: { globalAdminRange: { min: 2, max: 5 } }, expect: 'pass', controls: { 'MS.AAD.7.1v1': 'pass', '1.1.3': 'fail' } },
  {
    name: 'counts PIM-eligible holders',
    patch: (t) => {
      t.roleAssignments.push(globalAdmin(1, { assignment: 'eligible' }), globalAdmin(2, { assignment: 'eligible' }));
    },
    expect: 'fail',
    evidence: ['ga1@contoso.example'],
  },
  {
    name: 'counts a user with both an active and an eligible assignment once',
    patch: (t) => {
      t.roleAssignments.push(globalAdmin(1), globalAdmin(1, { id: 'ra-ga-1-eligible', assignment: 'eligible' }));
    },
    expect: 'pass',
    summary: /^4 users/,
  },
  {
    name: 'fails with a single Global Administrator',
    patch: (t) => {
      t.roleAssignments = t.roleAssignments.filter((a) => a.principalId === 'u-admin-1' || a.roleDefinitionId !== ROLE.globalAdministrator);
    },
    expect: 'fail',
    summary: /Only 1 user/,
  },
  {
    name: 'reports a group holding the role instead of silently ignoring it',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'grp-tier0', assignment: 'eligible', principal: { id: 'grp-tier0', type: 'group', displayName: 'Tier 0 admins' } });
    },
    expect: 'not_assessed',
    evidence: ['Tier 0 admins'],
  },
  {
    name: 'reports an unresolved principal (GDAP partner group or foreign object) without crashing',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-foreign', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'ffffffff-0000-4000-8000-00000000gdap', assignment: 'active', principal: null });
    },
    expect: 'not_assessed',
    evidence: ['Unresolved principal ffffffff-0000-4000-8000-00000000gdap'],
  },
  {
    name: 'still fails on too many users even when a group also holds the role',
    patch: (t) => {
      addAdmins(2)(t);
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'grp-tier0', assignment: 'active', principal: { id: 'grp-tier0', type: 'group', displayName: 'Tier 0 admins' } });
    },
    expect: 'fail',
    evidence: ['Tier 0 admins'],
  },
  {
    name: 'counts the members of a role-assignable group (research PRIV-01: transitive members), each user once',
    patch: (t) => {
      const member = (id: string) => ({ id, type: 'user' as const, displayName: id, userPrincipalName: `${id}@contoso.example` });
      // Two new users plus Adele, who also holds the role directly: 3 + 2 = 5 distinct users, over the strict maximum of 4.
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'grp-tier0', assignment: 'eligible', principal: { id: 'grp-tier0', type: 'group', displayName: 'Tier 0 admins', members: [member('gm-1'), member('gm-2'), { ...member('u-admin-1'), userPrincipalName: 'adele.admin@contoso.example' }] } });
    },
    expect: 'fail',
    evidence: ['gm-1@contoso.example', 'gm-2@contoso.example', 'adele.admin@contoso.example'],
    summary: /^5 users/,
  },
  {
    name: 'passes when an expanded group keeps the count within range',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'grp-tier0', assignment: 'active', principal: { id: 'grp-tier0', type: 'group', displayName: 'Tier 0 admins', members: [{ id: 'u-admin-2', type: 'user', displayName: 'Alex Admin', userPrincipalName: 'alex.admin@contoso.example' }] } });
    },
    expect: 'pass',
    summary: /^3 users/,
  },
  {
    name: 'does not count a service principal as a user, but names it',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-sp', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'sp-automation', assignment: 'active', principal: { id: 'sp-automation', type: 'servicePrincipal', displayName: 'Contoso automation', appId: 'app-automation' } });
    },
    expect: 'pass',
    evidence: ['Contoso automation'],
    summary: /^3 users/,
  },
  {
    name: 'counts an eligible member of a PIM for Groups group that holds the role (MS.AAD.7.1v1 instructions: PIM for Groups Eligible assignments)',
    patch: (t) => {
      addPimGroup(t);
      // 3 direct holders + Pat, eligible for the group: 4 is still within the strict 2–4; a fifth tips it over.
      addPimGroup(t, { groupId: 'g-pim-2', eligible: [{ ...PIM_ELIGIBLE_USER, id: 'u-pim-2', userPrincipalName: 'sam.eligible@contoso.example' }] });
    },
    expect: 'fail',
    evidence: ['pat.eligible@contoso.example', 'sam.eligible@contoso.example'],
    summary: /^5 users/,
  },
  {
    name: 'names the PIM for Groups member as eligible through the group',
    patch: (t) => {
      addPimGroup(t);
    },
    expect: 'pass',
    summary: /^4 users/,
    evidence: ['pat.eligible@contoso.example'],
  },
  {
    name: 'counts a user who is both a direct holder and a PIM for Groups member once',
    patch: (t) => {
      addPimGroup(t, { eligible: [{ id: 'u-admin-1', type: 'user', displayName: 'Adele Admin', userPrincipalName: 'adele.admin@contoso.example' }] });
    },
    expect: 'pass',
    summary: /^3 users/,
  },
  {
    name: 'does not count an eligible owner of the group (owners are not members)',
    patch: (t) => {
      addPimGroup(t).eligible[0]!.accessId = 'owner';
    },
    expect: 'pass',
    summary: /^3 users/,
  },
  {
    name: 'ignores PIM for Groups members of a group that holds another role',
    patch: (t) => {
      addPimGroup(t, { roleId: ROLE.exchangeAdministrator, roleName: 'Exchange Administrator' });
    },
    expect: 'pass',
    summary: /^3 users/,
  },
  {
    name: 'is not assessed when a PIM for Groups member is a group whose users are unknown',
    patch: (t) => {
      addPimGroup(t, { eligible: [{ id: 'g-nested', type: 'group', displayName: 'Nested admins', members: null }] });
    },
    expect: 'not_assessed',
    evidence: ['Nested admins'],
  },
  {
    name: 'still judges without Entra ID P2 (no PIM for Groups, nothing hidden there)',
    unreadable: { pimGroups: { code: 'licence', featureUnlicensed: true, licence: 'Microsoft Entra ID P2' } },
    expect: 'pass',
  },
  {
    name: 'is not assessed when PIM for Groups cannot be read for want of a permission',
    unreadable: { pimGroups: { permission: 'PrivilegedEligibilitySchedule.Read.AzureADGroup' } },
    expect: 'not_assessed',
    summary: /PrivilegedEligibilitySchedule.Read.AzureADGroup/,
  },
  { name: 'is not assessed when role assignments cannot be read', unreadable: { roleAssignments: { permission: 'RoleManagement.Read.Directory' } }, expect: 'not_assessed', summary: /RoleManagement.Read.Directory/ },
]);
