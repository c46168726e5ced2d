import check from '../../../checks/m365/m365-priv-no-permanent-active-assignments.js';
import type { M365Shapes, RoleAssignmentScheduleInstance } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { addPimGroup, BREAK_GLASS_ID, BREAK_GLASS_UPN, compliantTenant, PIM_GROUP_ID, ROLE } from './compliant-tenant.js';

const P2_LICENCE_ERROR = { code: 'licence', featureUnlicensed: true, licence: 'Microsoft Entra ID P2', message: 'AadPremiumLicenseRequired' } as const;

/** Makes Alex's time-bound Global Administrator assignment permanent. */
function alexPermanent(t: M365Shapes): void {
  const row = t.roleAssignmentSchedules.find((r) => r.principalId === 'u-admin-2')!;
  row.endDateTime = null;
}

function schedule(overrides: Partial<RoleAssignmentScheduleInstance> & { principalId: string }): RoleAssignmentScheduleInstance {
  return { id: `rasi-${overrides.principalId}`, roleDefinitionId: ROLE.globalAdministrator, directoryScopeId: '/', assignmentType: 'Assigned', memberType: 'Direct', startDateTime: null, endDateTime: null, ...overrides };
}

checkTable(check, 'm365', compliantTenant, [
  {
    name: 'passes when only the break-glass account and a service principal hold a role permanently',
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN] },
    expect: 'pass',
    evidence: [BREAK_GLASS_UPN, 'Contoso automation'],
    notEvidence: ['alex.admin@contoso.example', 'adele.admin@contoso.example'],
  },
  {
    name: 'fails on a permanent active Global Administrator, naming the user and the role',
    patch: alexPermanent,
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN] },
    expect: 'fail',
    evidence: ['alex.admin@contoso.example'],
    notEvidence: ['adele.admin@contoso.example'],
    summary: /^1 permanent active assignment/,
  },
  {
    name: 'the break-glass account is exempt only when configured (research PRIV-03: false fail without it, Maester #2103)',
    settings: { breakGlassAccounts: [] },
    patch: (t) => {
      // Without configuration the snapshot resolved no emergency-access account.
      t.breakGlassAccounts = [];
    },
    expect: 'fail',
    evidence: [BREAK_GLASS_UPN],
  },
  {
    name: 'exempts a break-glass account configured by object id',
    patch: (t) => {
      t.breakGlassAccounts = [];
    },
    settings: { breakGlassAccounts: [BREAK_GLASS_ID] },
    expect: 'pass',
  },
  {
    name: 'an activated (PIM) assignment is not permanent',
    patch: (t) => {
      t.roleAssignmentSchedules = t.roleAssignmentSchedules.filter((r) => r.principalId !== 'u-admin-2');
      t.roleAssignmentSchedules.push(schedule({ principalId: 'u-admin-2', assignmentType: 'Activated', startDateTime: '2026-10-31T22:00:00Z', endDateTime: '2026-11-01T06:00:00Z' }));
    },
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN] },
    expect: 'pass',
    notEvidence: ['alex.admin@contoso.example'],
  },
  {
    name: 'a PIM-eligible holder (in roleAssignments, absent from the active schedules) is not counted as permanent',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-elig', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'u-member-1', assignment: 'eligible', principal: { id: 'u-member-1', type: 'user', displayName: 'Megan Member', userPrincipalName: 'megan@contoso.example' } });
    },
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN] },
    expect: 'pass',
    notEvidence: ['megan@contoso.example'],
  },
  {
    name: 'ignores permanent assignments of roles outside the highly privileged set',
    patch: (t) => {
      t.roleAssignmentSchedules.push(schedule({ principalId: 'u-member-1', roleDefinitionId: ROLE.helpdeskAdministrator }));
    },
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN] },
    expect: 'pass',
  },
  {
    name: 'fails on a role-assignable group holding Privileged Role Administrator permanently',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.privilegedRoleAdministrator, roleName: 'Privileged Role Administrator', directoryScopeId: '/', principalId: 'grp-tier0', assignment: 'active', principal: { id: 'grp-tier0', type: 'group', displayName: 'Tier 0 admins', members: [] } });
      t.roleAssignmentSchedules.push(schedule({ principalId: 'grp-tier0', roleDefinitionId: ROLE.privilegedRoleAdministrator }));
    },
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN] },
    expect: 'fail',
    evidence: ['Tier 0 admins'],
  },
  {
    name: 'accepts a PIM for Groups group holding Global Administrator permanently (MS.AAD.7.4 exception: activation is handled by PIM for Groups)',
    patch: (t) => {
      addPimGroup(t);
      t.roleAssignmentSchedules.push(schedule({ principalId: PIM_GROUP_ID, roleDefinitionId: ROLE.globalAdministrator }));
    },
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN] },
    expect: 'pass',
    evidence: ['PIM Global Administrators'],
  },
  {
    name: 'still fails a group PIM for Groups lists no eligible member for (nobody activates through PIM)',
    patch: (t) => {
      addPimGroup(t, { eligible: [] });
      t.roleAssignmentSchedules.push(schedule({ principalId: PIM_GROUP_ID, roleDefinitionId: ROLE.globalAdministrator }));
    },
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN] },
    expect: 'fail',
    evidence: ['PIM Global Administrators'],
  },
  {
    name: 'names a principal roleAssignments could not resolve by its id, and still fails',
    patch: (t) => {
      t.roleAssignmentSchedules.push(schedule({ principalId: 'ffffffff-0000-4000-8000-00000000gdap' }));
    },
    settings: { breakGlassAccounts: [BREAK_GLASS_UPN] },
    expect: 'fail',
    evidence: ['Unresolved principal ffffffff-0000-4000-8000-00000000gdap'],
  },
  {
    name: 'is not assessed when the PIM schedules cannot be read (missing permission)',
    unreadable: { roleAssignmentSchedules: { permission: 'RoleAssignmentSchedule.Read.Directory' } },
    expect: 'not_assessed',
    summary: /RoleAssignmentSchedule.Read.Directory/,
  },
  {
    name: 'is not assessed when the role holders cannot be named',
    unreadable: { roleAssignments: { permission: 'RoleManagement.Read.Directory' } },
    expect: 'not_assessed',
  },
  {
    name: 'is not applicable without Entra ID P2 (no PIM)',
    unreadable: { roleAssignmentSchedules: P2_LICENCE_ERROR },
    expect: 'not_applicable',
    summary: /Entra ID P2|AadPremiumLicenseRequired/,
  },
]);
