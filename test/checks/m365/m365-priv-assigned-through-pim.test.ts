import check from '../../../checks/m365/m365-priv-assigned-through-pim.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, ROLE } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when only a service principal assignment lacks a PIM start date, listing it', expect: 'pass', evidence: ['Contoso automation'] },
  {
    name: 'fails for a configured break-glass account assigned outside PIM: MS.AAD.7.5 names no exceptions (7.4 does), and ScubaGear fails any assignment without a start date',
    patch: (t) => {
      t.roleAssignmentSchedules.find((s) => s.id === 'rasi-3')!.startDateTime = null;
    },
    settings: { breakGlassAccounts: ['breakglass@contoso.example'] },
    expect: 'fail',
    evidence: ['breakglass@contoso.example'],
  },
  {
    name: 'fails for an admin assigned Global Administrator outside PIM (no start date, MS.AAD.7.5)',
    patch: (t) => {
      t.roleAssignmentSchedules.find((s) => s.id === 'rasi-2')!.startDateTime = null;
    },
    expect: 'fail',
    evidence: ['alex.admin@contoso.example'],
  },
  {
    name: 'fails for a role-assignable group given a role outside PIM',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-5', roleDefinitionId: ROLE.privilegedRoleAdministrator, roleName: 'Privileged Role Administrator', directoryScopeId: '/', principalId: 'grp-tier0', assignment: 'active', principal: { id: 'grp-tier0', type: 'group', displayName: 'Tier 0 admins', members: [] } });
      t.roleAssignmentSchedules.push({ id: 'rasi-5', principalId: 'grp-tier0', roleDefinitionId: ROLE.privilegedRoleAdministrator, directoryScopeId: '/', assignmentType: 'Assigned', memberType: 'Direct', startDateTime: null, endDateTime: null });
    },
    expect: 'fail',
    evidence: ['Tier 0 admins'],
  },
  {
    name: 'ignores roles that are not highly privileged',
    patch: (t) => {
      t.roleAssignmentSchedules.push({ id: 'rasi-6', principalId: 'u-member-1', roleDefinitionId: ROLE.billingAdministrator, directoryScopeId: '/', assignmentType: 'Assigned', memberType: 'Direct', startDateTime: null, endDateTime: null });
    },
    expect: 'pass',
  },
  { name: 'is not applicable without Entra ID P2 (no PIM)', unreadable: { roleAssignmentSchedules: { code: 'licence', message: 'no P2', licence: 'Microsoft Entra ID P2', featureUnlicensed: true } }, expect: 'not_applicable' },
  { name: 'is not assessed when the PIM schedules cannot be read', unreadable: { roleAssignmentSchedules: { permission: 'RoleAssignmentSchedule.Read.Directory' } }, expect: 'not_assessed' },
  { name: 'is not assessed when role assignments cannot be read', unreadable: { roleAssignments: { permission: 'RoleManagement.Read.Directory' } }, expect: 'not_assessed' },
]);
