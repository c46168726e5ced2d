import check from '../../../checks/m365/m365-ca-phishing-resistant-admins.js';
import type { M365Shapes } from '../../../src/snapshot/m365.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, ROLE } from './compliant-tenant.js';

const HYBRID_IDENTITY_ADMINISTRATOR = '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2';
const SCUBA_HIGHLY_PRIVILEGED = [ROLE.globalAdministrator, ROLE.privilegedRoleAdministrator, ROLE.userAdministrator, ROLE.sharePointAdministrator, ROLE.exchangeAdministrator, ROLE.hybridIdentityAdministrator, ROLE.applicationAdministrator, ROLE.cloudApplicationAdministrator];
const adminPolicy = (t: M365Shapes) => t.conditionalAccessPolicies.find((p) => p.id === 'ca-admins-phishing-resistant')!;

/** The shared compliant tenant's admin policy omits Hybrid Identity Administrator, one of SCuBA's highly privileged roles. */
function base(): M365Shapes {
  const t = compliantTenant();
  adminPolicy(t).conditions.users.includeRoles.push(HYBRID_IDENTITY_ADMINISTRATOR);
  // The shared tenant's all-users policy is phishing-resistant too (MS.AAD.3.1); here it asks for ordinary MFA, so the admin policy alone is judged.
  t.conditionalAccessPolicies.find((p) => p.id === 'ca-mfa-all')!.grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
  return t;
}

checkTable(check, 'm365', base, [
  { name: 'passes when the phishing-resistant strength covers every highly privileged role', expect: 'pass' },
  {
    name: 'fails for a highly privileged role the policy leaves out',
    patch: (t) => {
      adminPolicy(t).conditions.users.includeRoles = adminPolicy(t).conditions.users.includeRoles.filter((r) => r !== HYBRID_IDENTITY_ADMINISTRATOR);
    },
    expect: 'fail',
    evidence: ['Hybrid Identity Administrator'],
    notEvidence: ['Global Administrator'],
  },
  {
    name: 'does not count ordinary MFA (the all-users mfa policy)',
    patch: (t) => {
      adminPolicy(t).grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
    },
    expect: 'fail',
    evidence: ['Global Administrator'],
  },
  {
    name: 'does not count the strength when an OR-ed control offers a weaker way in',
    patch: (t) => {
      adminPolicy(t).grantControls!.builtInControls = ['mfa'];
    },
    expect: 'fail',
  },
  {
    name: 'does not count a different (custom) authentication strength',
    patch: (t) => {
      adminPolicy(t).grantControls!.authenticationStrength = { id: '00000000-0000-0000-0000-000000000002', displayName: 'Multifactor authentication' };
    },
    expect: 'fail',
  },
  {
    name: 'passes with a custom strength whose every combination is phishing-resistant',
    patch: (t) => {
      adminPolicy(t).grantControls!.authenticationStrength = { id: 'b1e2c3d4-0000-4000-8000-00000000c0de', displayName: 'Keys and Hello only', policyType: 'custom', requirementsSatisfied: 'mfa', allowedCombinations: ['fido2', 'windowsHelloForBusiness'] };
    },
    expect: 'pass',
  },
  {
    name: 'passes with a custom strength allowing only multifactor certificates',
    patch: (t) => {
      adminPolicy(t).grantControls!.authenticationStrength = { id: 'b1e2c3d4-0000-4000-8000-00000000c0df', displayName: 'CBA only', policyType: 'custom', requirementsSatisfied: 'mfa', allowedCombinations: ['x509CertificateMultiFactor'] };
    },
    expect: 'pass',
  },
  {
    name: 'fails with a custom strength that also allows push with a password, naming the policy',
    patch: (t) => {
      adminPolicy(t).grantControls!.authenticationStrength = { id: 'b1e2c3d4-0000-4000-8000-00000000c0e0', displayName: 'Keys or push', policyType: 'custom', requirementsSatisfied: 'mfa', allowedCombinations: ['fido2', 'password,microsoftAuthenticatorPush'] };
    },
    expect: 'fail',
    evidence: ['Global Administrator', 'Phishing-resistant MFA for admins'],
  },
  {
    name: 'fails when the policy excludes Global Administrator',
    patch: (t) => {
      adminPolicy(t).conditions.users.excludeRoles = [ROLE.globalAdministrator];
    },
    expect: 'fail',
    evidence: ['Global Administrator'],
    notEvidence: ['Exchange Administrator'],
  },
  {
    name: 'fails when the policy is report-only, and lists it',
    patch: (t) => {
      adminPolicy(t).state = 'enabledForReportingButNotEnforced';
    },
    expect: 'fail',
    evidence: ['Phishing-resistant MFA for admins'],
  },
  {
    name: 'does not count a policy limited to mobile apps and desktop clients',
    patch: (t) => {
      t.conditionalAccessPolicies.find((p) => p.id === 'ca-admins-phishing-resistant')!.conditions.clientAppTypes = ['mobileAppsAndDesktopClients'];
    },
    expect: 'fail',
    evidence: ['Privileged Role Administrator', 'Phishing-resistant MFA for admins'],
  },
  {
    name: 'fails when the policy excludes guest or external user types, leaving privileged guests uncovered (MS.AAD.3.6)',
    patch: (t) => {
      adminPolicy(t).conditions.users.excludeGuestsOrExternalUsers = { guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember', externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' } };
    },
    expect: 'fail',
    evidence: ['Global Administrator', 'Phishing-resistant MFA for admins'],
  },
  {
    name: 'fails when the policy excludes the GuestsOrExternalUsers keyword',
    patch: (t) => {
      adminPolicy(t).conditions.users.excludeUsers.push('GuestsOrExternalUsers');
    },
    expect: 'fail',
    evidence: ['Global Administrator'],
  },
  {
    name: 'judges SCuBA\'s eight highly privileged roles for MS.AAD.3.6v1 and CIS\'s fifteen administrator roles for 5.2.2.5',
    patch: (t) => {
      adminPolicy(t).conditions.users.includeRoles = [...SCUBA_HIGHLY_PRIVILEGED];
    },
    expect: 'fail',
    controls: { 'MS.AAD.3.6v1': 'pass', '5.2.2.5': 'fail' },
    evidence: ['Security Administrator', 'Conditional Access Administrator', 'Global Reader'],
    notEvidence: ['Global Administrator', 'Hybrid Identity Administrator'],
  },
  {
    name: 'passes under the SCuBA profile when only the highly privileged roles are covered, naming CIS 5.2.2.5 as failing',
    patch: (t) => {
      adminPolicy(t).conditions.users.includeRoles = [...SCUBA_HIGHLY_PRIVILEGED];
    },
    settings: { profile: 'scuba' },
    expect: 'pass',
    controls: { 'MS.AAD.3.6v1': 'pass', '5.2.2.5': 'fail' },
    summary: /does not count: .*CIS 5\.2\.2\.5/,
  },
  {
    name: 'fails MS.AAD.3.6v1 but not CIS 5.2.2.5 when only Hybrid Identity Administrator (SCuBA\'s, not CIS\'s) is left out',
    patch: (t) => {
      adminPolicy(t).conditions.users.includeRoles = adminPolicy(t).conditions.users.includeRoles.filter((r) => r !== HYBRID_IDENTITY_ADMINISTRATOR);
    },
    settings: { profile: 'cis' },
    expect: 'pass',
    controls: { 'MS.AAD.3.6v1': 'fail', '5.2.2.5': 'pass' },
  },
  { name: 'is not assessed when CA policies cannot be read', unreadable: { conditionalAccessPolicies: true }, expect: 'not_assessed' },
  {
    name: 'does not count the policy when it excludes an administrator who is not a break-glass account',
    patch: (t) => {
      t.conditionalAccessPolicies.find((p) => p.id === 'ca-admins-phishing-resistant')!.conditions.users.excludeUsers.push('u-admin-1');
    },
    expect: 'fail',
    evidence: ['Global Administrator', 'Phishing-resistant MFA for admins'],
  },
  { name: 'is not assessed when the break-glass accounts cannot be resolved', unreadable: { breakGlassAccounts: { permission: 'User.Read.All' } }, expect: 'not_assessed', summary: /User.Read.All/ },
]);
