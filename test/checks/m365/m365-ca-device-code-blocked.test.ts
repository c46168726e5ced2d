import check from '../../../checks/m365/m365-ca-device-code-blocked.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const deviceCode = (t: M365Shapes) => t.conditionalAccessPolicies.find((p) => p.id === 'ca-device-code')!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an enabled policy blocking the device code flow', expect: 'pass', evidence: ['Block device code flow'] },
  {
    name: 'fails when the policy blocks only authentication transfer',
    patch: (t) => {
      deviceCode(t).conditions.authenticationFlows = { transferMethods: 'authenticationTransfer' };
    },
    expect: 'fail',
  },
  {
    name: 'fails when the policy is disabled',
    patch: (t) => {
      deviceCode(t).state = 'disabled';
    },
    expect: 'fail',
    evidence: ['Block device code flow'],
  },
  {
    name: 'fails when it excludes a group beyond break-glass',
    patch: (t) => {
      deviceCode(t).conditions.users.excludeGroups = ['grp-meeting-rooms'];
    },
    expect: 'fail',
    evidence: ['grp-meeting-rooms'],
  },
  {
    name: 'fails when a device filter exempts some devices from the block',
    patch: (t) => {
      deviceCode(t).conditions.devices = { deviceFilter: { mode: 'exclude', rule: 'device.displayName -startsWith "ROOM-"' } };
    },
    expect: 'fail',
    evidence: ['Block device code flow'],
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
]);
