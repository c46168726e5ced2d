import check from '../../../checks/m365/m365-ca-mfa-all-users.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { BREAK_GLASS_ID, compliantTenant, PHISHING_RESISTANT_STRENGTH } from './compliant-tenant.js';

const mfaPolicy = (t: M365Shapes) => t.conditionalAccessPolicies.find((p) => p.id === 'ca-mfa-all')!;

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with an enabled all-users MFA policy excluding only break-glass', expect: 'pass', evidence: ['Require MFA for all users'] },
  {
    name: 'passes with an authentication strength instead of the mfa control',
    patch: (t) => {
      mfaPolicy(t).grantControls = { operator: 'OR', builtInControls: [], authenticationStrength: { id: PHISHING_RESISTANT_STRENGTH } };
    },
    expect: 'pass',
  },
  {
    name: 'passes with a custom strength whose combinations are all multifactor',
    patch: (t) => {
      mfaPolicy(t).grantControls = { operator: 'OR', builtInControls: [], authenticationStrength: { id: 'c0ffee00-0000-4000-8000-000000000001', displayName: 'Push or key', policyType: 'custom', requirementsSatisfied: 'mfa', allowedCombinations: ['password,microsoftAuthenticatorPush', 'fido2', 'temporaryAccessPassOneTime'] } };
    },
    expect: 'pass',
  },
  {
    name: 'fails when the strength allows a password alone (not MFA)',
    patch: (t) => {
      mfaPolicy(t).grantControls = { operator: 'OR', builtInControls: [], authenticationStrength: { id: 'c0ffee00-0000-4000-8000-000000000002', displayName: 'Password or key', policyType: 'custom', requirementsSatisfied: 'none', allowedCombinations: ['password', 'fido2'] } };
    },
    expect: 'fail',
  },
  {
    name: 'fails when the strength allows a single-factor method (SMS sign-in)',
    patch: (t) => {
      mfaPolicy(t).grantControls = { operator: 'OR', builtInControls: [], authenticationStrength: { id: 'c0ffee00-0000-4000-8000-000000000003', displayName: 'SMS sign-in', policyType: 'custom', requirementsSatisfied: 'mfa', allowedCombinations: ['sms', 'password,sms'] } };
    },
    expect: 'fail',
  },
  {
    name: 'passes when break-glass is configured by object id in settings only',
    patch: (t) => {
      t.breakGlassAccounts = [];
    },
    settings: { breakGlassAccounts: [BREAK_GLASS_ID] },
    expect: 'pass',
  },
  {
    name: 'fails when the policy is report-only',
    patch: (t) => {
      mfaPolicy(t).state = 'enabledForReportingButNotEnforced';
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
  },
  {
    name: 'fails when the only MFA policy is scoped to sign-in risk (Maester #2167 false pass)',
    patch: (t) => {
      mfaPolicy(t).conditions.signInRiskLevels = ['high', 'medium'];
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
  },
  {
    name: 'fails when the only MFA policy is scoped to user risk',
    patch: (t) => {
      mfaPolicy(t).conditions.userRiskLevels = ['high'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when a user beyond break-glass is excluded, naming the user',
    patch: (t) => {
      mfaPolicy(t).conditions.users.excludeUsers.push('u-member-1');
    },
    expect: 'fail',
    evidence: ['u-member-1'],
    notEvidence: [BREAK_GLASS_ID],
  },
  {
    name: 'fails when a group is excluded',
    patch: (t) => {
      mfaPolicy(t).conditions.users.excludeGroups = ['grp-vip'];
    },
    expect: 'fail',
    evidence: ['grp-vip'],
  },
  {
    name: 'fails when a role is excluded, naming the role',
    patch: (t) => {
      mfaPolicy(t).conditions.users.excludeRoles = ['29232cdf-9323-42fd-ade2-1d097af3e4de'];
    },
    expect: 'fail',
    evidence: ['Exchange Administrator'],
  },
  {
    name: 'fails when guests are excluded by type',
    patch: (t) => {
      mfaPolicy(t).conditions.users.excludeGuestsOrExternalUsers = { guestOrExternalUserTypes: 'b2bCollaborationGuest' };
    },
    expect: 'fail',
    evidence: ['Guest or external user types'],
  },
  {
    name: 'fails when no break-glass account is configured, so its exclusion is unexplained',
    patch: (t) => {
      t.breakGlassAccounts = [];
    },
    expect: 'fail',
    evidence: [BREAK_GLASS_ID],
  },
  {
    name: 'fails when MFA is one of several OR-ed controls (a compliant device alone lets users in)',
    patch: (t) => {
      mfaPolicy(t).grantControls = { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'], authenticationStrength: null };
    },
    expect: 'fail',
  },
  {
    name: 'passes when MFA and a compliant device are both required (AND)',
    patch: (t) => {
      mfaPolicy(t).grantControls = { operator: 'AND', builtInControls: ['mfa', 'compliantDevice'], authenticationStrength: null };
    },
    expect: 'pass',
  },
  {
    name: 'fails when trusted locations are excluded',
    patch: (t) => {
      mfaPolicy(t).conditions.locations = { includeLocations: ['All'], excludeLocations: ['AllTrusted'] };
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
  },
  {
    name: 'fails when limited to some platforms',
    patch: (t) => {
      mfaPolicy(t).conditions.platforms = { includePlatforms: ['windows'], excludePlatforms: [] };
    },
    expect: 'fail',
  },
  {
    name: 'fails when applications are excluded',
    patch: (t) => {
      mfaPolicy(t).conditions.applications.excludeApplications = ['app-legacy'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when the policy targets only some users',
    patch: (t) => {
      mfaPolicy(t).conditions.users.includeUsers = [];
      mfaPolicy(t).conditions.users.includeGroups = ['grp-pilot'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when the MFA policy fires only for the device code flow (authenticationFlows)',
    patch: (t) => {
      mfaPolicy(t).conditions.authenticationFlows = { transferMethods: 'deviceCodeFlow' };
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
    summary: /without conditions that narrow it/,
  },
  {
    name: 'fails when a device filter narrows the policy',
    patch: (t) => {
      mfaPolicy(t).conditions.devices = { deviceFilter: { mode: 'exclude', rule: 'device.trustType -eq "ServerAD"' } };
    },
    expect: 'fail',
    evidence: ['Require MFA for all users'],
  },
  {
    name: 'fails when the policy applies only at an insider risk level',
    patch: (t) => {
      mfaPolicy(t).conditions.insiderRiskLevels = 'elevated';
    },
    expect: 'fail',
  },
  {
    name: 'fails when the policy covers only browser and modern clients, not all client app types',
    patch: (t) => {
      mfaPolicy(t).conditions.clientAppTypes = ['browser', 'mobileAppsAndDesktopClients'];
    },
    expect: 'fail',
  },
  {
    name: 'fails when an application filter narrows the policy',
    patch: (t) => {
      mfaPolicy(t).conditions.applications.applicationFilter = { mode: 'exclude', rule: 'CustomSecurityAttribute.Engineering_Project -eq "Baker"' };
    },
    expect: 'fail',
  },
  {
    name: 'passes when the conditions Graph returns are set but empty (null device filter, no insider risk, no flows)',
    patch: (t) => {
      const c = mfaPolicy(t).conditions;
      c.devices = null;
      c.insiderRiskLevels = null;
      c.servicePrincipalRiskLevels = [];
      c.clientApplications = null;
      c.applications.includeAuthenticationContextClassReferences = [];
      c.applications.applicationFilter = null;
    },
    expect: 'pass',
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
  { name: 'is not assessed when break-glass accounts cannot be resolved', unreadable: { breakGlassAccounts: { permission: 'User.Read.All' } }, expect: 'not_assessed', summary: /User.Read.All/ },
]);
