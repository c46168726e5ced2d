import check from '../../../checks/m365/m365-auth-baseline-protection.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an enabled policy requiring MFA for all users on all resources', expect: 'pass', evidence: ['Require MFA for all users'] },
  {
    name: 'passes with security defaults and no Conditional Access',
    patch: (t) => {
      t.securityDefaults.isEnabled = true;
      t.conditionalAccessPolicies = [];
    },
    expect: 'pass',
    summary: /Security defaults are enabled/,
  },
  {
    name: 'passes but notes when both are on',
    patch: (t) => {
      t.securityDefaults.isEnabled = true;
    },
    expect: 'pass',
    summary: /review which/,
  },
  {
    name: 'fails when neither security defaults nor any policy is on',
    patch: (t) => {
      t.conditionalAccessPolicies = [];
    },
    expect: 'fail',
    evidence: ['Security defaults'],
  },
  {
    name: 'fails when the only enforced policy blocks one app for one user (not a baseline)',
    patch: (t) => {
      t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => p.id === 'ca-block-legacy');
      const p = t.conditionalAccessPolicies[0]!;
      p.conditions.users.includeUsers = ['u-member-1'];
      p.conditions.applications.includeApplications = ['app-portal'];
      p.conditions.clientAppTypes = ['all'];
    },
    expect: 'fail',
    summary: /none of the 1 enabled/,
  },
  {
    name: 'fails when the enforced policies only block legacy authentication and risky sign-ins',
    patch: (t) => {
      t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => ['ca-block-legacy', 'ca-signin-risk', 'ca-user-risk'].includes(p.id));
    },
    expect: 'fail',
  },
  {
    name: 'fails when the all-users MFA policy applies only on some platforms, naming it',
    patch: (t) => {
      t.conditionalAccessPolicies.find((p) => p.id === 'ca-mfa-all')!.conditions.platforms = { includePlatforms: ['android', 'iOS'], excludePlatforms: [] };
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
  },
  {
    name: 'fails when every policy is report-only (report-only protects nothing)',
    patch: (t) => {
      for (const p of t.conditionalAccessPolicies) p.state = 'enabledForReportingButNotEnforced';
    },
    expect: 'fail',
    summary: /8 exist in report-only or disabled state/,
  },
  { name: 'is not assessed when security defaults cannot be read', unreadable: { securityDefaults: true }, expect: 'not_assessed' },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
]);

checkTable(check, 'm365', compliantTenant, [
  {
    name: 'without Entra ID P1, passes on security defaults alone',
    patch: (t) => {
      t.securityDefaults.isEnabled = true;
    },
    unreadable: { conditionalAccessPolicies: { code: 'licence', message: 'no P1', licence: 'Microsoft Entra ID P1', featureUnlicensed: true } },
    expect: 'pass',
  },
  {
    name: 'without Entra ID P1 and with security defaults off, fails (a small tenant with no protection at all)',
    unreadable: { conditionalAccessPolicies: { code: 'licence', message: 'no P1', licence: 'Microsoft Entra ID P1', featureUnlicensed: true } },
    expect: 'fail',
  },
]);
