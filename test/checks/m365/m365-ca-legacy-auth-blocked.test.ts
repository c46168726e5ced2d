import check from '../../../checks/m365/m365-ca-legacy-auth-blocked.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const legacy = (t: M365Shapes) => t.conditionalAccessPolicies.find((p) => p.id === 'ca-block-legacy')!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an enabled policy blocking EAS and other clients for all users', expect: 'pass', evidence: ['Block legacy authentication'] },
  {
    name: 'fails when the block policy is report-only',
    patch: (t) => {
      legacy(t).state = 'enabledForReportingButNotEnforced';
    },
    expect: 'fail',
    evidence: ['Block legacy authentication'],
  },
  {
    name: 'fails when only Exchange ActiveSync is blocked',
    patch: (t) => {
      legacy(t).conditions.clientAppTypes = ['exchangeActiveSync'];
    },
    expect: 'fail',
    evidence: ['Block legacy authentication'],
  },
  {
    name: 'fails when a service account is excluded',
    patch: (t) => {
      legacy(t).conditions.users.excludeUsers.push('u-scanner');
    },
    expect: 'fail',
    evidence: ['u-scanner'],
  },
  {
    name: 'fails when there is no block policy at all',
    patch: (t) => {
      t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => p.id !== 'ca-block-legacy');
    },
    expect: 'fail',
    evidence: ['Conditional Access'],
  },
  {
    name: 'does not count a policy that requires MFA for legacy clients (they cannot do MFA, but it is not a block)',
    patch: (t) => {
      legacy(t).grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
    },
    expect: 'fail',
  },
  {
    name: 'fails when the block applies only at an insider risk level',
    patch: (t) => {
      t.conditionalAccessPolicies.find((p) => p.id === 'ca-block-legacy')!.conditions.insiderRiskLevels = 'moderate,elevated';
    },
    expect: 'fail',
    evidence: ['Block legacy authentication'],
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
]);
