import check from '../../../checks/m365/m365-ca-user-risk-policy.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const userRisk = (t: M365Shapes) => t.conditionalAccessPolicies.find((p) => p.id === 'ca-user-risk')!;
const passwordChange = (t: M365Shapes) => {
  userRisk(t).grantControls = { operator: 'AND', builtInControls: ['mfa', 'passwordChange'], authenticationStrength: null };
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an enabled policy blocking high user risk', expect: 'pass', evidence: ['High user risk: block'] },
  {
    name: 'is not applicable without Entra ID P2',
    patch: (t) => {
      t.licences.entraP2 = false;
    },
    expect: 'not_applicable',
    summary: /P2/,
  },
  {
    name: 'accepts a forced password change under the CIS profile',
    patch: passwordChange,
    settings: { profile: 'cis' },
    expect: 'pass',
  },
  {
    name: 'requires a block under the SCuBA profile',
    patch: passwordChange,
    settings: { profile: 'scuba' },
    expect: 'fail',
  },
  {
    name: 'fails when the policy reacts only to medium risk',
    patch: (t) => {
      userRisk(t).conditions.userRiskLevels = ['medium'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when the policy also requires a sign-in risk (both must hold, so it rarely fires)',
    patch: (t) => {
      userRisk(t).conditions.signInRiskLevels = ['high'];
    },
    expect: 'fail',
    evidence: ['High user risk: block'],
  },
  {
    name: 'fails when the policy is report-only',
    patch: (t) => {
      userRisk(t).state = 'enabledForReportingButNotEnforced';
    },
    expect: 'fail',
    evidence: ['High user risk: block'],
  },
  {
    name: 'judges MFA and a password change by each control: CIS 5.2.2.6 passes, MS.AAD.2.1v1 (blocked) fails',
    patch: passwordChange,
    expect: 'fail',
    controls: { 'MS.AAD.2.1v1': 'fail', '5.2.2.6': 'pass' },
  },
  {
    name: 'keeps MS.AAD.2.1v1 failing on a password change under the CIS profile, and says so',
    patch: passwordChange,
    settings: { profile: 'cis' },
    expect: 'pass',
    controls: { 'MS.AAD.2.1v1': 'fail', '5.2.2.6': 'pass' },
    summary: /does not count: .*MS\.AAD\.2\.1v1/,
  },
  {
    name: 'fails CIS 5.2.2.6 on a password change without MFA, under the CIS profile too',
    patch: (t) => {
      userRisk(t).grantControls = { operator: 'OR', builtInControls: ['passwordChange'], authenticationStrength: null };
    },
    settings: { profile: 'cis' },
    expect: 'fail',
    controls: { 'MS.AAD.2.1v1': 'fail', '5.2.2.6': 'fail' },
  },
  {
    name: 'fails CIS 5.2.2.6 when MFA or a password change is enough (OR): the password change can be skipped',
    patch: (t) => {
      userRisk(t).grantControls = { operator: 'OR', builtInControls: ['mfa', 'passwordChange'], authenticationStrength: null };
    },
    settings: { profile: 'cis' },
    expect: 'fail',
    controls: { '5.2.2.6': 'fail' },
  },
  {
    // A block leaves the risky user no way in at all; counting it keeps one policy able to meet both controls.
    name: 'counts a block as meeting CIS 5.2.2.6 as well as MS.AAD.2.1v1',
    settings: { profile: 'cis' },
    expect: 'pass',
    controls: { 'MS.AAD.2.1v1': 'pass', '5.2.2.6': 'pass' },
  },
  { name: 'is not assessed when licences cannot be read', unreadable: { licences: { permission: 'LicenseAssignment.Read.All' } }, expect: 'not_assessed' },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
]);
