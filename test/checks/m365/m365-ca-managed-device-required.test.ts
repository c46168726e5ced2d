import check from '../../../checks/m365/m365-ca-managed-device-required.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const managed = (t: M365Shapes) => t.conditionalAccessPolicies.find((p) => p.id === 'ca-managed-device')!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an enabled all-users policy requiring a compliant or hybrid-joined device', expect: 'pass', evidence: ['Require a managed device'] },
  {
    name: 'passes when only a compliant device is accepted',
    patch: (t) => {
      managed(t).grantControls!.builtInControls = ['compliantDevice'];
    },
    expect: 'pass',
  },
  {
    name: 'passes when MFA and a compliant device are both required (AND)',
    patch: (t) => {
      managed(t).grantControls = { operator: 'AND', builtInControls: ['mfa', 'compliantDevice'], authenticationStrength: null };
    },
    expect: 'pass',
  },
  {
    name: 'fails when MFA is an alternative to the managed device (OR)',
    patch: (t) => {
      managed(t).grantControls!.builtInControls = ['compliantDevice', 'domainJoinedDevice', 'mfa'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when the policy covers only some apps',
    patch: (t) => {
      managed(t).conditions.applications.includeApplications = ['00000002-0000-0ff1-ce00-000000000000'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when a device filter exempts some devices, naming the policy',
    patch: (t) => {
      managed(t).conditions.devices = { deviceFilter: { mode: 'exclude', rule: 'device.model -eq "Kiosk"' } };
    },
    expect: 'fail',
    evidence: ['Require a managed device'],
  },
  {
    name: 'fails when a group beyond break-glass is excluded',
    patch: (t) => {
      managed(t).conditions.users.excludeGroups = ['grp-contractors'];
    },
    expect: 'fail',
    evidence: ['grp-contractors'],
  },
  {
    name: 'fails when no policy requires a managed device',
    patch: (t) => {
      t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => p.id !== 'ca-managed-device');
    },
    expect: 'fail',
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
  { name: 'is not assessed when break-glass accounts cannot be resolved', unreadable: { breakGlassAccounts: { permission: 'User.Read.All' } }, expect: 'not_assessed', summary: /User.Read.All/ },
]);
