import check from '../../../checks/m365/m365-priv-activation-requires-approval.js';
import type { M365Shapes, RoleManagementPolicy } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { addPimGroup, compliantTenant, pimGroupSettings, ROLE } from './compliant-tenant.js';

const policyOf = (t: M365Shapes, roleId: string): RoleManagementPolicy => t.roleManagementPolicies.find((p) => p.roleDefinitionId === roleId)!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when activating GA and PRA needs approval', expect: 'pass', evidence: ['Global Administrator', 'Privileged Role Administrator'] },
  {
    name: 'fails when Global Administrator activates without approval (MS.AAD.7.6v1)',
    patch: (t) => {
      policyOf(t, ROLE.globalAdministrator).activation.approvalRequired = false;
    },
    expect: 'fail',
    evidence: ['Global Administrator'],
    summary: /^Global Administrator can be activated without approval/,
  },
  {
    name: 'fails when Privileged Role Administrator activates without approval (CIS 5.3.5)',
    patch: (t) => {
      policyOf(t, ROLE.privilegedRoleAdministrator).activation.approvalRequired = false;
    },
    expect: 'fail',
    summary: /^Privileged Role Administrator/,
    // Each cited control gets the verdict of the role its text names.
    controls: { 'MS.AAD.7.6v1': 'pass', '5.3.4': 'pass', '5.3.5': 'fail' },
  },
  {
    name: 'fails MS.AAD.7.6 and CIS 5.3.4 but not 5.3.5 when only Global Administrator lacks approval',
    patch: (t) => {
      policyOf(t, ROLE.globalAdministrator).activation.approvalRequired = false;
    },
    expect: 'fail',
    controls: { 'MS.AAD.7.6v1': 'fail', '5.3.4': 'fail', '5.3.5': 'pass' },
  },
  {
    name: 'fails when a PIM for Groups group holding Global Administrator lets members activate without approval (MS.AAD.7.6v1 instructions step 3)',
    patch: (t) => {
      addPimGroup(t, { memberPolicy: pimGroupSettings({ activation: { ...pimGroupSettings().activation, approvalRequired: false } }) });
    },
    expect: 'fail',
    evidence: ['PIM Global Administrators'],
    summary: /group "PIM Global Administrators"/,
    controls: { 'MS.AAD.7.6v1': 'fail', '5.3.5': 'pass' },
  },
  {
    name: 'passes when the PIM for Groups group holding Global Administrator requires approval too',
    patch: (t) => {
      addPimGroup(t);
    },
    expect: 'pass',
    evidence: ['PIM Global Administrators'],
  },
  {
    name: 'is not assessed when a group holding the role has eligible members but Graph returned no member settings',
    patch: (t) => {
      addPimGroup(t, { memberPolicy: null });
    },
    expect: 'not_assessed',
    evidence: ['PIM Global Administrators'],
  },
  {
    name: 'does not judge a group that holds the role outside PIM (no member settings, no eligible members)',
    patch: (t) => {
      addPimGroup(t, { memberPolicy: null, eligible: [] });
    },
    expect: 'pass',
  },
  {
    name: 'does not judge the member settings of a group nobody is eligible for (no activation can happen through it)',
    patch: (t) => {
      addPimGroup(t, { eligible: [], memberPolicy: pimGroupSettings({ activation: { ...pimGroupSettings().activation, approvalRequired: false } }) });
    },
    expect: 'pass',
    notEvidence: ['PIM Global Administrators'],
  },
  {
    name: 'is not assessed when PIM for Groups cannot be read',
    unreadable: { pimGroups: { permission: 'RoleManagementPolicy.Read.AzureADGroup' } },
    expect: 'not_assessed',
    summary: /RoleManagementPolicy.Read.AzureADGroup/,
  },
  {
    name: 'does not judge other roles (approval on, say, Exchange Administrator is not required)',
    patch: (t) => {
      policyOf(t, ROLE.exchangeAdministrator).activation.approvalRequired = false;
    },
    expect: 'pass',
  },
  {
    name: 'approval with no named approvers still counts (default approvers apply)',
    patch: (t) => {
      policyOf(t, ROLE.globalAdministrator).activation.approverCount = 0;
    },
    expect: 'pass',
  },
  {
    name: 'is not assessed when Graph returned no policy for Global Administrator',
    patch: (t) => {
      t.roleManagementPolicies = t.roleManagementPolicies.filter((p) => p.roleDefinitionId !== ROLE.globalAdministrator);
    },
    expect: 'not_assessed',
    evidence: ['Global Administrator'],
  },
  {
    name: 'is not assessed when the policy has no approval rule',
    patch: (t) => {
      policyOf(t, ROLE.globalAdministrator).activation.approvalRequired = null;
    },
    expect: 'not_assessed',
  },
  {
    name: 'is not assessed when the PIM policies cannot be read',
    unreadable: { roleManagementPolicies: { permission: 'RoleManagementPolicy.Read.Directory' } },
    expect: 'not_assessed',
    summary: /RoleManagementPolicy.Read.Directory/,
  },
  {
    name: 'is not applicable without Entra ID P2',
    unreadable: { roleManagementPolicies: { code: 'licence', featureUnlicensed: true, licence: 'Microsoft Entra ID P2' } },
    expect: 'not_applicable',
  },
]);
