import check from '../../../checks/m365/m365-ca-phishing-resistant-all-users.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const allUsers = (t: M365Shapes) => t.conditionalAccessPolicies.find((p) => p.id === 'ca-mfa-all')!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an enabled all-users policy requiring the Phishing-resistant MFA strength', expect: 'pass', evidence: ['Require MFA for all users'] },
  {
    name: 'passes with a custom strength allowing only FIDO2 and Windows Hello for Business',
    patch: (t) => {
      allUsers(t).grantControls!.authenticationStrength = { id: 'c0ffee00-0000-4000-8000-0000000000b1', displayName: 'Keys and Hello', policyType: 'custom', requirementsSatisfied: 'mfa', allowedCombinations: ['fido2', 'windowsHelloForBusiness'] };
    },
    expect: 'pass',
  },
  {
    name: 'fails when the all-users policy asks for ordinary MFA',
    patch: (t) => {
      allUsers(t).grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
    },
    expect: 'fail',
  },
  {
    name: 'fails with the built-in Multifactor authentication strength (password plus push, SMS …)',
    patch: (t) => {
      allUsers(t).grantControls!.authenticationStrength = { id: '00000000-0000-0000-0000-000000000002', displayName: 'Multifactor authentication', policyType: 'builtIn', requirementsSatisfied: 'mfa', allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor', 'deviceBasedPush', 'password,microsoftAuthenticatorPush', 'password,sms'] };
    },
    expect: 'fail',
  },
  {
    name: 'fails when the phishing-resistant policy covers only administrators',
    patch: (t) => {
      t.conditionalAccessPolicies = t.conditionalAccessPolicies.filter((p) => p.id !== 'ca-mfa-all');
    },
    expect: 'fail',
  },
  {
    name: 'fails when the policy fires only for some platforms, naming it',
    patch: (t) => {
      allUsers(t).conditions.platforms = { includePlatforms: ['windows'], excludePlatforms: [] };
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
  },
  {
    name: 'fails when guests are excluded by type',
    patch: (t) => {
      allUsers(t).conditions.users.excludeGuestsOrExternalUsers = { guestOrExternalUserTypes: 'b2bCollaborationGuest' };
    },
    expect: 'fail',
    evidence: ['Guest or external user types'],
  },
  {
    name: 'fails when the policy is report-only',
    patch: (t) => {
      allUsers(t).state = 'enabledForReportingButNotEnforced';
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
]);
