import { describe, expect, it } from 'vitest';
import check from '../../../checks/m365/m365-priv-activation-requires-mfa-and-short-duration.js';
import type { M365Shapes, RoleManagementPolicy } from '../../../src/snapshot/m365.js';
import { durationHours } from '../../../src/rules/m365/privileged-roles.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, ROLE } from './compliant-tenant.js';

const policyOf = (t: M365Shapes, roleId: string): RoleManagementPolicy => t.roleManagementPolicies.find((p) => p.roleDefinitionId === roleId)!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with MFA and 8-hour activations', expect: 'pass' },
  {
    name: 'fails when Global Administrator activates without MFA',
    patch: (t) => {
      policyOf(t, ROLE.globalAdministrator).activation.enabledRules = ['Justification'];
    },
    expect: 'fail',
    evidence: ['Global Administrator'],
    notEvidence: ['Privileged Role Administrator'],
  },
  {
    name: 'an authentication context instead of MFA is enough',
    patch: (t) => {
      const policy = policyOf(t, ROLE.globalAdministrator);
      policy.activation.enabledRules = ['Justification'];
      policy.activation.authenticationContext = { isEnabled: true, claimValue: 'c1' };
    },
    expect: 'pass',
  },
  {
    name: 'fails when an activation may last a day',
    patch: (t) => {
      policyOf(t, ROLE.exchangeAdministrator).activation.maximumDuration = 'P1D';
    },
    expect: 'fail',
    evidence: ['Exchange Administrator'],
    summary: /more than 8 hours/,
  },
  {
    name: 'fails on 8 hours and 30 minutes',
    patch: (t) => {
      policyOf(t, ROLE.privilegedRoleAdministrator).activation.maximumDuration = 'PT8H30M';
    },
    expect: 'fail',
  },
  {
    name: 'passes on a shorter window (PT1H30M)',
    patch: (t) => {
      policyOf(t, ROLE.globalAdministrator).activation.maximumDuration = 'PT1H30M';
    },
    expect: 'pass',
  },
  {
    name: 'is not assessed on a duration it does not understand',
    patch: (t) => {
      policyOf(t, ROLE.globalAdministrator).activation.maximumDuration = 'P1M';
    },
    expect: 'not_assessed',
    evidence: ['Global Administrator'],
  },
  {
    name: 'is not assessed when the PIM policies cannot be read',
    unreadable: { roleManagementPolicies: { permission: 'RoleManagementPolicy.Read.Directory' } },
    expect: 'not_assessed',
  },
  {
    name: 'is not applicable without Entra ID P2',
    unreadable: { roleManagementPolicies: { code: 'licence', featureUnlicensed: true, licence: 'Microsoft Entra ID P2' } },
    expect: 'not_applicable',
  },
]);

describe('durationHours (PIM maximumDuration)', () => {
  it.each([
    ['PT8H', 8],
    ['PT30M', 0.5],
    ['P1D', 24],
    ['PT1H30M', 1.5],
    ['P1DT2H', 26],
    ['pt8h', 8],
  ])('%s is %d hours', (iso, hours) => expect(durationHours(iso)).toBe(hours));
  it.each(['P', 'PT', 'P1M', 'P1Y', '8 hours', ''])('%j is not understood', (iso) => expect(durationHours(iso)).toBeNull());
});
