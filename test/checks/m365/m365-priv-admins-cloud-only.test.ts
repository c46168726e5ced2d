import check from '../../../checks/m365/m365-priv-admins-cloud-only.js';
import { checkTable } from '../../support/check-table.js';
import { addPimGroup, compliantTenant, PIM_ELIGIBLE_USER, ROLE } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no admin is synced from on-premises', expect: 'pass' },
  {
    name: 'fails for a synced Global Administrator',
    patch: (t) => {
      t.roleAssignments.find((a) => a.id === 'ra-2')!.principal!.onPremisesSyncEnabled = true;
    },
    expect: 'fail',
    evidence: ['alex.admin@contoso.example'],
    notEvidence: ['adele.admin@contoso.example'],
    controls: { 'MS.AAD.7.3v1': 'fail', '1.1.1': 'fail' },
  },
  {
    name: 'fails MS.AAD.7.3 but not CIS 1.1.1 for a federated Global Administrator (onPremisesImmutableId set, not synced: the SCuBA instructions read OnPremisesImmutableId)',
    patch: (t) => {
      t.roleAssignments.find((a) => a.id === 'ra-2')!.principal!.onPremisesImmutableId = 'YWxleEBpZHAuZXhhbXBsZQ==';
    },
    expect: 'fail',
    evidence: ['alex.admin@contoso.example'],
    controls: { 'MS.AAD.7.3v1': 'fail', '1.1.1': 'pass' },
  },
  {
    name: 'judges a synced Helpdesk Administrator under CIS 1.1.1 only (not one of SCuBA\'s highly privileged roles)',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-hd', roleDefinitionId: ROLE.helpdeskAdministrator, roleName: 'Helpdesk Administrator', directoryScopeId: '/', principalId: 'u-hd', assignment: 'active', principal: { id: 'u-hd', type: 'user', displayName: 'Hal Desk', userPrincipalName: 'hal.desk@contoso.example', onPremisesSyncEnabled: true } });
    },
    expect: 'fail',
    evidence: ['hal.desk@contoso.example'],
    controls: { 'MS.AAD.7.3v1': 'pass', '1.1.1': 'fail' },
  },
  {
    name: 'fails for a synced user eligible for Global Administrator through PIM for Groups (MS.AAD.7.3 instructions include PIM for Groups eligible members)',
    patch: (t) => {
      addPimGroup(t, { eligible: [{ ...PIM_ELIGIBLE_USER, onPremisesSyncEnabled: true }] });
    },
    expect: 'fail',
    evidence: ['pat.eligible@contoso.example'],
    controls: { 'MS.AAD.7.3v1': 'fail', '1.1.1': 'fail' },
  },
  {
    name: 'fails for a synced user eligible for Exchange Administrator',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-x', roleDefinitionId: ROLE.exchangeAdministrator, roleName: 'Exchange Administrator', directoryScopeId: '/', principalId: 'u-ex', assignment: 'eligible', principal: { id: 'u-ex', type: 'user', displayName: 'Ed', userPrincipalName: 'ed@contoso.example', accountEnabled: true, onPremisesSyncEnabled: true } });
    },
    expect: 'fail',
    evidence: ['ed@contoso.example'],
  },
  {
    name: 'ignores synced users in non-administrator roles',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-r', roleDefinitionId: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', roleName: 'Directory Readers', directoryScopeId: '/', principalId: 'u-r', assignment: 'active', principal: { id: 'u-r', type: 'user', displayName: 'R', userPrincipalName: 'r@contoso.example', onPremisesSyncEnabled: true } });
    },
    expect: 'pass',
  },
  {
    name: 'reports an unresolved role holder without crashing',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-u', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'gdap-group', assignment: 'active', principal: { id: 'gdap-group', type: 'unknown', displayName: '' } });
    },
    expect: 'pass',
    evidence: ['gdap-group'],
    summary: /could not be resolved/,
  },
  {
    name: 'fails for a synced member of a role-assignable group holding Global Administrator, naming user and group',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'grp-t0', assignment: 'active', principal: { id: 'grp-t0', type: 'group', displayName: 'Tier 0 admins', members: [{ id: 'u-sync', type: 'user', displayName: 'Sam', userPrincipalName: 'sam@contoso.example', onPremisesSyncEnabled: true }, { id: 'u-cloud', type: 'user', displayName: 'Cat', userPrincipalName: 'cat@contoso.example', onPremisesSyncEnabled: null }] } });
    },
    expect: 'fail',
    evidence: ['sam@contoso.example'],
    notEvidence: ['cat@contoso.example'],
  },
  {
    name: 'passes when every member of a role-holding group is cloud-only',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'grp-t0', assignment: 'active', principal: { id: 'grp-t0', type: 'group', displayName: 'Tier 0 admins', members: [{ id: 'u-cloud', type: 'user', displayName: 'Cat', userPrincipalName: 'cat@contoso.example', onPremisesSyncEnabled: false }] } });
    },
    expect: 'pass',
  },
  {
    name: 'is not assessed (never pass) when a role-holding group could not be expanded',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-grp', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'grp-t0', assignment: 'active', principal: { id: 'grp-t0', type: 'group', displayName: 'Tier 0 admins', members: null } });
    },
    expect: 'not_assessed',
    evidence: ['Tier 0 admins'],
    summary: /could not be expanded/,
  },
  { name: 'is not assessed when role assignments cannot be read', unreadable: { roleAssignments: true }, expect: 'not_assessed' },
]);
