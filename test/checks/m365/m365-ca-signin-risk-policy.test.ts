import check from '../../../checks/m365/m365-ca-signin-risk-policy.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const signInRisk = (t: M365Shapes) => t.conditionalAccessPolicies.find((p) => p.id === 'ca-signin-risk')!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an enabled policy blocking high and medium sign-in risk', expect: 'pass', evidence: ['High sign-in risk: block'] },
  {
    name: 'is not applicable without Entra ID P2',
    patch: (t) => {
      t.licences.entraP2 = false;
    },
    expect: 'not_applicable',
  },
  {
    name: 'accepts high risk only under the SCuBA profile',
    patch: (t) => {
      signInRisk(t).conditions.signInRiskLevels = ['high'];
    },
    settings: { profile: 'scuba' },
    expect: 'pass',
  },
  {
    name: 'requires medium risk too under the strict profile',
    patch: (t) => {
      signInRisk(t).conditions.signInRiskLevels = ['high'];
    },
    expect: 'fail',
  },
  {
    name: 'accepts MFA instead of a block under the CIS profile',
    patch: (t) => {
      signInRisk(t).grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
    },
    settings: { profile: 'cis' },
    expect: 'pass',
  },
  {
    name: 'does not accept MFA instead of a block under the strict profile',
    patch: (t) => {
      signInRisk(t).grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
    },
    expect: 'fail',
  },
  {
    name: 'fails when a user beyond break-glass is excluded',
    patch: (t) => {
      signInRisk(t).conditions.users.excludeUsers.push('u-traveller');
    },
    expect: 'fail',
    evidence: ['u-traveller'],
  },
  {
    name: 'judges a block of high risk only by each control: MS.AAD.2.3v1 passes, CIS 5.2.2.7 and 5.2.2.8 (medium and high) fail',
    patch: (t) => {
      signInRisk(t).conditions.signInRiskLevels = ['high'];
    },
    expect: 'fail',
    controls: { 'MS.AAD.2.3v1': 'pass', '5.2.2.7': 'fail', '5.2.2.8': 'fail' },
  },
  {
    name: 'judges MFA for medium and high by each control: CIS 5.2.2.7 passes, CIS 5.2.2.8 and MS.AAD.2.3v1 (blocked) fail',
    patch: (t) => {
      signInRisk(t).grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
    },
    settings: { profile: 'cis' },
    expect: 'pass',
    controls: { 'MS.AAD.2.3v1': 'fail', '5.2.2.7': 'pass', '5.2.2.8': 'fail' },
    summary: /does not count: .*CIS 5\.2\.2\.8/,
  },
  {
    // CIS 5.2.2.8 (L2, blocked) builds on 5.2.2.7 (L1, MFA): a tenant meeting L2 must also meet L1.
    name: 'counts a block of medium and high as meeting CIS 5.2.2.7 as well',
    expect: 'pass',
    controls: { 'MS.AAD.2.3v1': 'pass', '5.2.2.7': 'pass', '5.2.2.8': 'pass' },
  },
  {
    name: 'fails CIS 5.2.2.7 when MFA can be bypassed with another grant control (OR)',
    patch: (t) => {
      signInRisk(t).grantControls = { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'], authenticationStrength: null };
    },
    settings: { profile: 'cis' },
    expect: 'fail',
    controls: { '5.2.2.7': 'fail' },
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
]);
