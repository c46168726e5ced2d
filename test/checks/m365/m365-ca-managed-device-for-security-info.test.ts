import check from '../../../checks/m365/m365-ca-managed-device-for-security-info.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const base = compliantTenant;
const registration = (t: M365Shapes) => t.conditionalAccessPolicies.find((p) => p.id === 'ca-register-security-info')!;

checkTable(check, 'm365', base, [
  { name: 'passes with an enabled policy requiring a compliant or hybrid-joined device', expect: 'pass', evidence: ['Register security info from a managed device'] },
  {
    name: 'fails when there is no such policy',
    patch: (t) => {
      t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => p.id !== 'ca-register-security-info');
    },
    expect: 'fail',
  },
  {
    name: 'fails when MFA is an OR-ed alternative to the managed device',
    patch: (t) => {
      registration(t).grantControls = { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'], authenticationStrength: null };
    },
    expect: 'fail',
  },
  {
    name: 'fails when trusted locations are exempted (a common setup that SCuBA does not accept)',
    patch: (t) => {
      registration(t).conditions.locations = { includeLocations: ['All'], excludeLocations: ['AllTrusted'] };
    },
    expect: 'fail',
    evidence: ['Register security info from a managed device'],
  },
  {
    name: 'fails when the policy is report-only',
    patch: (t) => {
      registration(t).state = 'enabledForReportingButNotEnforced';
    },
    expect: 'fail',
    evidence: ['Register security info from a managed device'],
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
]);
